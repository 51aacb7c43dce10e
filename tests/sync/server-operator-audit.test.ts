import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keptCsvGb18030 } from '../fixtures/certificateLists';
import { runServerCli } from './serverProcesses';

/**
 * Every operator command that changes something, or reads the security log, leaves an
 * `operator_command` entry (issue #9, item 5): real processes on the embedded store, read back with
 * `audit`. A dry run opens no database and stores nothing, so it records nothing either.
 */
const root = mkdtempSync(join(tmpdir(), 'oncedesk-operator-audit-'));
const dataDir = join(root, 'data');

afterAll(() => rmSync(root, { recursive: true, force: true }));

const cli = (...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, ONCEDESK_DATA: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  return runServerCli(args, env);
};

const commandsIn = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.includes('operator_command'))
    .map((line) => /"command":"([^"]+)"/.exec(line)?.[1]);

describe('operator commands in the audit log', () => {
  it('records disable-staff, import-list and reading the audit log, with their flags and no password', async () => {
    const list = join(root, '保留清单.csv');
    writeFileSync(list, keptCsvGb18030());
    const since = new Date(Date.now() - 60_000).toISOString();
    for (const args of [
      ['add-department', '--code', 'AUD', '--name', '审计测试局'],
      [
        'add-staff',
        '--username',
        'aud-clerk',
        '--password',
        'secret-pass-1',
        '--name',
        '审计',
        '--role',
        'staff',
        '--department',
        'AUD',
      ],
      ['disable-staff', '--username', 'aud-clerk'],
      ['import-list', '--department', 'AUD', '--kind', 'kept', '--file', list, '--dry-run'],
      ['import-list', '--department', 'AUD', '--kind', 'kept', '--file', list],
    ]) {
      const run = await cli(...args);
      expect(run.code, `${args[0]}: ${run.output}`).toBe(0);
    }
    const first = await cli('audit', '--since', since);
    expect(first.code, first.output).toBe(0);
    // The dry run is not there: it opened no database and changed nothing.
    expect(commandsIn(first.output)).toEqual(['add-department', 'add-staff', 'disable-staff', 'import-list']);
    expect(first.output).not.toContain('secret-pass-1');
    expect(first.output).toMatch(/token_revoked .*aud-clerk.*"by":"operator"/);
    // jsonb keeps its own key order: each flag is looked for on the import's line.
    const imported = first.output.split('\n').find((line) => line.includes('"command":"import-list"'))!;
    for (const part of ['"department":"AUD"', '"kind":"kept"', '保留清单.csv'])
      expect(imported).toContain(part);
    // Reading the log is recorded too: the next read shows the first one.
    const second = await cli('audit', '--since', since, '--user', 'nobody-in-particular');
    expect(second.code).toBe(0);
    const third = await cli('audit', '--since', since);
    expect(commandsIn(third.output).filter((command) => command === 'audit')).toHaveLength(2);
  }, 300_000);
});
