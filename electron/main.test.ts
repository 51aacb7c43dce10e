import fs from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * Loads main.ts against a fake Electron and checks the wiring the unit tests of the parts cannot see:
 * privileged scheme before ready, sandbox, single-instance lock, handlers, and the window's web preferences.
 */
const fake = vi.hoisted(() => {
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];
  const logs = `${process.env.TMPDIR ?? '/tmp'}/oncedesk-main-test-${process.pid}`;
  class FakeBrowserWindow {
    loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    once = vi.fn();
    on = vi.fn();
    getBounds = () => ({ x: 0, y: 0, width: 1366, height: 768 });
    static getAllWindows = () => windows;
  }
  const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  return {
    windows,
    logs,
    electron: {
      app: {
        enableSandbox: vi.fn(),
        requestSingleInstanceLock: vi.fn(() => true),
        whenReady: vi.fn(() => Promise.resolve()),
        on: vi.fn(),
        quit: vi.fn(),
        exit: vi.fn(),
        getPath: vi.fn(() => logs),
        getAppPath: () => '/opt/oncedesk/resources/app.asar',
        getVersion: () => '0.1.0',
        getLocale: () => 'zh-CN',
        isPackaged: true,
      },
      BrowserWindow: FakeBrowserWindow,
      dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
      ipcMain: { handle: vi.fn(), on: vi.fn() },
      safeStorage: {
        isEncryptionAvailable: vi.fn(() => true),
        encryptString: vi.fn((text: string) => Buffer.from(`sealed:${text}`)),
        decryptString: vi.fn((data: Buffer) => data.toString().replace(/^sealed:/, '')),
      },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      screen: {
        getAllDisplays: () => [
          {
            id: 1,
            bounds: { x: 0, y: 0, width: 1920, height: 1080 },
            workArea: { x: 0, y: 0, width: 1920, height: 1040 },
          },
          {
            id: 2,
            bounds: { x: 1920, y: 0, width: 1366, height: 768 },
            workArea: { x: 1920, y: 0, width: 1366, height: 728 },
          },
        ],
        getDisplayMatching: () => ({ id: 1 }),
      },
      session: { defaultSession: session, fromPartition: vi.fn(() => session) },
      shell: { openExternal: vi.fn(), openPath: vi.fn() },
    },
  };
});

vi.mock('electron', () => fake.electron);

describe('main process wiring', () => {
  it('starts a locked-down window on the app origin', async () => {
    await import('./main');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const { app, protocol, ipcMain, session, Menu } = fake.electron;

    const [schemes] = vi.mocked(protocol.registerSchemesAsPrivileged).mock.calls[0] as unknown as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle).toHaveBeenCalledTimes(5);
    // The secret store's two synchronous channels (electron/secrets.ts).
    expect(vi.mocked(ipcMain.on).mock.calls.map((call) => call[0] as unknown)).toEqual([
      'oncedesk:seal-secret',
      'oncedesk:open-secret',
    ]);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(Menu.setApplicationMenu).toHaveBeenCalled();

    const [window] = fake.windows;
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String((window!.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(window!.loadURL).toHaveBeenCalledWith('app://oncedesk/index.html');
  });

  it('opens the applicant screen on the other display with the same locked-down preferences', async () => {
    const openApplicant = vi
      .mocked(fake.electron.ipcMain.handle)
      .mock.calls.find(([channel]) => channel === 'oncedesk:open-applicant-window')![1] as (
      event: unknown,
      raw: unknown,
    ) => Promise<unknown>;
    const event = { senderFrame: { url: 'app://oncedesk/index.html', parent: null } };
    await expect(openApplicant(event, {})).resolves.toEqual({ status: 'opened' });
    expect(fake.windows).toHaveLength(2);
    const [main, applicant] = fake.windows;
    expect(applicant!.options.webPreferences).toEqual(main!.options.webPreferences);
    expect(applicant!.options).toMatchObject({ x: 1920, y: 0, width: 1366, height: 768, fullscreen: true });
    expect(applicant!.loadURL).toHaveBeenCalledWith('app://oncedesk/index.html#/applicant');
    await expect(openApplicant(event, { url: 'https://evil.example/' })).rejects.toThrow(/invalid argument/);
    expect(fake.windows).toHaveLength(2);
  });

  it('denies permission requests from the default session', () => {
    const handler = vi.mocked(fake.electron.session.defaultSession.setPermissionRequestHandler).mock
      .calls[0]![0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: unknown,
    ) => void;
    const callback = vi.fn();
    handler({}, 'media', callback, { requestingUrl: 'app://oncedesk/index.html' });
    handler({}, 'geolocation', callback, { requestingUrl: 'https://evil.example/' });
    expect(callback.mock.calls).toEqual([[false], [false]]);
  });
});

afterAll(() => {
  // The logger wrote main.log into the fake logs folder.
  fs.rmSync(fake.logs, { recursive: true, force: true });
});
