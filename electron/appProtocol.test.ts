import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, mimeTypeFor, resolveAppPath } from './appProtocol';

const root = path.resolve('/srv/oncedesk/dist/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppPath', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppPath(root, 'app://oncedesk/')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://oncedesk')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://oncedesk/index.html')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://oncedesk/assets/index-abc.js?v=1#x')).toBe(
      inRoot('assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://oncedesk/assets/%E5%9B%BE.png')).toBe(inRoot('assets', '图.png'));
  });

  it.each([
    'app://oncedesk/../../etc/passwd',
    'app://oncedesk/%2e%2e/%2e%2e/etc/passwd',
    'app://oncedesk/assets/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
    'app://oncedesk/..%2f..%2f..%2fetc%2fpasswd',
    'app://oncedesk/..%5c..%5cwindows%5cwin.ini',
    'app://oncedesk/assets\\..\\..\\secret',
    'app://oncedesk/index.html%00.png',
    'app://oncedesk/%',
    'app://oncedesk/%E0%A4%A',
  ])('never resolves %s outside the root', (url) => {
    const resolved = resolveAppPath(root, url);
    if (resolved !== null) {
      expect(resolved.startsWith(root + path.sep)).toBe(true);
      expect(resolved).not.toContain('..');
    }
  });

  it('refuses encoded separators and dot segments outright', () => {
    expect(resolveAppPath(root, 'app://oncedesk/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'app://oncedesk/a/%252e%252e/b')).toBe(inRoot('a', '%2e%2e', 'b'));
    expect(resolveAppPath(root, 'app://oncedesk/index.html%00.png')).toBeNull();
    expect(resolveAppPath(root, 'app://oncedesk/%')).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'https://oncedesk/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map([
    [inRoot('index.html'), '<!doctype html><div id="root"></div>'],
    [inRoot('assets', 'app.js'), 'console.log(1)'],
  ]);
  const handler = createAppProtocolHandler(root, (filePath) => {
    const content = files.get(filePath);
    return content === undefined
      ? Promise.reject(new Error('ENOENT'))
      : Promise.resolve(Buffer.from(content));
  });

  it('serves files with their MIME type and the CSP', async () => {
    const response = await handler(new Request('app://oncedesk/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toBe('console.log(1)');
  });

  it('falls back to index.html for client routes but not for missing assets', async () => {
    const route = await handler(new Request('app://oncedesk/cases/123'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('id="root"');
    expect((await handler(new Request('app://oncedesk/assets/missing.js'))).status).toBe(404);
  });

  it('answers traversal and foreign hosts with 404, and non-GET with 405', async () => {
    expect((await handler(new Request('app://oncedesk/..%2f..%2fetc%2fpasswd'))).status).toBe(404);
    expect((await handler(new Request('app://evil/index.html'))).status).toBe(404);
    expect(
      (await handler(new Request('app://oncedesk/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });

  it('knows the MIME types the renderer build emits', () => {
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.WOFF2')).toBe('font/woff2');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
