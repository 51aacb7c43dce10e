import type { IpcMain, IpcMainEvent, SafeStorage } from 'electron';
import { secretChannelNames } from '../shared/ipc/channels';
import { maxSecretLength, type SecretStore } from '../shared/ipc/contract';
import { isTrustedSender } from './ipc';

/**
 * The secret store over Electron's safeStorage. Nothing is sealed when the operating system offers no
 * encryption (the renderer then keeps the value as before, docs/sync.md "Secrets on the desk"), and a
 * value that cannot be opened here reads as absent: the clerk signs in again, nothing else is lost.
 */
export const createSecretStore = (
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
): SecretStore => ({
  seal: (text) => {
    if (!safeStorage.isEncryptionAvailable()) return null;
    return safeStorage.encryptString(text).toString('base64');
  },
  open: (sealed) => {
    if (!safeStorage.isEncryptionAvailable()) return null;
    try {
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    } catch {
      return null;
    }
  },
});

const acceptable = (raw: unknown): raw is string => typeof raw === 'string' && raw.length <= maxSecretLength;

/**
 * Answers the two synchronous channels, for the app's own top-level document only (like every bridge
 * channel); anything else, or an argument that is not a string of sane length, gets null.
 */
export const registerSecretChannels = (
  ipcMain: Pick<IpcMain, 'on'>,
  store: SecretStore,
  log: (message: string) => void,
): void => {
  const answer =
    (channel: string, work: (text: string) => string | null) => (event: IpcMainEvent, raw: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        log(`${channel}: refused sender ${String(event.senderFrame?.url).slice(0, 200)}`);
        event.returnValue = null;
        return;
      }
      if (!acceptable(raw)) {
        log(`${channel}: invalid argument`);
        event.returnValue = null;
        return;
      }
      event.returnValue = work(raw);
    };
  ipcMain.on(secretChannelNames.seal, answer(secretChannelNames.seal, store.seal));
  ipcMain.on(secretChannelNames.open, answer(secretChannelNames.open, store.open));
};
