import fs from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { formatMessage } from '../shared/i18n/define';
import { appSchemePrivileges, createAppProtocolHandler } from './appProtocol';
import { IpcRejection, registerBridgeHandlers } from './ipc';
import { createSecretStore, registerSecretChannels } from './secrets';
import { createFileLogger, type Logger } from './logging';
import { buildMenuTemplate } from './menu';
import { shellTextFor, type ShellText } from './messages';
import { openPrintWindow } from './printWindow';
import { createPrinting } from './printing';
import { APP_APPLICANT_URL, createApplicantWindowOpener } from './applicantWindow';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  guardWebContents,
  hardenedWebPreferences,
  isPermissionAllowed,
  isSafeExternalUrl,
} from './security';
import { loadWindowState, restoreBounds, saveWindowState } from './windowState';

// Must happen before `ready`: the scheme gets a real origin (IndexedDB, fetch, CSP 'self').
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
const preloadPath = () => path.join(__dirname, 'preload.cjs');
const applicantWindow = createApplicantWindowOpener({
  createWindow: (options) =>
    new BrowserWindow({ ...options, webPreferences: hardenedWebPreferences(preloadPath()) }),
  displays: () => screen.getAllDisplays(),
  clerkDisplayId: () => (mainWindow ? screen.getDisplayMatching(mainWindow.getBounds()).id : null),
  url: APP_APPLICANT_URL,
});

const createMainWindow = (text: ShellText, log: Logger): BrowserWindow => {
  const stateDirectory = app.getPath('userData');
  const restored = restoreBounds(
    loadWindowState(stateDirectory),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...restored.bounds,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: text.windowTitle,
    backgroundColor: '#ffffff',
    webPreferences: hardenedWebPreferences(preloadPath()),
  });
  window.once('ready-to-show', () => {
    if (restored.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      saveWindowState(stateDirectory, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      log.error('could not save window state', error);
    }
  });
  window.on('closed', () => {
    mainWindow = null;
    // The applicant screen only mirrors this window; left alone it would also keep the app running.
    applicantWindow.close();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
};

const installHandlers = (log: Logger, text: ShellText): void => {
  const printing = createPrinting({
    openPrintWindow,
    showSaveDialog: async (request) => {
      const options = { ...request, properties: ['createDirectory', 'showOverwriteConfirmation'] as const };
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, { ...options, properties: [...options.properties] })
        : await dialog.showSaveDialog({ ...options, properties: [...options.properties] });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    writeFile: (filePath, data) => fs.writeFile(filePath, data),
    defaultDirectory: () => app.getPath('documents'),
    joinPath: (...parts) => path.join(...parts),
    text,
  });
  registerBridgeHandlers(
    ipcMain,
    {
      printDocument: printing.printDocument,
      saveFile: printing.saveFile,
      openExternal: async ({ url }) => {
        if (!isSafeExternalUrl(url))
          throw new IpcRejection('openExternal', 'only http(s) links may be opened');
        await shell.openExternal(url);
      },
      appInfo: () =>
        Promise.resolve({
          version: app.getVersion(),
          platform: `${process.platform}-${process.arch}`,
          shell: 'electron',
        }),
      openApplicantWindow: () => {
        applicantWindow.open();
        return Promise.resolve({ status: 'opened' });
      },
    },
    log.info,
  );
  registerSecretChannels(ipcMain, createSecretStore(safeStorage), log.info);
};

const start = async (): Promise<void> => {
  await app.whenReady();
  const log = createFileLogger(app.getPath('logs'));
  process.on('uncaughtException', (error) => log.error('uncaught exception', error));
  process.on('unhandledRejection', (error) => log.error('unhandled rejection', error));
  log.info(
    `starting ${app.getVersion()} on ${process.platform}-${process.arch}, Electron ${process.versions.electron}`,
  );

  const text = shellTextFor(app.getLocale());
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { openExternal: (url) => shell.openExternal(url), log: log.info });
    contents.on('render-process-gone', (_gone, details) => log.error(`renderer gone: ${details.reason}`));
  });

  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );

  const rendererRoot = path.join(app.getAppPath(), 'dist', 'renderer');
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(rendererRoot, (filePath) => fs.readFile(filePath)),
  );
  installHandlers(log, text);

  const showAbout = () =>
    void dialog.showMessageBox({
      type: 'info',
      title: text.aboutTitle,
      message: text.about,
      detail: formatMessage(text.aboutDetail, {
        version: app.getVersion(),
        electron: process.versions.electron,
        platform: `${process.platform}-${process.arch}`,
      }),
      buttons: [text.ok],
    });
  const openLogFolder = () => void shell.openPath(app.getPath('logs'));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        text,
        { isPackaged: app.isPackaged, platform: process.platform },
        { showAbout, openLogFolder },
      ),
    ),
  );

  mainWindow = createMainWindow(text, log);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(text, log);
  });
};

// One window per machine: a second launch (double-clicked shortcut) focuses the running one instead of
// opening a second copy of the local database.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('OnceDesk', String(error));
    app.exit(1);
  });
}
