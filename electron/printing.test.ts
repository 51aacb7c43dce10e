import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { shellMessages } from './messages';
import {
  createPrinting,
  decodeContent,
  fileNameFromTitle,
  type PrintingDeps,
  type PrintWindow,
} from './printing';

const makeDeps = (options: { printed?: boolean; savePath?: string | null; loadFails?: boolean } = {}) => {
  const window = {
    load: vi.fn(() => (options.loadFails ? Promise.reject(new Error('load failed')) : Promise.resolve())),
    print: vi.fn(() => Promise.resolve(options.printed ?? true)),
    printToPdf: vi.fn(() => Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46]))),
    close: vi.fn(),
  } satisfies PrintWindow;
  const deps = {
    openPrintWindow: vi.fn(() => window),
    showSaveDialog: vi.fn(() =>
      Promise.resolve(options.savePath === undefined ? '/home/clerk/x.pdf' : options.savePath),
    ),
    writeFile: vi.fn((_filePath: string, _data: Uint8Array) => Promise.resolve()),
    defaultDirectory: () => '/home/clerk/Documents',
    joinPath: (...parts: string[]) => path.posix.join(...parts),
    text: shellMessages.zh,
  } satisfies PrintingDeps;
  return { deps, window, printing: createPrinting(deps) };
};

const doc = { title: '一次性告知书', html: '<!doctype html><p>材料清单</p>' };

describe('printDocument', () => {
  it('prints through the system dialog and closes the hidden window', async () => {
    const { printing, window, deps } = makeDeps();
    await expect(printing.printDocument({ ...doc, target: 'printer' })).resolves.toEqual({
      status: 'printed',
    });
    expect(deps.openPrintWindow).toHaveBeenCalledWith('一次性告知书');
    expect(window.load).toHaveBeenCalledWith(doc.html);
    expect(window.close).toHaveBeenCalledOnce();
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a cancelled print dialog', async () => {
    const { printing } = makeDeps({ printed: false });
    await expect(printing.printDocument({ ...doc, target: 'printer' })).resolves.toEqual({
      status: 'cancelled',
    });
  });

  it('saves a PDF where the clerk chose, with a Chinese dialog', async () => {
    const { printing, deps, window } = makeDeps({ savePath: '/home/clerk/告知书.pdf' });
    await expect(printing.printDocument({ ...doc, target: 'pdf' })).resolves.toEqual({
      status: 'saved',
      path: '/home/clerk/告知书.pdf',
    });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '存为 PDF',
        buttonLabel: '保存',
        defaultPath: '/home/clerk/Documents/一次性告知书.pdf',
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
      }),
    );
    expect(deps.writeFile).toHaveBeenCalledWith(
      '/home/clerk/告知书.pdf',
      new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    );
    expect(window.close).toHaveBeenCalledOnce();
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { printing, deps } = makeDeps({ savePath: null });
    await expect(printing.printDocument({ ...doc, target: 'pdf' })).resolves.toEqual({ status: 'cancelled' });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('closes the hidden window even when loading fails', async () => {
    const { printing, window } = makeDeps({ loadFails: true });
    await expect(printing.printDocument({ ...doc, target: 'printer' })).rejects.toThrow('load failed');
    expect(window.close).toHaveBeenCalledOnce();
  });
});

describe('saveFile', () => {
  it('writes UTF-8 text', async () => {
    const { printing, deps } = makeDeps({ savePath: '/home/clerk/台账.csv' });
    const result = await printing.saveFile({
      suggestedName: '台账.csv',
      mimeType: 'text/csv',
      content: '姓名,事项',
      encoding: 'utf8',
    });
    expect(result).toEqual({ status: 'saved', path: '/home/clerk/台账.csv' });
    const written = vi.mocked(deps.writeFile).mock.calls[0]![1];
    expect(new TextDecoder().decode(written)).toBe('姓名,事项');
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: '/home/clerk/Documents/台账.csv',
        filters: [
          { name: 'CSV', extensions: ['csv'] },
          { name: '所有文件', extensions: ['*'] },
        ],
      }),
    );
  });

  it('writes base64 content as bytes', async () => {
    const { printing, deps } = makeDeps();
    await printing.saveFile({
      suggestedName: 'a.xlsx',
      mimeType: 'x',
      content: 'UEsDBA==',
      encoding: 'base64',
    });
    expect(vi.mocked(deps.writeFile).mock.calls[0]![1]).toEqual(new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
  });

  it('refuses corrupt base64 before showing a dialog', async () => {
    const { printing, deps } = makeDeps();
    await expect(
      printing.saveFile({ suggestedName: 'a.xlsx', mimeType: 'x', content: 'UEsD!!==', encoding: 'base64' }),
    ).rejects.toThrow(/base64/);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports cancel without writing', async () => {
    const { printing, deps } = makeDeps({ savePath: null });
    const result = await printing.saveFile({
      suggestedName: 'a',
      mimeType: 'x',
      content: '',
      encoding: 'utf8',
    });
    expect(result).toEqual({ status: 'cancelled' });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });
});

describe('helpers', () => {
  it('turns titles into safe file names', () => {
    expect(fileNameFromTitle('承诺书 / 张三: 2025?')).toBe('承诺书  张三 2025');
    expect(fileNameFromTitle('..\\..\\evil')).toBe('evil');
    expect(fileNameFromTitle('...')).toBe('document');
    expect(fileNameFromTitle('长'.repeat(150))).toHaveLength(100);
  });

  it('decodes both encodings', () => {
    expect(decodeContent({ content: 'aGk=', encoding: 'base64' })).toEqual(new Uint8Array([0x68, 0x69]));
    expect(decodeContent({ content: '', encoding: 'base64' })).toEqual(new Uint8Array([]));
    expect(() => decodeContent({ content: 'aGk', encoding: 'base64' })).toThrow();
  });
});
