import { describe, expect, it } from 'vitest';
import {
  BootTimeoutError,
  StorageBlockedError,
  classifyBootError,
  describeError,
  withTimeout,
} from './bootError';

const named = (name: string, message = name, inner?: unknown) => {
  const error = new Error(message) as Error & { inner?: unknown };
  error.name = name;
  if (inner !== undefined) error.inner = inner;
  return error;
};

describe('classifyBootError', () => {
  it('looks through Dexie wrappers to the browser error', () => {
    expect(classifyBootError(named('OpenFailedError', 'open', named('QuotaExceededError')))).toBe('quota');
    expect(classifyBootError(named('OpenFailedError', 'open', named('InvalidStateError')))).toBe(
      'storageUnavailable',
    );
    expect(classifyBootError(named('MissingAPIError'))).toBe('storageUnavailable');
  });

  it('recognizes its own timeout and blocked errors', () => {
    expect(classifyBootError(new BootTimeoutError('open'))).toBe('timeout');
    expect(classifyBootError(new StorageBlockedError())).toBe('storageBlocked');
  });

  it('falls back to unknown for anything else, including non-errors', () => {
    expect(classifyBootError(new TypeError('x is undefined'))).toBe('unknown');
    expect(classifyBootError('a string')).toBe('unknown');
    expect(classifyBootError(undefined)).toBe('unknown');
  });
});

describe('withTimeout', () => {
  it('passes the result through when work finishes in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000, 'open')).resolves.toBe(7);
  });

  it('rejects with a timeout when work hangs', async () => {
    await expect(withTimeout(new Promise(() => undefined), 10, 'seed')).rejects.toBeInstanceOf(
      BootTimeoutError,
    );
  });

  it('passes failures through', async () => {
    await expect(withTimeout(Promise.reject(new Error('boom')), 1000, 'open')).rejects.toThrow('boom');
  });
});

describe('describeError', () => {
  it('lists the chain of names and messages', () => {
    expect(describeError(named('OpenFailedError', 'could not open', named('UnknownError', 'disk')))).toBe(
      'OpenFailedError: could not open\nUnknownError: disk',
    );
  });
});
