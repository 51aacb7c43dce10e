import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannelNames, secretChannelNames } from '../shared/ipc/channels';
import type {
  AppInfo,
  DesktopBridge,
  OpenApplicantWindowResult,
  PrintDocumentResult,
  SaveFileResult,
  SecretStore,
} from '../shared/ipc/contract';

/**
 * The renderer's only door to the desktop: one named method per contract channel. ipcRenderer itself is
 * never exposed, so page code cannot reach any other channel. Arguments are validated in main, not here:
 * the preload runs in the same renderer process and is not a trust boundary.
 */
const oncedesk = {
  printDocument: (arg) =>
    ipcRenderer.invoke(ipcChannelNames.printDocument, arg) as Promise<PrintDocumentResult>,
  saveFile: (arg) => ipcRenderer.invoke(ipcChannelNames.saveFile, arg) as Promise<SaveFileResult>,
  openExternal: (arg) => ipcRenderer.invoke(ipcChannelNames.openExternal, arg) as Promise<void>,
  appInfo: (arg) => ipcRenderer.invoke(ipcChannelNames.appInfo, arg) as Promise<AppInfo>,
  openApplicantWindow: (arg) =>
    ipcRenderer.invoke(ipcChannelNames.openApplicantWindow, arg) as Promise<OpenApplicantWindowResult>,
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('oncedesk', oncedesk);

/** Synchronous on purpose (shared/ipc/channels.ts): the token is read inside IndexedDB transactions. */
const oncedeskSecrets = {
  seal: (text) => ipcRenderer.sendSync(secretChannelNames.seal, text) as string | null,
  open: (sealed) => ipcRenderer.sendSync(secretChannelNames.open, sealed) as string | null,
} satisfies SecretStore;

contextBridge.exposeInMainWorld('oncedeskSecrets', oncedeskSecrets);
