import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequestPath, serveStatic, type StaticServer } from './static-server.mjs';

let workDir: string;
let distDir: string;
let server: StaticServer;

/** Raw HTTP so the request target reaches the server exactly as written (fetch would normalise "..") */
const rawGet = (port: number, target: string) =>
  new Promise<{ status: number; body: string; headers: string }>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      resolve({
        status: Number(head.split(' ')[1]),
        headers: head.toLowerCase(),
        body: rest.join('\r\n\r\n'),
      });
    });
  });

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oncedesk-static-'));
  distDir = path.join(workDir, 'dist');
  fs.mkdirSync(path.join(distDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.writeFileSync(path.join(distDir, 'assets', 'app-1a2b.js'), 'export const x = 1;');
  fs.writeFileSync(path.join(distDir, 'assets', 'style.css'), 'body{}');
  fs.writeFileSync(path.join(distDir, 'assets', '字体.woff2'), 'w');
  fs.writeFileSync(path.join(workDir, 'secret.txt'), 'TOP SECRET');
  fs.symlinkSync(path.join(workDir, 'secret.txt'), path.join(distDir, 'assets', 'link.txt'));
  server = await serveStatic(distDir, { port: 0 });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('listens on loopback and serves files with their MIME types', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const js = await fetch(new URL('assets/app-1a2b.js', server.url));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await js.text()).toBe('export const x = 1;');
    const css = await fetch(new URL('assets/style.css', server.url));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await fetch(new URL('assets/%E5%AD%97%E4%BD%93.woff2', server.url));
    expect(font.headers.get('content-type')).toBe('font/woff2');
  });

  it('serves index.html for the root and for client routes, 404 for missing assets', async () => {
    const rootPage = await fetch(server.url);
    expect(rootPage.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(rootPage.headers.get('cache-control')).toBe('no-cache');
    expect(await rootPage.text()).toContain('id="root"');
    const route = await fetch(new URL('cases/0192f3a4?tab=notes', server.url));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('id="root"');
    expect((await fetch(new URL('assets/missing.js', server.url))).status).toBe(404);
  });

  it.each([
    '/../../etc/passwd',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/index.html%00.js',
    '/assets/link.txt',
  ])('refuses the traversal attempt %s', async (target) => {
    const response = await rawGet(server.port, target);
    expect([400, 403, 404]).toContain(response.status);
    expect(response.body).not.toContain('TOP SECRET');
    expect(response.body).not.toContain('root:');
  });

  it('treats a doubled slash as a path inside the root, not an absolute path', async () => {
    const response = await rawGet(server.port, '//etc/passwd');
    expect(response.body).toContain('id="root"');
    expect(response.body).not.toContain('root:');
  });

  it('answers malformed escapes with 400 and writes with 405', async () => {
    expect((await rawGet(server.port, '/%E0%A4%A')).status).toBe(400);
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('falls back to a free port when the requested one is taken', async () => {
    const second = await serveStatic(distDir, { port: server.port, fallbackToFreePort: true });
    try {
      expect(second.port).not.toBe(server.port);
      expect((await fetch(second.url)).status).toBe(200);
    } finally {
      await second.close();
    }
    await expect(serveStatic(distDir, { port: server.port })).rejects.toThrow(/EADDRINUSE/);
  });
});

describe('resolveRequestPath', () => {
  const root = path.resolve('/srv/dist');
  it('resolves inside the root and refuses everything else', () => {
    expect(resolveRequestPath(root, '/assets/a.js?v=2')).toEqual({
      filePath: path.join(root, 'assets', 'a.js'),
    });
    expect(resolveRequestPath(root, '/')).toEqual({ filePath: root });
    expect(resolveRequestPath(root, '/../x')).toEqual({ status: 403 });
    expect(resolveRequestPath(root, '/%2e%2e/x')).toEqual({ status: 403 });
    expect(resolveRequestPath(root, 'http://evil/x')).toEqual({ status: 400 });
    expect(resolveRequestPath(root, '/%zz')).toEqual({ status: 400 });
  });
});
