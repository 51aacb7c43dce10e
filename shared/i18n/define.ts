/**
 * Messages are defined per feature, Chinese first (the default and the reference), English beside it.
 * The English table must have exactly the Chinese keys, so a missing translation fails typecheck.
 * Placeholders are `{name}`.
 */
export const defineMessages = <const Zh extends Record<string, string>>(
  zh: Zh,
  en: { [K in keyof Zh]: string },
): { zh: Zh; en: { [K in keyof Zh]: string } } => ({ zh, en });

export type MessageParams = Record<string, string | number>;

export const formatMessage = (template: string, params?: MessageParams): string =>
  params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : template;
