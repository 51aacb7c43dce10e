import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels } from '../shared/ipc/contract';
import { secretChannelNames } from '../shared/ipc/channels';

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(() => Promise.resolve('result')),
    send: vi.fn(),
    sendSync: vi.fn(() => 'sealed'),
    on: vi.fn(),
  },
}));

let exposed: Record<string, unknown>;
let secrets: Record<string, unknown>;

beforeAll(async () => {
  await import('./preload');
  const calls = vi.mocked(contextBridge.exposeInMainWorld).mock.calls;
  expect(calls.map(([key]) => key)).toEqual(['oncedesk', 'oncedeskSecrets']);
  exposed = calls[0]![1] as Record<string, unknown>;
  secrets = calls[1]![1] as Record<string, unknown>;
});

describe('preload', () => {
  it('exposes exactly one function per contract channel and nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual(Object.keys(ipcChannels).sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
    expect(Object.values(exposed)).not.toContain(ipcRenderer);
    expect(Object.values(exposed)).not.toContain(ipcRenderer.invoke);
  });

  it('forwards each call to its own channel with the argument unchanged', async () => {
    for (const [name, { channel }] of Object.entries(ipcChannels)) {
      vi.mocked(ipcRenderer.invoke).mockClear();
      const arg = { probe: name };
      await expect((exposed[name] as (arg: unknown) => Promise<unknown>)(arg)).resolves.toBe('result');
      expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, arg);
    }
    expect(ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('exposes the secret store as two synchronous calls on their own channels', () => {
    expect(Object.keys(secrets).sort()).toEqual(['open', 'seal']);
    expect((secrets.seal as (text: string) => unknown)('token')).toBe('sealed');
    expect(ipcRenderer.sendSync).toHaveBeenLastCalledWith(secretChannelNames.seal, 'token');
    expect((secrets.open as (text: string) => unknown)('c2VhbGVk')).toBe('sealed');
    expect(ipcRenderer.sendSync).toHaveBeenLastCalledWith(secretChannelNames.open, 'c2VhbGVk');
  });
});
