/**
 * The label column of every section's facts: fixed, so the values of 本窗口 and 关于 start at the same
 * place (160 + the list's 24 px gap).
 */
export const settingsLabelWidth = 160;
