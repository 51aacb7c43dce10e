import { describe, expect, it } from 'vitest';
import { connectionOf } from './connectionState';

describe('connectionOf', () => {
  it('says 单机使用 when no server is set, whatever the network', () => {
    expect(connectionOf({ configured: false, networkUp: true, serverAnswers: true })).toBe('standalone');
    expect(connectionOf({ configured: false, networkUp: false, serverAnswers: false })).toBe('standalone');
  });

  it('tells a network that is down from a server that does not answer', () => {
    expect(connectionOf({ configured: true, networkUp: false, serverAnswers: false })).toBe('offline');
    expect(connectionOf({ configured: true, networkUp: true, serverAnswers: false })).toBe(
      'serverUnreachable',
    );
    expect(connectionOf({ configured: true, networkUp: true, serverAnswers: true })).toBe('online');
  });
});
