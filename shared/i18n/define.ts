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

/**
 * `{name}` is replaced by the parameter. `{name|one|other}` chooses by number for languages that
 * inflect (English: `{count|# change|# changes}`), with `#` standing for the number; Chinese needs none.
 */
export const formatMessage = (template: string, params?: MessageParams): string =>
  params
    ? template.replace(
        /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
        (whole, name: string, one?: string, other?: string) => {
          const value = params[name];
          if (value === undefined) return whole;
          if (one === undefined || other === undefined) return String(value);
          return (value === 1 ? one : other).replaceAll('#', String(value));
        },
      )
    : template;
