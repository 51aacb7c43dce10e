import { describe, expect, it } from 'vitest';
import { createSyncHttp, parseServerUrl, SyncRequestError } from './http';

describe('parseServerUrl', () => {
  it('accepts http(s) addresses and trims trailing slashes', () => {
    expect(parseServerUrl(' https://sync.jining.gov.cn/ ')).toBe('https://sync.jining.gov.cn');
    expect(parseServerUrl('http://10.1.2.3:8787/oncedesk//')).toBe('http://10.1.2.3:8787/oncedesk');
  });

  it('refuses other schemes, credentials, queries and junk', () => {
    for (const bad of [
      'ftp://x',
      'javascript:alert(1)',
      'http://user:pw@host',
      'http://h/?a=1',
      'http://h/#x',
      'host:8787',
      '',
    ]) {
      expect(parseServerUrl(bad)).toBeNull();
    }
  });
});

describe('createSyncHttp', () => {
  const respond = (status: number, body: unknown) => () =>
    Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    );

  it('classifies seq_gap, 401, 413 and network failures', async () => {
    const detail = async (fetchImpl: Parameters<typeof createSyncHttp>[1]) => {
      const http = createSyncHttp('http://h', fetchImpl);
      const error: unknown = await http.pull('t', 0, 10).catch((caught: unknown) => caught);
      return error instanceof SyncRequestError ? error.detail.kind : 'none';
    };
    expect(await detail(respond(409, { error: 'seq_gap', message: 'gap', expectedSeq: 4 }))).toBe('seqGap');
    expect(await detail(respond(401, { error: 'unauthorized', message: 'no' }))).toBe('unauthorized');
    expect(await detail(respond(413, { error: 'payload_too_large', message: 'big' }))).toBe('tooLarge');
    expect(await detail(respond(500, { error: 'internal', message: 'oops' }))).toBe('server');
    expect(await detail(respond(200, { nonsense: true }))).toBe('server');
    expect(await detail(() => Promise.reject(new TypeError('fetch failed')))).toBe('network');
  });
});
