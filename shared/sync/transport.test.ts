import { describe, expect, it } from 'vitest';
import { isUnencryptedRemote } from './transport';

describe('isUnencryptedRemote', () => {
  it('flags plain http to another machine, by name or address', () => {
    expect(isUnencryptedRemote('http://192.168.1.20:8787')).toBe(true);
    expect(isUnencryptedRemote('http://sync.jining.gov.cn')).toBe(true);
    expect(isUnencryptedRemote('http://[fe80::1]:8787')).toBe(true);
    expect(isUnencryptedRemote('http://127.example.com')).toBe(true);
  });

  it('does not flag https, loopback, or what is not an address', () => {
    expect(isUnencryptedRemote('https://192.168.1.20:8787')).toBe(false);
    expect(isUnencryptedRemote('http://127.0.0.1:8787')).toBe(false);
    expect(isUnencryptedRemote('http://127.1.2.3')).toBe(false);
    expect(isUnencryptedRemote('http://localhost:8787')).toBe(false);
    expect(isUnencryptedRemote('http://[::1]:8787')).toBe(false);
    expect(isUnencryptedRemote('192.168.1.20:8787')).toBe(false);
  });
});
