/**
 * PostgreSQL text and jsonb cannot hold U+0000, and jsonb refuses unpaired UTF-16 surrogates. Client
 * input containing either must be refused at the edge as a client error, never reach SQL and fail there
 * as a 5xx.
 */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what must be found
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorableGlobal = new RegExp(unstorable.source, 'g');

export const hasUnstorableText = (value: unknown): boolean => {
  if (typeof value === 'string') return unstorable.test(value);
  if (Array.isArray(value)) return value.some(hasUnstorableText);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, item]) => unstorable.test(key) || hasUnstorableText(item));
  }
  return false;
};

/** A copy safe to store (for the rejection log), with unstorable characters replaced by U+FFFD. */
export const storableCopy = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replace(unstorableGlobal, '\uFFFD');
  if (Array.isArray(value)) return value.map(storableCopy);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key.replace(unstorableGlobal, '\uFFFD'),
        storableCopy(item),
      ]),
    );
  }
  return value;
};
