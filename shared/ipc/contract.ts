import { z } from 'zod';
import { ipcChannelNames } from './channels';

/**
 * The desktop bridge: one entry per IPC channel, its argument schema and its result type. The preload
 * exposes exactly these as `window.oncedesk.<method>` (checked with `satisfies DesktopBridge`), main
 * validates every argument with the schema here, and the browser build implements the same type.
 */
export const printDocumentArgSchema = z.object({
  /** Window title and default PDF file name (without extension). */
  title: z.string().min(1).max(120),
  /** A complete, self-contained HTML document (inline styles, no scripts, no remote resources). */
  html: z.string().min(1).max(2_000_000),
  target: z.enum(['printer', 'pdf']),
});
export type PrintDocumentArg = z.infer<typeof printDocumentArgSchema>;
export type PrintDocumentResult = { status: 'printed' | 'saved' | 'cancelled'; path?: string };

/**
 * Windows opens a device, not a file, for these names, with any extension (`CON.csv`), and silently
 * strips a trailing dot or space, so the saved file would not be the one the clerk was shown.
 */
const windowsReservedName = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
/** C0/C1 controls, and bidi marks that can disguise an extension (`台账\u202Exslx.exe`). */
const isControlOrBidi = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
};

/** A bare file name: no path separators, no characters or names Windows forbids, no control characters. */
const isSafeFileName = (name: string): boolean =>
  !/[\\/:*?"<>|]/.test(name) &&
  !name.startsWith('.') &&
  !/[. ]$/.test(name) &&
  !windowsReservedName.test(name) &&
  ![...name].some(isControlOrBidi);

export const saveFileArgSchema = z.object({
  suggestedName: z.string().min(1).max(120).refine(isSafeFileName, 'unsafe file name'),
  mimeType: z.string().max(100),
  /** Text (UTF-8) or base64 for binary files such as XLSX. */
  content: z.string().max(50_000_000),
  encoding: z.enum(['utf8', 'base64']),
});
export type SaveFileArg = z.infer<typeof saveFileArgSchema>;
export type SaveFileResult = { status: 'saved' | 'cancelled'; path?: string };

export const openExternalArgSchema = z.object({ url: z.string().max(2000) });
export type OpenExternalArg = z.infer<typeof openExternalArgSchema>;

export const appInfoArgSchema = z.object({}).strict();
export type AppInfo = { version: string; platform: string; shell: 'electron' | 'browser' };

/** Opens (or brings forward) the applicant screen, 群众屏; nothing to pass, the route is fixed. */
export const openApplicantWindowArgSchema = z.object({}).strict();
export type OpenApplicantWindowResult = { status: 'opened' };

export const ipcChannels = {
  printDocument: { channel: ipcChannelNames.printDocument, arg: printDocumentArgSchema },
  saveFile: { channel: ipcChannelNames.saveFile, arg: saveFileArgSchema },
  openExternal: { channel: ipcChannelNames.openExternal, arg: openExternalArgSchema },
  appInfo: { channel: ipcChannelNames.appInfo, arg: appInfoArgSchema },
  openApplicantWindow: {
    channel: ipcChannelNames.openApplicantWindow,
    arg: openApplicantWindowArgSchema,
  },
} as const;

/**
 * The desktop shell's sealing of what must not sit readable on disk (the session token, the device id
 * and the server-issued device secret): Electron's safeStorage, i.e. DPAPI on Windows, the keychain on
 * macOS, the desktop's secret service on Linux. `null` when the operating system offers no encryption
 * (seal) or the text cannot be opened here (open: another OS account, another PC, a damaged value).
 */
export type SecretStore = {
  seal: (text: string) => string | null;
  open: (sealed: string) => string | null;
};

/** The longest text either way: a sealed session is well under 4 KB. */
export const maxSecretLength = 64 * 1024;

export type DesktopBridge = {
  printDocument: (arg: PrintDocumentArg) => Promise<PrintDocumentResult>;
  saveFile: (arg: SaveFileArg) => Promise<SaveFileResult>;
  openExternal: (arg: OpenExternalArg) => Promise<void>;
  appInfo: (arg: Record<string, never>) => Promise<AppInfo>;
  openApplicantWindow: (arg: Record<string, never>) => Promise<OpenApplicantWindowResult>;
};
