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
