// Placeholder until the feature lands; replaced by the feature's owner.
export const SettingsPage = () => null;
