// @ts-check
import { createServer } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The renderer build's file types; anything else is served as bytes and never sniffed. */
const mimeTypes = {
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

/** @param {string} filePath */
export const mimeTypeFor = (filePath) =>
  /** @type {Record<string, string>} */ (mimeTypes)[path.extname(filePath).toLowerCase()] ??
  'application/octet-stream';

/**
 * Maps a request target ("/assets/a.js?x") to a path inside root, or returns an HTTP status to answer
 * instead. The path is decoded once; a ".." segment, a backslash or a NUL afterwards is refused outright,
 * so "%2e%2e", "..%2f" and Windows separators cannot climb out of root.
 * @param {string} root absolute, resolved
 * @param {string} target the raw request target
 * @returns {{ filePath: string } | { status: 400 | 403 }}
 */
export const resolveRequestPath = (root, target) => {
  const rawPath = target.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/')) return { status: 400 };
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 403 };
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return { status: 403 };
  const filePath = path.resolve(root, `.${decoded}`);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return { status: 403 };
  return { filePath };
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} message
 */
const sendText = (res, status, message) => {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(message);
};

/**
 * @param {string} realRoot
 * @param {string} filePath
 * @returns {Promise<string | null>} the real path of a regular file inside root, or null
 */
const existingFileInside = async (realRoot, filePath) => {
  try {
    const real = await fs.realpath(filePath);
    // A symlink inside dist must not lead outside it either.
    if (!real.startsWith(realRoot + path.sep)) return null;
    return (await fs.stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
};

/**
 * Serves a built single-page app: static files with correct MIME types, index.html for client routes
 * (paths without an extension), nothing outside `dir`. Used by `npm start` in browser mode and by the
 * end-to-end tests.
 * @param {string} dir folder to serve (e.g. dist/renderer)
 * @param {{ host?: string, port?: number, fallbackToFreePort?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export const serveStatic = async (dir, options = {}) => {
  const host = options.host ?? '127.0.0.1';
  const root = path.resolve(dir);
  const realRoot = await fs.realpath(root);
  const indexPath = path.join(realRoot, 'index.html');

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendText(res, 405, 'Method Not Allowed');
      return;
    }
    const resolved = resolveRequestPath(root, req.url ?? '/');
    if ('status' in resolved) {
      sendText(res, resolved.status, resolved.status === 400 ? 'Bad Request' : 'Forbidden');
      return;
    }
    void (async () => {
      let filePath = await existingFileInside(realRoot, resolved.filePath);
      // Client routes ("/cases/123") and the root get the app shell; missing assets stay 404s.
      if (filePath === null && (resolved.filePath === root || path.extname(resolved.filePath) === '')) {
        filePath = indexPath;
      }
      if (filePath === null) {
        sendText(res, 404, 'Not Found');
        return;
      }
      try {
        const body = await fs.readFile(filePath);
        res.writeHead(200, {
          'content-type': mimeTypeFor(filePath),
          'content-length': body.length,
          'x-content-type-options': 'nosniff',
          // Built assets carry a content hash; index.html must always be fresh after a rebuild.
          'cache-control': filePath === indexPath ? 'no-cache' : 'public, max-age=31536000, immutable',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        sendText(res, 404, 'Not Found');
      }
    })();
  });

  /** @param {number} port */
  const listen = (port) =>
    new Promise((resolve, reject) => {
      /** @param {Error} error */
      const onError = (error) => {
        server.off('listening', onListening);
        reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve(undefined);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port, host);
    });

  const requested = options.port ?? 0;
  try {
    await listen(requested);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (!options.fallbackToFreePort || requested === 0 || (code !== 'EADDRINUSE' && code !== 'EACCES'))
      throw error;
    await listen(0);
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : requested;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/`,
    port,
    server,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
};
