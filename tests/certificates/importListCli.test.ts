import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open';
import { badRowsCsv, keptCsvGb18030, publishedDroppedXlsx } from '../fixtures/certificateLists';

const dataDir = mkdtempSync(join(tmpdir(), 'oncedesk-import-list-'));
const filesDir = mkdtempSync(join(tmpdir(), 'oncedesk-list-files-'));

/** The operator command as operators run it: a real process, stdout/stderr and exit code apart. */
const cli = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ONCEDESK_DATA: dataDir };
    delete env.DATABASE_URL;
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/cli.ts', ...args],
      { env },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

const listRows = async () => {
  const db = await openDatabase({ dataDir });
  try {
    return (
      await db.query<{ table_name: string; fields: Record<string, unknown> }>(
        `SELECT table_name, fields FROM rows WHERE table_name LIKE 'certificate%' ORDER BY version`,
      )
    ).rows;
  } finally {
    await db.close();
  }
};

describe('npm run server -- import-list', () => {
  const dropped = join(filesDir, '取消清单.xlsx');
  const kept = join(filesDir, '保留清单.csv');
  const bad = join(filesDir, 'bad.csv');

  beforeAll(async () => {
    writeFileSync(dropped, await publishedDroppedXlsx());
    writeFileSync(kept, keptCsvGb18030());
    writeFileSync(bad, badRowsCsv());
    expect((await cli('seed-demo')).code).toBe(0);
  }, 120_000);
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('dry run: one JSON object per entry on stdout, problems in Chinese on stderr, nothing stored', async () => {
    const before = await listRows();
    const run = await cli(
      'import-list',
      '--department',
      'JN-MZ',
      '--kind',
      'dropped',
      '--file',
      dropped,
      '--dry-run',
    );
    expect(run.code).toBe(0);
    const entries = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { name: string; method: string; row: number });
    expect(entries).toHaveLength(6);
    expect(entries[0]).toMatchObject({ name: '收入证明', method: 'otherMaterial', row: 6 });
    expect(run.stderr).toContain(
      '第 12 行「取消后办理方式」列（J 列）：取消后的办理方式“按有关规定办理”无法自动归类',
    );
    expect(run.stderr).toContain('未保存任何内容');
    expect(await listRows()).toEqual(before);
  }, 60_000);

  it('dry run of a file with bad rows exits 1 and names each row and column', async () => {
    const run = await cli(
      'import-list',
      '--department',
      'city',
      '--kind',
      'dropped',
      '--file',
      bad,
      '--dry-run',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('错误 第 2 行「证明名称」列（B 列）：证明名称为空');
    expect(run.stderr).toContain('错误 第 5 行「序号」列（A 列）：序号“2”与第 3 行重复');
    expect(run.stdout.trim().split('\n')).toHaveLength(4);
  }, 60_000);

  it('a real run refuses a file with errors and stores nothing, unless the named rows are skipped', async () => {
    const before = await listRows();
    const refused = await cli('import-list', '--department', 'city', '--kind', 'dropped', '--file', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('未导入任何内容');
    expect(await listRows()).toEqual(before);
    const skipped = await cli(
      'import-list',
      '--department',
      'city',
      '--kind',
      'dropped',
      '--file',
      bad,
      '--skip-rows',
      '2,5',
    );
    expect(skipped.code).toBe(0);
    const cityLists = (await listRows()).filter(
      (row) => row.table_name === 'certificateLists' && row.fields.departmentId === null,
    );
    expect(cityLists.at(-1)!.fields).toMatchObject({ status: 'draft', entryCount: 2 });
  }, 60_000);

  it('imports a GB18030 CSV as a new draft version of the department list, and refuses bad arguments', async () => {
    const first = await cli('import-list', '--department', 'JN-RS', '--kind', 'kept', '--file', kept);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('已导入为草稿');
    const second = await cli(
      'import-list',
      '--department',
      'JN-RS',
      '--kind',
      'kept',
      '--file',
      kept,
      '--title',
      '第二版',
    );
    expect(second.code).toBe(0);
    const lists = (await listRows()).filter(
      (row) => row.table_name === 'certificateLists' && row.fields.seriesId === 'certlist-dept-JN-RS-kept',
    );
    const numbers = lists.map((row) => row.fields.versionNumber as number);
    expect(numbers.at(-1)).toBe(numbers.at(-2)! + 1);
    expect(lists.at(-1)!.fields).toMatchObject({ title: '第二版', status: 'draft', entryCount: 3 });
    expect(
      (await cli('import-list', '--department', 'NOPE', '--kind', 'kept', '--file', kept)).stderr,
    ).toContain('NOPE');
    expect((await cli('import-list', '--department', 'city', '--kind', 'both', '--file', kept)).code).toBe(1);
  }, 90_000);
});
