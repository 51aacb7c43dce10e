import type { HandlerDetails, WebContents, WebPreferences } from 'electron';

/**
 * The renderer is served from this origin (see appProtocol.ts). Non-special schemes have an opaque
 * `URL.origin` ("null"), so callers compare scheme and host instead of `origin`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'oncedesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The web preferences of every window that shows the app (the clerk's window and the applicant screen):
 * isolated, sandboxed, no Node, and only our preload as the way out.
 */
export const hardenedWebPreferences = (preload: string) =>
  ({
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
  }) satisfies WebPreferences;

const MAX_URL_LENGTH = 2000;
// Control characters and whitespace are stripped silently by the URL parser, so "java\nscript:" would
// parse as "javascript:". Refuse anything containing them instead of trusting the parser's cleanup.
const isControlOrSpace = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
};

const parse = (raw: unknown): URL | null => {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  if ([...raw].some(isControlOrSpace)) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
};

/**
 * Only plain web links may leave the app for the system browser: http(s), a real host, and no
 * credentials (so "https://gov.cn@evil.example" cannot pass itself off as a government site).
 */
export const isSafeExternalUrl = (raw: unknown): boolean => {
  const url = parse(raw);
  if (!url) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname !== '';
};

/** True when the URL belongs to the packaged renderer (app://oncedesk/...). */
export const isAppUrl = (raw: unknown): boolean => {
  const url = parse(raw);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '';
};

/**
 * Only clipboard writes are granted (the app copies case summaries); camera, microphone, geolocation,
 * notifications and the rest are never needed by a service-window client.
 */
const grantedPermissions = new Set(['clipboard-sanitized-write']);
export const isPermissionAllowed = (permission: string, requestingUrl: string): boolean =>
  grantedPermissions.has(permission) && isAppUrl(requestingUrl);

export type GuardDeps = {
  openExternal: (url: string) => Promise<void>;
  log: (message: string) => void;
};

type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * Applied to every WebContents the app creates (main window and hidden print windows): no new windows,
 * no navigation away from the app, no <webview>. http(s) links the renderer tries to open go to the
 * system browser instead.
 */
export const guardWebContents = (contents: GuardedContents, deps: GuardDeps): void => {
  contents.setWindowOpenHandler((details: HandlerDetails) => {
    if (isSafeExternalUrl(details.url)) {
      deps
        .openExternal(details.url)
        .catch((error: unknown) => deps.log(`openExternal failed: ${String(error)}`));
    } else {
      deps.log(`blocked window.open to ${details.url.slice(0, 200)}`);
    }
    return { action: 'deny' };
  });
  const blockNavigation = (event: { url: string; preventDefault: () => void }) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      deps.log(`blocked navigation to ${event.url.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', blockNavigation);
  contents.on('will-redirect', blockNavigation);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log('blocked <webview>');
  });
};
