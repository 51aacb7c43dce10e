import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../shared/ipc/contract';
import { isTrustedSender, registerBridgeHandlers, type BridgeHandlers } from './ipc';

// Importing the real package outside Electron would try to download the binary.
vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() } }));

type Invoke = (event: IpcMainInvokeEvent, raw: unknown) => Promise<unknown>;

const appFrame = { url: 'app://oncedesk/index.html', parent: null };
const eventFrom = (senderFrame: unknown) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;

const validPrint = { title: '一次性告知书', html: '<!doctype html><p>告知</p>', target: 'pdf' };
const validSave = { suggestedName: '台账.csv', mimeType: 'text/csv', content: 'a,b', encoding: 'utf8' };

const setup = () => {
  const handlers = {
    printDocument: vi.fn(() => Promise.resolve({ status: 'printed' as const })),
    saveFile: vi.fn(() => Promise.resolve({ status: 'saved' as const, path: '/tmp/x.csv' })),
    openExternal: vi.fn(() => Promise.resolve()),
    appInfo: vi.fn(() =>
      Promise.resolve({ version: '0.1.0', platform: 'linux-x64', shell: 'electron' as const }),
    ),
    openApplicantWindow: vi.fn(() => Promise.resolve({ status: 'opened' as const })),
  } satisfies BridgeHandlers;
  const log = vi.fn();
  registerBridgeHandlers(ipcMain, handlers, log);
  const registered = new Map(
    vi.mocked(ipcMain.handle).mock.calls.map(([channel, listener]) => [channel, listener as Invoke]),
  );
  const invokeFrom = (frame: unknown, name: keyof typeof ipcChannels, raw: unknown) =>
    registered.get(ipcChannels[name].channel)!(eventFrom(frame), raw);
  const invoke = (name: keyof typeof ipcChannels, raw: unknown) => invokeFrom(appFrame, name, raw);
  return { handlers, log, registered, invoke, invokeFrom };
};

describe('registerBridgeHandlers', () => {
  beforeEach(() => {
    vi.mocked(ipcMain.handle).mockClear();
  });

  it('registers exactly the contract channels', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(
      Object.values(ipcChannels)
        .map((entry) => entry.channel)
        .sort(),
    );
  });

  it('passes parsed arguments from the app frame to the handler', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke('printDocument', validPrint)).resolves.toEqual({ status: 'printed' });
    expect(handlers.printDocument).toHaveBeenCalledWith(validPrint, expect.anything());
    await expect(invoke('appInfo', {})).resolves.toMatchObject({ shell: 'electron' });
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['a look-alike host', { url: 'app://oncedesk.evil/index.html', parent: null }],
    ['a file page', { url: 'file:///tmp/x.html', parent: null }],
    ['an iframe inside the app', { url: 'app://oncedesk/index.html', parent: {} }],
    ['a destroyed frame', null],
    ['no frame', undefined],
  ])('refuses %s without calling the handler', async (_label, frame) => {
    const { invokeFrom, handlers, log } = setup();
    await expect(invokeFrom(frame, 'saveFile', validSave)).rejects.toThrow(/sender not allowed/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'printDocument'],
    ['an array', [validPrint]],
    ['a wrong type', { ...validPrint, title: 42 }],
    ['an unknown target', { ...validPrint, target: 'fax' }],
    ['an extra field', { ...validPrint, preload: '/tmp/evil.js' }],
    [
      'a prototype key',
      JSON.parse('{"title":"t","html":"<p>","target":"pdf","__proto__":{"x":1}}') as unknown,
    ],
    ['an empty title', { ...validPrint, title: '' }],
    ['a huge document', { ...validPrint, html: 'x'.repeat(2_000_001) }],
    ['a huge title', { ...validPrint, title: '标'.repeat(121) }],
  ])('refuses printDocument with %s', async (_label, raw) => {
    const { invoke, handlers } = setup();
    await expect(invoke('printDocument', raw)).rejects.toThrow(/invalid argument/);
    expect(handlers.printDocument).not.toHaveBeenCalled();
  });

  it.each([
    ['a path in the name', { ...validSave, suggestedName: '../../.bashrc' }],
    ['a Windows path', { ...validSave, suggestedName: 'C:\\Windows\\x.dll' }],
    ['a hidden file', { ...validSave, suggestedName: '.profile' }],
    ['a control character', { ...validSave, suggestedName: 'a\u0000.csv' }],
    ['an unknown encoding', { ...validSave, encoding: 'hex' }],
    ['huge content', { ...validSave, content: 'x'.repeat(50_000_001) }],
  ])('refuses saveFile with %s', async (_label, raw) => {
    const { invoke, handlers } = setup();
    await expect(invoke('saveFile', raw)).rejects.toThrow(/invalid argument/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('refuses arguments to appInfo and non-string URLs to openExternal', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke('appInfo', { version: '9' })).rejects.toThrow(/invalid argument/);
    await expect(invoke('openExternal', { url: { href: 'https://x' } })).rejects.toThrow(/invalid argument/);
    await expect(invoke('openExternal', { url: 'x'.repeat(2001) })).rejects.toThrow(/invalid argument/);
    expect(handlers.appInfo).not.toHaveBeenCalled();
    expect(handlers.openExternal).not.toHaveBeenCalled();
  });

  it('does not echo the rejected input back to the renderer', async () => {
    const { invoke } = setup();
    const secret = '身份证号110101199003071234';
    await expect(invoke('printDocument', { ...validPrint, target: secret })).rejects.not.toThrow(secret);
  });
});

describe('openApplicantWindow', () => {
  beforeEach(() => {
    vi.mocked(ipcMain.handle).mockClear();
  });

  it('opens the applicant screen for the app frame, including the applicant screen itself', async () => {
    const { invoke, invokeFrom, handlers } = setup();
    await expect(invoke('openApplicantWindow', {})).resolves.toEqual({ status: 'opened' });
    const applicantFrame = { url: 'app://oncedesk/index.html#/applicant', parent: null };
    await expect(invokeFrom(applicantFrame, 'openApplicantWindow', {})).resolves.toEqual({
      status: 'opened',
    });
    expect(handlers.openApplicantWindow).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/#/applicant', parent: null }],
    ['an iframe inside the app', { url: 'app://oncedesk/index.html', parent: {} }],
    ['no frame', undefined],
  ])('refuses %s', async (_label, frame) => {
    const { invokeFrom, handlers } = setup();
    await expect(invokeFrom(frame, 'openApplicantWindow', {})).rejects.toThrow(/sender not allowed/);
    expect(handlers.openApplicantWindow).not.toHaveBeenCalled();
  });

  it.each([
    ['a URL to load', { url: 'https://evil.example/' }],
    ['a display to take over', { display: 2 }],
    ['no argument', undefined],
    ['a string', '#/applicant'],
  ])('refuses %s', async (_label, raw) => {
    const { invoke, handlers } = setup();
    await expect(invoke('openApplicantWindow', raw)).rejects.toThrow(/invalid argument/);
    expect(handlers.openApplicantWindow).not.toHaveBeenCalled();
  });
});

describe('handler failures', () => {
  it('are logged and passed on to the renderer', async () => {
    vi.mocked(ipcMain.handle).mockClear();
    const { invoke, handlers, log } = setup();
    handlers.saveFile.mockRejectedValueOnce(new Error('disk full'));
    await expect(invoke('saveFile', validSave)).rejects.toThrow('disk full');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk full'));
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of the app origin', () => {
    expect(isTrustedSender(appFrame)).toBe(true);
    expect(isTrustedSender({ url: 'app://oncedesk/index.html', parent: appFrame })).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', parent: null })).toBe(false);
  });
});
