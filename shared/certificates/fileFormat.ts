import type { ImportProblem } from './problems';

/** Larger than any real list (a 5,000-entry XLSX is well under 1 MB); stops a wrong file early. */
export const maxFileBytes = 10 * 1024 * 1024;

export type FileFormat = 'xlsx' | 'csv';

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, index) => bytes[index] === byte);

/**
 * What kind of file the supervisor chose, from its first bytes rather than its name (a list saved as
 * 清单.xlsx.csv, or a PDF renamed .xlsx, is common). XLSX is a ZIP; the old binary .xls is an OLE
 * container that needs "另存为 .xlsx" first; text without NUL bytes is taken as CSV.
 */
export const sniffFormat = (bytes: Uint8Array): { format: FileFormat } | { problem: ImportProblem } => {
  if (bytes.length > maxFileBytes)
    return {
      problem: { code: 'tooLarge', severity: 'error', limit: maxFileBytes, value: String(bytes.length) },
    };
  if (bytes.length === 0) return { problem: { code: 'empty', severity: 'error' } };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { format: 'xlsx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return { problem: { code: 'legacyXls', severity: 'error' } };
  const head = bytes.subarray(0, 4096);
  if (head.includes(0) || startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return { problem: { code: 'notSpreadsheet', severity: 'error' } };
  return { format: 'csv' };
};

/** The platform's TextDecoder, injected: shared/ compiles without DOM or Node typings. */
export type MakeDecoder = (label: 'utf-8' | 'gb18030') => { decode: (bytes: Uint8Array) => string };

/**
 * CSV text in whichever encoding Excel wrote: UTF-8 with or without BOM, or GB18030 (what Chinese
 * Excel's "CSV (逗号分隔)" writes). UTF-8 is tried strictly first — GB18030 bytes are almost never
 * valid UTF-8, while the reverse guess would turn every UTF-8 file into mojibake without an error.
 */
export const decodeCsvText = (bytes: Uint8Array, makeDecoder: MakeDecoder): string => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return makeDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return makeDecoder('utf-8').decode(bytes);
  } catch {
    return makeDecoder('gb18030').decode(bytes);
  }
};

/** RFC 4180 CSV: quoted fields with commas, doubled quotes and line breaks inside; CRLF or LF. */
export const parseCsv = (text: string): string[][] => {
  const delimiter = !text.slice(0, 2000).includes(',') && text.includes('\t') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
};

/** CSV for Excel: UTF-8 with BOM (else Excel shows GBK mojibake), CRLF, fields quoted when needed. */
export const toCsv = (rows: readonly (readonly string[])[]): string =>
  '\uFEFF' +
  rows
    .map((row) =>
      row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','),
    )
    .join('\r\n') +
  '\r\n';
