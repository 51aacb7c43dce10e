const MAX_URL_LENGTH = 2000;

const isControlOrSpace = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
};

/**
 * The browser twin of electron/security.ts `isSafeExternalUrl` (the renderer may not import electron/):
 * http(s) only, a real host, no credentials, and no characters the URL parser would silently strip.
 */
export const isSafeExternalUrl = (raw: unknown): boolean => {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return false;
  if ([...raw].some(isControlOrSpace)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.username === '' && url.password === '' && url.hostname !== '';
};
