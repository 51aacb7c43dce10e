import type { SheetCells } from './importList';

/**
 * The shape of an exceljs workbook this module reads, declared structurally so shared/ needs neither
 * exceljs nor Node typings; the desk and the server each load the file with exceljs and pass it here.
 * exceljs answers a merged cell's value with the master cell's, which is exactly the "fill merged
 * ranges" the importer expects.
 */
export type WorkbookLike = {
  worksheets: readonly {
    name: string;
    rowCount: number;
    columnCount: number;
    getRow: (row: number) => { getCell: (column: number) => { value: unknown } };
  }[];
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** A cell's text as Excel shows it: rich text joined, formulas by their result, dates as days. */
export const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.richText))
      return record.richText.map((run) => cellText((run as { text?: unknown }).text)).join('');
    if ('result' in record) return cellText(record.result);
    if ('text' in record) return cellText(record.text);
  }
  return '';
};

export const sheetsFromWorkbook = (workbook: WorkbookLike): SheetCells[] =>
  workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    // exceljs computes both counts by walking every row: read them once, not per cell.
    const rowCount = sheet.rowCount;
    const columnCount = sheet.columnCount;
    for (let r = 1; r <= rowCount; r += 1) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= columnCount; c += 1) cells.push(cellText(row.getCell(c).value));
      rows.push(cells);
    }
    return { name: sheet.name, rows };
  });
