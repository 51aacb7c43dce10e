import { describe, expect, it, vi } from 'vitest';
import type { IpcMainEvent } from 'electron';
import { secretChannelNames } from '../shared/ipc/channels';
import { maxSecretLength } from '../shared/ipc/contract';
import { createSecretStore, registerSecretChannels } from './secrets';

vi.mock('electron', () => ({}));

/** A stand-in for the OS keystore: reversible, but never the plain text. */
const keystore = (available = true) => ({
  isEncryptionAvailable: vi.fn(() => available),
  encryptString: vi.fn((text: string) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0x5a))),
  decryptString: vi.fn((data: Buffer) => {
    if (data.length === 0) throw new Error('Error while decrypting the ciphertext provided to safeStorage');
    return Buffer.from([...data].map((byte) => byte ^ 0x5a)).toString();
  }),
});

const appFrame = { url: 'app://oncedesk/index.html', parent: null };

const channels = (frame: unknown = appFrame) => {
  const handlers = new Map<string, (event: IpcMainEvent, raw: unknown) => void>();
  const log = vi.fn();
  registerSecretChannels(
    { on: (channel: string, handler: never) => handlers.set(channel, handler) } as never,
    createSecretStore(keystore()),
    log,
  );
  const call = (channel: string, raw: unknown): unknown => {
    const event = { senderFrame: frame, returnValue: undefined as unknown } as unknown as IpcMainEvent;
    handlers.get(channel)!(event, raw);
    return event.returnValue;
  };
  return { call, log };
};

describe('secret store over safeStorage', () => {
  it('seals to text that does not contain the secret, and opens it again', () => {
    const store = createSecretStore(keystore());
    const sealed = store.seal('{"token":"tok-123"}')!;
    expect(sealed).not.toContain('tok-123');
    expect(Buffer.from(sealed, 'base64').toString()).not.toContain('tok-123');
    expect(store.open(sealed)).toBe('{"token":"tok-123"}');
  });

  it('seals nothing when the OS offers no encryption, and reads an unopenable value as absent', () => {
    expect(createSecretStore(keystore(false)).seal('secret')).toBeNull();
    expect(createSecretStore(keystore(false)).open('c2VjcmV0')).toBeNull();
    expect(createSecretStore(keystore()).open('')).toBeNull();
  });

  it('answers the app’s own document on the synchronous channels', () => {
    const { call } = channels();
    const sealed = call(secretChannelNames.seal, 'device-secret') as string;
    expect(typeof sealed).toBe('string');
    expect(call(secretChannelNames.open, sealed)).toBe('device-secret');
  });

  it('refuses a sub-frame or another origin, and arguments that are not sane strings', () => {
    for (const frame of [
      { url: 'app://oncedesk/index.html', parent: {} },
      { url: 'https://example.com/', parent: null },
      null,
    ]) {
      const { call, log } = channels(frame);
      expect(call(secretChannelNames.seal, 'x')).toBeNull();
      expect(log).toHaveBeenCalled();
    }
    const { call } = channels();
    for (const raw of [undefined, 42, { text: 'x' }, 'x'.repeat(maxSecretLength + 1)])
      expect(call(secretChannelNames.seal, raw)).toBeNull();
  });
});
