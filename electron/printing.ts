import type {
  PrintDocumentArg,
  PrintDocumentResult,
  SaveFileArg,
  SaveFileResult,
} from '../shared/ipc/contract';
import type { ShellText } from './messages';

/** A hidden, script-less window holding one document; created per print job and always closed. */
export type PrintWindow = {
  load: (html: string) => Promise<void>;
  /** Resolves true when printed, false when the user cancelled the system dialog. */
  print: () => Promise<boolean>;
  printToPdf: () => Promise<Uint8Array>;
  close: () => void;
};

export type SaveDialogRequest = {
  title: string;
  buttonLabel: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
};

export type PrintingDeps = {
  openPrintWindow: (title: string) => PrintWindow;
  /** Resolves the chosen path, or null when the user cancelled. */
  showSaveDialog: (request: SaveDialogRequest) => Promise<string | null>;
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>;
  /** Folder the save dialog starts in (documents/downloads). */
  defaultDirectory: () => string;
  joinPath: (...parts: string[]) => string;
  text: ShellText;
};

/** Titles become file names; strip what Windows forbids and keep the name short. */
export const fileNameFromTitle = (title: string): string => {
  const cleaned = [...title]
    .filter((char) => char.charCodeAt(0) >= 32 && !'\\/:*?"<>|'.includes(char))
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 100);
  return cleaned === '' ? 'document' : cleaned;
};

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Buffer.from(…, 'base64') silently skips junk; a corrupt export should fail loudly instead. */
export const decodeContent = (arg: Pick<SaveFileArg, 'content' | 'encoding'>): Uint8Array => {
  if (arg.encoding === 'utf8') return new TextEncoder().encode(arg.content);
  if (!BASE64.test(arg.content)) throw new Error('content is not valid base64');
  return Uint8Array.from(Buffer.from(arg.content, 'base64'));
};

const extensionOf = (fileName: string): string | null => {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return match?.[1]?.toLowerCase() ?? null;
};

export const createPrinting = (deps: PrintingDeps) => {
  const printDocument = async (arg: PrintDocumentArg): Promise<PrintDocumentResult> => {
    const window = deps.openPrintWindow(arg.title);
    try {
      await window.load(arg.html);
      if (arg.target === 'printer') {
        return { status: (await window.print()) ? 'printed' : 'cancelled' };
      }
      const pdf = await window.printToPdf();
      const filePath = await deps.showSaveDialog({
        title: deps.text.savePdfTitle,
        buttonLabel: deps.text.saveButton,
        defaultPath: deps.joinPath(deps.defaultDirectory(), `${fileNameFromTitle(arg.title)}.pdf`),
        filters: [{ name: deps.text.pdfFilter, extensions: ['pdf'] }],
      });
      if (filePath === null) return { status: 'cancelled' };
      await deps.writeFile(filePath, pdf);
      return { status: 'saved', path: filePath };
    } finally {
      window.close();
    }
  };

  const saveFile = async (arg: SaveFileArg): Promise<SaveFileResult> => {
    // Decode before asking: a corrupt payload should not cost the clerk a dialog.
    const data = decodeContent(arg);
    const extension = extensionOf(arg.suggestedName);
    const filePath = await deps.showSaveDialog({
      title: deps.text.saveFileTitle,
      buttonLabel: deps.text.saveButton,
      defaultPath: deps.joinPath(deps.defaultDirectory(), arg.suggestedName),
      filters: [
        ...(extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : []),
        { name: deps.text.allFilesFilter, extensions: ['*'] },
      ],
    });
    if (filePath === null) return { status: 'cancelled' };
    await deps.writeFile(filePath, data);
    return { status: 'saved', path: filePath };
  };

  return { printDocument, saveFile };
};
