import { decodeCsvText, parseCsv, sniffFormat, type MakeDecoder } from './fileFormat';
import type { SheetCells } from './importList';
import type { ImportProblem } from './problems';
import { sheetsFromWorkbook, type WorkbookLike } from './workbookCells';

/** What each runtime supplies: its TextDecoder and a way to open an .xlsx with exceljs. */
export type ListFileReaders = {
  makeDecoder: MakeDecoder;
  loadXlsx: (bytes: Uint8Array) => Promise<WorkbookLike>;
};

/**
 * File bytes → the sheets the importer takes, or the one problem that stops it (not a spreadsheet,
 * empty, too large, damaged). The same steps on the desk and in the operator command.
 */
export const readListFile = async (
  bytes: Uint8Array,
  fileName: string,
  readers: ListFileReaders,
): Promise<{ sheets: SheetCells[] } | { problem: ImportProblem }> => {
  const sniffed = sniffFormat(bytes);
  if ('problem' in sniffed) return sniffed;
  if (sniffed.format === 'csv') {
    const text = decodeCsvText(bytes, readers.makeDecoder);
    return { sheets: [{ name: fileName.replace(/\.[^.]*$/, ''), rows: parseCsv(text) }] };
  }
  try {
    return { sheets: sheetsFromWorkbook(await readers.loadXlsx(bytes)) };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : String(error);
    return { problem: { code: 'unreadable', severity: 'error', value: detail } };
  }
};
