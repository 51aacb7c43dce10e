import type { z } from 'zod';
import {
  ipcChannels,
  type AppInfo,
  type DesktopBridge,
  type OpenApplicantWindowResult,
  type PrintDocumentArg,
  type PrintDocumentResult,
  type SaveFileArg,
  type SaveFileResult,
} from '../../shared/ipc/contract';
import { isSafeExternalUrl } from './externalUrl';

/** What the web bridge needs from the page; injected so tests can run without a DOM. */
export type WebEnvironment = {
  document: Pick<Document, 'createElement' | 'body'>;
  open: (url: string, target: string, features: string) => unknown;
  createObjectURL: (blob: Blob) => string;
  revokeObjectURL: (url: string) => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
  version: string;
  platform: string;
};

// Print frames and download links are removed after this long at the latest (afterprint may never fire).
const CLEANUP_AFTER_MS = 60_000;

/** Strict parsing with the desktop's schemas, so a bad call fails in browser tests exactly as in Electron. */
const parseArg = <K extends keyof typeof ipcChannels>(
  name: K,
  arg: unknown,
): z.infer<(typeof ipcChannels)[K]['arg']> => {
  const result = ipcChannels[name].arg.strict().safeParse(arg);
  if (!result.success) throw new Error(`${ipcChannels[name].channel}: invalid argument`);
  return result.data as z.infer<(typeof ipcChannels)[K]['arg']>;
};

/** Runs synchronously but reports failure as a rejection, like an IPC call would. */
const settle = <T>(run: () => T): Promise<T> => new Promise((resolve) => resolve(run()));

/** atob gives a binary string; rejects malformed input instead of producing a corrupt file. */
export const bytesFromBase64 = (base64: string): Uint8Array<ArrayBuffer> => {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(base64)) {
    throw new Error('content is not valid base64');
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
};

export const blobForSave = (arg: Pick<SaveFileArg, 'content' | 'encoding' | 'mimeType'>): Blob =>
  new Blob([arg.encoding === 'base64' ? bytesFromBase64(arg.content) : arg.content], {
    type: arg.mimeType || 'application/octet-stream',
  });

/**
 * The desktop bridge for a plain browser: printing through a hidden iframe and the browser's own print
 * dialog (which also offers "Save as PDF"), files through a download link, links in a new tab.
 */
export const createWebBridge = (env: WebEnvironment): DesktopBridge => {
  const printDocument = async (raw: PrintDocumentArg): Promise<PrintDocumentResult> => {
    const arg = parseArg('printDocument', raw);
    const frame = env.document.createElement('iframe');
    // Same origin so we may call print(); modals so print() is not blocked; no scripts in the document.
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
    const loaded = new Promise<void>((resolve) =>
      frame.addEventListener('load', () => resolve(), { once: true }),
    );
    frame.srcdoc = arg.html;
    env.document.body.appendChild(frame);
    await loaded;
    const printWindow = frame.contentWindow;
    if (!printWindow) {
      frame.remove();
      throw new Error('print frame did not load');
    }
    let removed = false;
    const cleanup = () => {
      if (removed) return;
      removed = true;
      frame.remove();
    };
    printWindow.addEventListener('afterprint', cleanup, { once: true });
    env.setTimeout(cleanup, CLEANUP_AFTER_MS);
    // The browser suggests the document title as the PDF file name.
    if (printWindow.document.title.trim() === '') printWindow.document.title = arg.title;
    printWindow.focus();
    printWindow.print();
    // The browser does not say whether the dialog was confirmed or cancelled.
    return { status: 'printed' };
  };

  const saveFile = (raw: SaveFileArg): Promise<SaveFileResult> =>
    settle(() => {
      const arg = parseArg('saveFile', raw);
      const url = env.createObjectURL(blobForSave(arg));
      const link = env.document.createElement('a');
      link.href = url;
      link.download = arg.suggestedName;
      link.rel = 'noopener';
      link.style.display = 'none';
      env.document.body.appendChild(link);
      link.click();
      link.remove();
      // Revoking at once can cancel the download in some browsers.
      env.setTimeout(() => env.revokeObjectURL(url), CLEANUP_AFTER_MS);
      return { status: 'saved' } as const;
    });

  const openExternal = (raw: { url: string }): Promise<void> =>
    settle(() => {
      const { url } = parseArg('openExternal', raw);
      if (!isSafeExternalUrl(url)) throw new Error('only http(s) links may be opened');
      env.open(url, '_blank', 'noopener,noreferrer');
    });

  const appInfo = (raw: Record<string, never>): Promise<AppInfo> =>
    settle(() => {
      parseArg('appInfo', raw);
      return { version: env.version, platform: env.platform, shell: 'browser' } as const;
    });

  // Our own origin in a named window, so a second click brings the same one forward; it shares the
  // IndexedDB and so follows the clerk's window live. No noopener: it is not a foreign page.
  const openApplicantWindow = (raw: Record<string, never>): Promise<OpenApplicantWindowResult> =>
    settle(() => {
      parseArg('openApplicantWindow', raw);
      // window.open gives null when a pop-up blocker stepped in: say so rather than report success.
      if (env.open('#/applicant', 'oncedesk-applicant', 'popup') === null) throw new Error('pop-up blocked');
      return { status: 'opened' } as const;
    });

  return { printDocument, saveFile, openExternal, appInfo, openApplicantWindow };
};

/** The real page environment; only called in a browser. */
export const browserEnvironment = (): WebEnvironment => ({
  document,
  open: (url, target, features) => window.open(url, target, features),
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  // Set by scripts/start.mjs (and the vite config, if it defines it) from package.json.
  version: (import.meta.env.VITE_ONCEDESK_VERSION as string | undefined) ?? 'dev',
  platform: navigator.platform || 'web',
});
