import { describe, expect, it, vi } from 'vitest';
import { blobForSave, bytesFromBase64, createWebBridge, type WebEnvironment } from './webBridge';

type Listener = () => void;

/** Just enough DOM for the bridge: elements record what was set on them, and the body fires iframe loads. */
const fakePage = () => {
  const appended: FakeElement[] = [];
  class FakeElement {
    attributes = new Map<string, string>();
    style = { cssText: '', display: '' };
    listeners = new Map<string, Listener>();
    removed = false;
    srcdoc = '';
    href = '';
    download = '';
    rel = '';
    tabIndex = 0;
    click = vi.fn();
    printListeners = new Map<string, Listener>();
    contentWindow = {
      document: { title: '' },
      focus: vi.fn(),
      print: vi.fn(),
      addEventListener: (name: string, listener: Listener) => this.printListeners.set(name, listener),
    };
    constructor(readonly tag: string) {}
    setAttribute(name: string, value: string) {
      this.attributes.set(name, value);
    }
    addEventListener(name: string, listener: Listener) {
      this.listeners.set(name, listener);
    }
    remove() {
      this.removed = true;
    }
  }
  const timers: (() => void)[] = [];
  const env = {
    document: {
      createElement: (tag: string) => new FakeElement(tag),
      body: {
        appendChild: (element: FakeElement) => {
          appended.push(element);
          queueMicrotask(() => element.listeners.get('load')?.());
          return element;
        },
      },
    } as unknown as WebEnvironment['document'],
    open: vi.fn(),
    createObjectURL: vi.fn(() => 'blob:http://127.0.0.1/1'),
    revokeObjectURL: vi.fn(),
    setTimeout: (callback: () => void) => timers.push(callback),
    version: '0.1.0',
    platform: 'Win32',
  } satisfies WebEnvironment;
  return { env, appended, timers, bridge: createWebBridge(env) };
};

describe('web bridge printDocument', () => {
  const arg = { title: '一次性告知书', html: '<!doctype html><p>材料</p>', target: 'pdf' as const };

  it('prints the document in a sandboxed, script-less hidden iframe', async () => {
    const { bridge, appended } = fakePage();
    await expect(bridge.printDocument(arg)).resolves.toEqual({ status: 'printed' });
    const frame = appended[0]!;
    expect(frame.tag).toBe('iframe');
    expect(frame.attributes.get('sandbox')).toBe('allow-same-origin allow-modals');
    expect(frame.srcdoc).toBe(arg.html);
    expect(frame.contentWindow.print).toHaveBeenCalledOnce();
    expect(frame.contentWindow.document.title).toBe('一次性告知书');
  });

  it('removes the iframe after printing, or after the timeout at the latest', async () => {
    const first = fakePage();
    await first.bridge.printDocument(arg);
    expect(first.appended[0]!.removed).toBe(false);
    first.appended[0]!.printListeners.get('afterprint')!();
    expect(first.appended[0]!.removed).toBe(true);

    const second = fakePage();
    await second.bridge.printDocument({ ...arg, target: 'printer' });
    second.timers.forEach((run) => run());
    expect(second.appended[0]!.removed).toBe(true);
  });

  it('refuses what the desktop would refuse, before touching the page', async () => {
    const { bridge, appended } = fakePage();
    await expect(bridge.printDocument({ ...arg, title: '' })).rejects.toThrow(/invalid argument/);
    await expect(bridge.printDocument({ ...arg, extra: 1 } as typeof arg)).rejects.toThrow(
      /invalid argument/,
    );
    expect(appended).toHaveLength(0);
  });
});

describe('web bridge saveFile', () => {
  it('downloads through a hidden link and revokes the URL later', async () => {
    const { bridge, env, appended, timers } = fakePage();
    const result = await bridge.saveFile({
      suggestedName: '台账.csv',
      mimeType: 'text/csv',
      content: '姓名',
      encoding: 'utf8',
    });
    expect(result).toEqual({ status: 'saved' });
    const link = appended[0]!;
    expect(link.tag).toBe('a');
    expect(link.download).toBe('台账.csv');
    expect(link.href).toBe('blob:http://127.0.0.1/1');
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.removed).toBe(true);
    expect(env.revokeObjectURL).not.toHaveBeenCalled();
    timers.forEach((run) => run());
    expect(env.revokeObjectURL).toHaveBeenCalledWith('blob:http://127.0.0.1/1');
  });

  it('refuses unsafe names and corrupt base64', async () => {
    const { bridge, env } = fakePage();
    const base = { mimeType: 'x', content: 'UEsDBA==', encoding: 'base64' as const };
    await expect(bridge.saveFile({ ...base, suggestedName: '../x.xlsx' })).rejects.toThrow(
      /invalid argument/,
    );
    await expect(bridge.saveFile({ ...base, suggestedName: 'x.xlsx', content: 'U$$$' })).rejects.toThrow(
      /base64/,
    );
    expect(env.createObjectURL).not.toHaveBeenCalled();
  });
});

describe('web bridge openExternal and appInfo', () => {
  it('opens only http(s) links, without an opener', async () => {
    const { bridge, env } = fakePage();
    await bridge.openExternal({ url: 'https://www.gov.cn/' });
    expect(env.open).toHaveBeenCalledWith('https://www.gov.cn/', '_blank', 'noopener,noreferrer');
    await expect(bridge.openExternal({ url: 'javascript:alert(1)' })).rejects.toThrow(/http/);
    await expect(bridge.openExternal({ url: 'https://gov.cn@evil.example/' })).rejects.toThrow(/http/);
    expect(env.open).toHaveBeenCalledTimes(1);
  });

  it('reports the browser shell', async () => {
    const { bridge } = fakePage();
    await expect(bridge.appInfo({})).resolves.toEqual({
      version: '0.1.0',
      platform: 'Win32',
      shell: 'browser',
    });
  });
});

describe('web bridge openApplicantWindow', () => {
  it('opens the applicant route in one named pop-up of our own origin', async () => {
    const { bridge, env } = fakePage();
    await expect(bridge.openApplicantWindow({})).resolves.toEqual({ status: 'opened' });
    await bridge.openApplicantWindow({});
    expect(env.open).toHaveBeenCalledTimes(2);
    expect(env.open).toHaveBeenNthCalledWith(2, '#/applicant', 'oncedesk-applicant', 'popup');
  });

  it('reports a blocked pop-up as a failure', async () => {
    const { bridge, env } = fakePage();
    env.open.mockReturnValueOnce(null);
    await expect(bridge.openApplicantWindow({})).rejects.toThrow(/blocked/);
  });

  it('refuses extra fields, as the desktop does', async () => {
    const { bridge, env } = fakePage();
    const raw = { url: 'https://evil.example/' } as unknown as Record<string, never>;
    await expect(bridge.openApplicantWindow(raw)).rejects.toThrow(/invalid argument/);
    expect(env.open).not.toHaveBeenCalled();
  });
});

describe('content helpers', () => {
  it('decodes base64 to bytes and builds typed blobs', async () => {
    expect(bytesFromBase64('UEsDBA==')).toEqual(new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    expect(() => bytesFromBase64('UEsDBA=')).toThrow();
    const text = blobForSave({ content: '姓名', encoding: 'utf8', mimeType: 'text/csv' });
    expect(text.type).toBe('text/csv');
    expect(await text.text()).toBe('姓名');
    const binary = blobForSave({ content: 'UEsDBA==', encoding: 'base64', mimeType: '' });
    expect(binary.type).toBe('application/octet-stream');
    expect(new Uint8Array(await binary.arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
  });
});
