import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, isAppUrl, isPermissionAllowed, isSafeExternalUrl } from './security';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.gov.cn/',
    'http://rsj.example.gov.cn/zcfg/index.html?id=3#top',
    'https://例子.中国/路径',
    'http://192.168.1.10:8080/',
  ])('allows the plain web link %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript upper case', 'JaVaScRiPt:alert(1)'],
    ['javascript with a newline the parser would strip', 'java\nscript:alert(1)'],
    ['javascript with a tab', 'java\tscript:alert(1)'],
    ['leading space', ' https://www.gov.cn/'],
    ['file', 'file:///etc/passwd'],
    ['windows file', 'file://C:/Windows/System32/calc.exe'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://evil.example/share'],
    ['app origin', 'app://oncedesk/index.html'],
    ['credentials pretending to be gov.cn', 'https://www.gov.cn@evil.example/'],
    ['user and password', 'https://user:pass@evil.example/'],
    ['empty', ''],
    ['malformed', 'https://'],
    ['relative', '/cases/1'],
    ['no scheme', 'www.gov.cn'],
    ['too long', `https://example.com/${'a'.repeat(2100)}`],
    ['NUL', 'https://example.com/\u0000'],
    ['line separator', 'https://example.com/\u2028'],
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each([[null], [undefined], [42], [{ toString: () => 'https://example.com' }], [['https://a.b']]])(
    'refuses the non-string %j',
    (value) => {
      expect(isSafeExternalUrl(value)).toBe(false);
    },
  );
});

describe('isAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(isAppUrl('app://oncedesk/index.html')).toBe(true);
    expect(isAppUrl('app://oncedesk/cases/1?x=1')).toBe(true);
    expect(isAppUrl('app://oncedesk.evil/index.html')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://x@oncedesk/index.html')).toBe(false);
    expect(isAppUrl('https://oncedesk/index.html')).toBe(false);
    expect(isAppUrl('file:///oncedesk/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it('grants only clipboard writes, and only to the app', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://oncedesk/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'hid',
    ]) {
      expect(isPermissionAllowed(permission, 'app://oncedesk/index.html')).toBe(false);
    }
  });
});

type Listener = (event: { url: string; preventDefault: () => void }) => void;

const fakeContents = () => {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
  };
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)!(event);
    return event.preventDefault;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
};

describe('guardWebContents', () => {
  const setup = () => {
    const fake = fakeContents();
    const deps = { openExternal: vi.fn(() => Promise.resolve()), log: vi.fn() };
    guardWebContents(fake.contents as unknown as Parameters<typeof guardWebContents>[0], deps);
    return { ...fake, deps };
  };

  it('denies every new window and hands only http(s) links to the system browser', () => {
    const { open, deps } = setup();
    expect(open('https://www.gov.cn/')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(deps.openExternal).toHaveBeenCalledTimes(1);
    expect(deps.openExternal).toHaveBeenCalledWith('https://www.gov.cn/');
  });

  it('blocks navigation and redirects away from the app but not within it', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'https://evil.example/')).toHaveBeenCalled();
    expect(fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(fire('will-redirect', 'https://evil.example/')).toHaveBeenCalled();
    expect(fire('will-navigate', 'app://oncedesk/index.html')).not.toHaveBeenCalled();
  });

  it('blocks every <webview>', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview', 'app://oncedesk/index.html')).toHaveBeenCalled();
  });
});
