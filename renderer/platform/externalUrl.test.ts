import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from './externalUrl';

describe('isSafeExternalUrl (browser)', () => {
  it.each(['https://www.gov.cn/', 'http://10.0.0.5:8787/health', 'https://例子.中国/'])(
    'allows %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<b>x</b>',
    'file:///C:/Windows/win.ini',
    'https://www.gov.cn@evil.example/',
    'https://:pw@evil.example/',
    ' https://www.gov.cn/',
    'https://',
    '//evil.example/',
    'blob:http://127.0.0.1/1',
    `https://a.example/${'x'.repeat(2000)}`,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl(new URL('https://www.gov.cn/'))).toBe(false);
  });
});
