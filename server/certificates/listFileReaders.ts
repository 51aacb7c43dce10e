import ExcelJS from 'exceljs';
import type { ListFileReaders } from '../../shared/certificates/readListFile';

/** Node's readers for certificate-list files: full-ICU TextDecoder (GB18030) and exceljs. */
export const nodeListFileReaders: ListFileReaders = {
  makeDecoder: (label) => new TextDecoder(label, { fatal: true }),
  loadXlsx: async (bytes) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return workbook;
  },
};
