import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * The built renderer is served from app://oncedesk/ rather than file://: a standard, secure scheme gives
 * the page a real origin (IndexedDB, `script-src 'self'`, module scripts) and lets us refuse every path
 * outside dist/renderer.
 */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Kept in step with the CSP meta in renderer/index.html (the header adds what a meta cannot: frame-ancestors). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // MUI (emotion) injects <style> elements at run time, and printed documents carry inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // The sync server's address is configured per deployment (LAN host, any port).
  "connect-src 'self' http: https:",
  // Print previews and the browser print path use srcdoc iframes; nothing is framed from elsewhere.
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export const mimeTypeFor = (filePath: string): string =>
  mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps an app:// URL to a file inside `root`, or null when the URL is not ours or would escape `root`.
 * Decoding happens once, and any ".." segment, backslash or NUL afterwards is refused outright rather than
 * normalised, so "%2e%2e", "%252e" tricks and Windows separators cannot climb out.
 */
export const resolveAppPath = (root: string, requestUrl: string): string | null => {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  // The URL parser has already resolved literal and %2e dot segments (clamped at the root). Decoding can
  // still turn "%2F" into separators, so look again for dot segments after decoding.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const resolvedRoot = path.resolve(root);
  const resolved = path.resolve(resolvedRoot, relative);
  if (resolved !== resolvedRoot && !resolved.startsWith(resolvedRoot + path.sep)) return null;
  return resolved;
};

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

/**
 * The protocol handler, with file reading injected. Paths without an extension fall back to index.html so
 * client-side routes survive a reload.
 */
export const createAppProtocolHandler =
  (root: string, readFile: ReadFile) =>
  async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 });
    }
    const filePath = resolveAppPath(root, request.url);
    if (filePath === null) return notFound();
    const candidates = path.extname(filePath) === '' ? [filePath, path.join(root, 'index.html')] : [filePath];
    for (const candidate of candidates) {
      try {
        const body = await readFile(candidate);
        return new Response(request.method === 'HEAD' ? null : new Blob([body as Uint8Array<ArrayBuffer>]), {
          status: 200,
          headers: {
            'content-type': mimeTypeFor(candidate),
            'content-security-policy': CONTENT_SECURITY_POLICY,
            'x-content-type-options': 'nosniff',
          },
        });
      } catch {
        // Try the next candidate; a missing file is a 404, never a crash.
      }
    }
    return notFound();
  };
