import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runServerCli } from './serverProcesses';

const dataDir = mkdtempSync(join(tmpdir(), 'oncedesk-cli-'));

/** The operator interface: real processes, exit codes and messages, embedded database. */
const cli = (...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, ONCEDESK_DATA: dataDir };
  delete env.DATABASE_URL;
  return runServerCli(args, env);
};

describe('server command line', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds departments and staff, and refuses mistakes with a message and a non-zero exit', async () => {
    expect(await cli('add-department', '--code', 'JN-YB', '--name', '济宁市医疗保障局')).toMatchObject({
      code: 0,
    });
    const duplicate = await cli('add-department', '--code', 'JN-YB', '--name', '又一个');
    expect(duplicate.code).not.toBe(0);
    expect(duplicate.output).toMatch(/exists already/);

    const staff = ['--username', 'yb-staff', '--password', 'password-1', '--name', '王芳', '--role', 'staff'];
    expect(await cli('add-staff', ...staff, '--department', 'JN-YB')).toMatchObject({ code: 0 });
    const again = await cli('add-staff', ...staff, '--department', 'JN-YB');
    expect(again.code).not.toBe(0);
    expect(again.output).toMatch(/exists already/);
    const unknown = await cli('add-staff', ...staff.slice(0, 7), 'boss', '--department', 'NOPE');
    expect(unknown.code).not.toBe(0);
    expect(unknown.output).toMatch(/Role "boss"/);
    const missing = await cli('add-staff', '--username', 'x');
    expect(missing.code).not.toBe(0);
    expect(missing.output).toMatch(/Missing --password/);
  }, 120_000);

  it('adds halls and windows, and refuses unknown, duplicate and malformed ones', async () => {
    expect(await cli('add-department', '--code', 'JN-TJ', '--name', '济宁市统计局')).toMatchObject({
      code: 0,
    });
    const hall = ['--code', 'JN-TJ-DT', '--name', '统计服务大厅', '--address', '济宁市任城区'];
    const added = await cli('add-hall', '--department', 'JN-TJ', ...hall);
    expect(added).toMatchObject({ code: 0 });
    expect(added.output).toMatch(/hall-JN-TJ-DT/);
    const duplicate = await cli('add-hall', '--department', 'JN-TJ', ...hall);
    expect(duplicate.code).not.toBe(0);
    expect(duplicate.output).toMatch(/exists already/);
    const unknownDepartment = await cli('add-hall', '--department', 'NOPE', '--code', 'X', '--name', 'x');
    expect(unknownDepartment.code).not.toBe(0);
    expect(unknownDepartment.output).toMatch(/Unknown department code "NOPE"/);

    const window = await cli('add-window', '--hall', 'JN-TJ-DT', '--number', '2', '--label', '数据申报');
    expect(window).toMatchObject({ code: 0 });
    expect(window.output).toMatch(/win-JN-TJ-DT-02/);
    const again = await cli('add-window', '--hall', 'JN-TJ-DT', '--number', '2');
    expect(again.code).not.toBe(0);
    expect(again.output).toMatch(/exists already/);
    const unknownHall = await cli('add-window', '--hall', 'NOPE', '--number', '1');
    expect(unknownHall.code).not.toBe(0);
    expect(unknownHall.output).toMatch(/Unknown hall code "NOPE"/);
    const badNumber = await cli('add-window', '--hall', 'JN-TJ-DT', '--number', 'two');
    expect(badNumber.code).not.toBe(0);
    expect(badNumber.output).toMatch(/from 1 to 999/);
    const missing = await cli('add-window', '--hall', 'JN-TJ-DT');
    expect(missing.code).not.toBe(0);
    expect(missing.output).toMatch(/Missing --number/);
  }, 120_000);
});
