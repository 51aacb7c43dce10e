import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import type { PrintWindow } from './printing';

/**
 * Documents to print are served from memory on their own scheme, in their own in-memory session, so
 * citizen data never touches a temp file and the document can load nothing but itself: JavaScript is off,
 * and the CSP header allows inline styles and data: images only.
 */
const PRINT_SCHEME = 'oncedesk-print';
const PRINT_PARTITION = 'oncedesk-print';
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const pending = new Map<string, string>();
let printSession: Session | null = null;

const getPrintSession = (): Session => {
  if (printSession) return printSession;
  const created = session.fromPartition(PRINT_PARTITION, { cache: false });
  created.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  created.setPermissionCheckHandler(() => false);
  created.protocol.handle(PRINT_SCHEME, (request) => {
    const id = new URL(request.url).hostname;
    const html = pending.get(id);
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_CSP },
    });
  });
  printSession = created;
  return created;
};

const isCancellation = (reason: string): boolean => /cancel/i.test(reason);

export const openPrintWindow = (title: string): PrintWindow => {
  const id = randomUUID();
  const window = new BrowserWindow({
    show: false,
    title,
    webPreferences: {
      session: getPrintSession(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  return {
    load: async (html) => {
      pending.set(id, html);
      await window.loadURL(`${PRINT_SCHEME}://${id}/`);
    },
    print: () =>
      new Promise<boolean>((resolve, reject) => {
        window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
          if (success) resolve(true);
          else if (isCancellation(failureReason)) resolve(false);
          else reject(new Error(`print failed: ${failureReason}`));
        });
      }),
    printToPdf: async () =>
      new Uint8Array(await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })),
    close: () => {
      pending.delete(id);
      if (!window.isDestroyed()) window.destroy();
    },
  };
};
