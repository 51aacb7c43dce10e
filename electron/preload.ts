import { contextBridge, ipcRenderer } from 'electron';
import {
  ipcChannels,
  type AppInfo,
  type DesktopBridge,
  type PrintDocumentResult,
  type SaveFileResult,
} from '../shared/ipc/contract';

/**
 * The renderer's only door to the desktop: one named method per contract channel. ipcRenderer itself is
 * never exposed, so page code cannot reach any other channel. Arguments are validated in main, not here:
 * the preload runs in the same renderer process and is not a trust boundary.
 */
const oncedesk = {
  printDocument: (arg) =>
    ipcRenderer.invoke(ipcChannels.printDocument.channel, arg) as Promise<PrintDocumentResult>,
  saveFile: (arg) => ipcRenderer.invoke(ipcChannels.saveFile.channel, arg) as Promise<SaveFileResult>,
  openExternal: (arg) => ipcRenderer.invoke(ipcChannels.openExternal.channel, arg) as Promise<void>,
  appInfo: (arg) => ipcRenderer.invoke(ipcChannels.appInfo.channel, arg) as Promise<AppInfo>,
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('oncedesk', oncedesk);
