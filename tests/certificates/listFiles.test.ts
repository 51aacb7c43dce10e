import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../shared/certificates/describeProblem';
import { exportRows } from '../../shared/certificates/exportRows';
import { toCsv } from '../../shared/certificates/fileFormat';
import { importList } from '../../shared/certificates/importList';
import { readListFile } from '../../shared/certificates/readListFile';
import type { CertificateEntryFields, ListKind } from '../../shared/certificates/model';
import { formatMessage } from '../../shared/i18n/define';
import { messages } from '../../shared/i18n/messages';
import { nodeListFileReaders } from '../../server/certificates/listFileReaders';
import {
  badRowsCsv,
  droppedDocument,
  droppedTitle,
  keptCsvGb18030,
  keptCsvUtf8,
  keptRows,
  largeDroppedXlsx,
  publishedDroppedXlsx,
} from '../fixtures/certificateLists';

const zh = (key: keyof (typeof messages)['zh-CN'], params?: Record<string, string | number>) =>
  formatMessage(messages['zh-CN'][key], params);

const importFile = async (bytes: Uint8Array, kind: ListKind, name = 'list.xlsx') => {
  const read = await readListFile(bytes, name, nodeListFileReaders);
  if ('problem' in read) return { problem: describeProblem(read.problem, zh) };
  return { result: importList(read.sheets, { kind }) };
};

const asStored = (
  kind: ListKind,
  entries: ReturnType<typeof importList>['entries'],
): CertificateEntryFields[] =>
  entries.map(({ row: _row, ...entry }, position) => ({
    ...entry,
    listId: 'list-1' as CertificateEntryFields['listId'],
    departmentId: null,
    kind,
    position,
  }));

describe('certificate list files as bureaus publish them', () => {
  it('reads a published XLSX: title rows, two-row header with merged group, merged rows, section heading', async () => {
    const { result } = await importFile(await publishedDroppedXlsx(), 'dropped');
    expect(result?.ok).toBe(true);
    expect(result?.title).toBe(droppedTitle);
    expect(result?.documentNumber).toBe(droppedDocument);
    expect(result?.headerRows).toEqual({ first: 3, last: 4 });
    const entries = result!.entries;
    expect(entries.map((entry) => entry.name)).toEqual([
      '收入证明',
      '家庭（个人）遭遇困难证明',
      '财产状况证明',
      '亲属关系证明',
      '终止或者解除劳动合同的证明',
      '未就业证明',
    ]);
    // The two 设定依据 rows under one merged 序号/名称 are one entry with both bases.
    expect(entries[0]!.basis).toBe('《社会救助暂行办法》\n《最低生活保障审核确认办法》');
    expect(entries[0]).toMatchObject({
      requestingUnit: '县级民政部门',
      issuer: '村（居）民委员会、用人单位',
      level: 'county',
      replacementText: '申请人提供收入情况声明',
      method: 'otherMaterial',
    });
    expect(entries[3]).toMatchObject({ method: 'commitment', verificationMethod: 'interDepartment' });
    expect(entries[3]!.extra).toEqual({ 备注: '2019年12月1日起执行' });
    expect(entries[4]!.method).toBe('dataSharing');
    expect(entries[5]!.method).toBe('unclassified');
  });

  it('reads CSV in GB18030, UTF-8 and UTF-8 with BOM alike', async () => {
    for (const bytes of [keptCsvGb18030(), keptCsvUtf8(false), keptCsvUtf8(true)]) {
      const { result } = await importFile(bytes, 'kept', '保留清单.csv');
      expect(result?.ok).toBe(true);
      expect(result?.entries.map((entry) => entry.name)).toEqual(keptRows.map((row) => row[1]));
      expect(result?.entries[0]!.keptReason).toBe('涉及医学专业判断，无法通过承诺替代');
    }
  });

  it('names the bad rows of a CSV', async () => {
    const { result } = await importFile(badRowsCsv(), 'dropped', 'bad.csv');
    expect(result?.ok).toBe(false);
    expect(result?.problems.filter((p) => p.severity === 'error').map((p) => describeProblem(p, zh))).toEqual(
      ['第 2 行「证明名称」列（B 列）：证明名称为空', '第 5 行「序号」列（A 列）：序号“2”与第 3 行重复'],
    );
  });

  it('says what is wrong with a file that is not a list', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n\u0000binary');
    expect((await importFile(pdf, 'kept')).problem).toContain('不是表格文件');
    expect((await importFile(new Uint8Array(), 'kept')).problem).toBe('文件是空的，没有任何内容');
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await importFile(xls, 'kept')).problem).toContain('旧版 Excel');
    const huge = new Uint8Array(20 * 1024 * 1024).fill(0x41);
    expect((await importFile(huge, 'kept')).problem).toBe(
      '文件过大（20.0 MB），超过 10.0 MB 上限。请确认选择的是证明事项清单表格',
    );
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect((await importFile(broken, 'kept')).problem).toContain('文件无法读取');
  });

  it('exports a version back to XLSX and CSV with the same headers, and the export imports to the same entries', async () => {
    const { result } = await importFile(await publishedDroppedXlsx(), 'dropped');
    const stored = asStored('dropped', result!.entries);
    const rows = exportRows(
      { title: droppedTitle, documentNumber: droppedDocument, kind: 'dropped' },
      stored,
    );
    expect(rows[1]!.slice(0, 3)).toEqual(['序号', '证明名称', '证明用途']);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('取消清单').addRows(rows);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const csv = new TextEncoder().encode(toCsv(rows));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    for (const [bytes, name] of [
      [xlsx, 'export.xlsx'],
      [csv, 'export.csv'],
    ] as const) {
      const again = await importFile(bytes, 'dropped', name);
      expect(again.result?.ok).toBe(true);
      expect(again.result?.documentNumber).toBe(droppedDocument);
      expect(asStored('dropped', again.result!.entries)).toEqual(stored);
    }
  });

  it('imports a 5,000-entry XLSX', async () => {
    const { result } = await importFile(await largeDroppedXlsx(5000), 'dropped');
    expect(result?.ok).toBe(true);
    expect(result?.entries).toHaveLength(5000);
    expect(new Set(result!.entries.map((entry) => entry.method))).not.toContain('unclassified');
  });
});
