import type { ListFileReaders } from '../../../../shared/certificates/readListFile';

/**
 * The browser's readers: TextDecoder knows GB18030 in Chromium (and Electron), and exceljs is loaded
 * only when a supervisor imports or exports, so clerks never download it.
 */
export const browserListFileReaders: ListFileReaders = {
  makeDecoder: (label) => new TextDecoder(label, { fatal: true }),
  loadXlsx: async (bytes) => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    return workbook;
  },
};

/** A version as an .xlsx file (base64 for the bridge's saveFile). */
export const xlsxBase64 = async (
  sheetName: string,
  rows: readonly (readonly string[])[],
): Promise<string> => {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRows(rows.map((row) => [...row]));
  sheet.getRow(2).font = { bold: true };
  const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
  let binary = '';
  for (let index = 0; index < buffer.length; index += 0x8000)
    binary += String.fromCharCode(...buffer.subarray(index, index + 0x8000));
  return btoa(binary);
};
