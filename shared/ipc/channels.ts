/**
 * Channel names alone, without schemas: the sandboxed preload imports only this file so it does not
 * bundle zod (contract.ts keeps the schemas and types, and uses these names).
 */
export const ipcChannelNames = {
  printDocument: 'oncedesk:print-document',
  saveFile: 'oncedesk:save-file',
  openExternal: 'oncedesk:open-external',
  appInfo: 'oncedesk:app-info',
  openApplicantWindow: 'oncedesk:open-applicant-window',
} as const;

/**
 * The two synchronous channels of the secret store (SecretStore in contract.ts). Synchronous because
 * the sync code reads and writes its token inside IndexedDB transactions, which an awaited round trip
 * would end early; each call is one short string.
 */
export const secretChannelNames = {
  seal: 'oncedesk:seal-secret',
  open: 'oncedesk:open-secret',
} as const;
