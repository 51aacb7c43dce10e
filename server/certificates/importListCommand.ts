import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeProblem } from '../../shared/certificates/describeProblem';
import { maxFileBytes } from '../../shared/certificates/fileFormat';
import { importList, type ParsedEntry } from '../../shared/certificates/importList';
import { readListFile } from '../../shared/certificates/readListFile';
import {
  certificateEntryIdSchema,
  certificateListIdSchema,
  listKindSchema,
  type CertificateListFields,
  type ListKind,
} from '../../shared/certificates/model';
import { draftRows, seriesIdOf } from '../../shared/certificates/versions';
import { formatMessage } from '../../shared/i18n/define';
import { messages, type MessageKey } from '../../shared/i18n/messages';
import { departmentIdSchema } from '../../shared/ids';
import { AdminError } from '../admin';
import type { Database } from '../db/types';
import { insertNewRows } from '../sync/seedRows';
import { nodeListFileReaders } from './listFileReaders';

export type ImportListArgs = {
  department: string;
  kind: string;
  file: string;
  title?: string;
  /** Rows the operator leaves out after reading their errors (same as 跳过这些行 at the desk). */
  skipRows: readonly number[];
  dryRun: boolean;
};

export type CommandOutput = { out: (line: string) => void; err: (line: string) => void };

/** Operators read Chinese; the command's problems are the same sentences the desk shows. */
const zh = (key: MessageKey, params?: Record<string, string | number>) =>
  formatMessage(messages['zh-CN'][key], params);

const parsedOrThrow = (args: ImportListArgs): { kind: ListKind; cityWide: boolean } => {
  const kind = listKindSchema.safeParse(args.kind);
  if (!kind.success)
    throw new AdminError(`--kind 应为 kept（保留清单）或 dropped（取消清单），而不是 “${args.kind}”。`);
  return { kind: kind.data, cityWide: args.department === 'city' };
};

/**
 * `import-list`: reads a published list with the same importer as the desk. A dry run stores
 * nothing: each parsed entry goes to stdout as one JSON object per line (for scripts and for a
 * human to diff), the problems in Chinese to stderr, exit code 1 on errors. A real run adds the rows
 * as a new DRAFT version of the department's (or the city's) list in one transaction — a supervisor
 * still reviews and publishes it at a desk — and refuses a file with any error.
 */
export const importListCommand = async (
  args: ImportListArgs,
  openDb: () => Promise<{ db: Database; close: () => Promise<void> }>,
  io: CommandOutput,
  now: Date,
): Promise<number> => {
  const { kind, cityWide } = parsedOrThrow(args);
  const size = await stat(args.file).then(
    (info) => info.size,
    () => {
      throw new AdminError(`找不到文件 ${args.file}。`);
    },
  );
  if (size > maxFileBytes) {
    io.err(
      describeProblem({ code: 'tooLarge', severity: 'error', limit: maxFileBytes, value: String(size) }, zh),
    );
    return 1;
  }
  const bytes = new Uint8Array(await readFile(args.file));
  const read = await readListFile(bytes, basename(args.file), nodeListFileReaders);
  if ('problem' in read) {
    io.err(`${args.file}：${describeProblem(read.problem, zh)}`);
    return 1;
  }
  const result = importList(read.sheets, { kind, skipRows: new Set(args.skipRows) });
  for (const problem of result.problems)
    io.err(`${problem.severity === 'error' ? '错误' : '提示'} ${describeProblem(problem, zh)}`);
  if (args.dryRun) {
    for (const entry of result.entries) io.out(JSON.stringify(entry));
    io.err(
      result.ok
        ? `试导入：共 ${result.entries.length} 条，未保存任何内容。`
        : `试导入：发现错误，正式导入将被拒绝；未保存任何内容。`,
    );
    return result.ok ? 0 : 1;
  }
  if (!result.ok) {
    io.err('文件有错误，未导入任何内容。请修改文件后重新导入。');
    return 1;
  }
  const title = args.title ?? result.title ?? basename(args.file);
  const { db, close } = await openDb();
  try {
    const stored = await db.transaction(async (tx) => {
      let departmentId: CertificateListFields['departmentId'] = null;
      if (!cityWide) {
        const found = await tx.query<{ id: string }>('SELECT id FROM departments WHERE code = $1', [
          args.department,
        ]);
        if (!found.rows[0]) throw new AdminError(`没有编码为 “${args.department}” 的部门。`);
        departmentId = departmentIdSchema.parse(found.rows[0].id);
      }
      const series = await tx.query<{
        id: string;
        fields: { versionNumber: number; status: CertificateListFields['status'] };
      }>(
        `SELECT id, fields FROM rows WHERE table_name = 'certificateLists' AND fields->>'seriesId' = $1 AND NOT deleted`,
        [seriesIdOf(departmentId, kind)],
      );
      const current = series.rows.find((row) => row.fields.status === 'published');
      const published = current
        ? await tx.query<{ fields: { name: string; linkKey?: string } }>(
            `SELECT fields FROM rows WHERE table_name = 'certificateEntries' AND fields->>'listId' = $1 AND NOT deleted`,
            [current.id],
          )
        : { rows: [] };
      const listId = certificateListIdSchema.parse(randomUUID());
      const draft = draftRows({
        published: published.rows.map((row) => row.fields),
        listId,
        entryIds: result.entries.map(() => certificateEntryIdSchema.parse(randomUUID())),
        departmentId,
        kind,
        title,
        documentNumber: result.documentNumber ?? '',
        effectiveDate: null,
        source: `导入自 ${basename(args.file)}`,
        entries: result.entries.map(({ row: _row, ...entry }: ParsedEntry) => entry),
        series: series.rows.map((row) => ({
          id: certificateListIdSchema.parse(row.id),
          versionNumber: row.fields.versionNumber,
          status: row.fields.status,
        })),
      });
      const author = { name: 'import-list', clientId: 'server-import-list' };
      await insertNewRows(tx, 'certificateLists', [{ id: listId, fields: draft.list }], now, author);
      await insertNewRows(tx, 'certificateEntries', draft.entries, now, author);
      return draft.list;
    });
    io.out(
      `已导入为草稿：${stored.title}（第 ${stored.versionNumber} 版，${stored.entryCount} 条）。请主管在窗口台核对、分类后发布。`,
    );
    return 0;
  } finally {
    await close();
  }
};
