import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeAudit, readAudit, auditRetentionDays } from '../../server/audit/auditLog';
import { createLogger } from '../../server/log/logger';
import { demoPassword } from '../../server/seedDemo';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { call, caseFields, hrss, login, mutation, postJson, pull, push } from './serverClient';

/** A resident ID number with a valid shape (GB 11643), as a clerk would type it. */
const idNumber = '370802198507121234';

describe.each(testBackends())('audit log and structured logs on %s', (backend) => {
  let server: TestServer;
  const lines: string[] = [];
  beforeAll(async () => {
    const logger = createLogger({ level: 'debug', destination: { write: (line) => lines.push(line) } });
    server = await startTestServer(backend, { logger });
  });
  afterAll(() => server.close());

  const audit = (user?: string) =>
    readAudit(server.database, { since: new Date('2026-01-01T00:00:00Z'), user });

  it('records sign-in success, failure and lock-out, found by username', async () => {
    await login(server.api, 'rs-staff');
    for (let i = 0; i < 6; i += 1)
      await postJson(`${server.api}/auth/login`, { username: 'mz-staff2', password: 'nope', deviceId: 'd' });
    expect((await audit('rs-staff')).map((entry) => entry.event)).toContain('login_succeeded');
    const failures = (await audit('mz-staff2')).map((entry) => entry.event);
    expect(failures.filter((event) => event === 'login_failed')).toHaveLength(5);
    expect(failures).toContain('login_locked');
    expect((await audit('mz-staff2'))[0]).toMatchObject({ ip: '127.0.0.1' });
  });

  it('records refused requests and forbidden or wrong-department mutations with the caller', async () => {
    expect((await pull(server.api, 'not-a-token')).status).toBe(401);
    const token = await login(server.api, 'rs-staff2');
    const reply = await push(server.api, token, `client-${randomUUID()}`, [
      mutation(1, 'items', 'item-by-a-clerk', { name: '改名' }),
      mutation(2, 'cases', randomUUID(), caseFields('dept-JN-MZ')),
      mutation(3, 'cases', randomUUID(), caseFields(hrss)),
    ]);
    expect(reply.status).toBe(200);
    const all = await audit();
    expect(all.find((entry) => entry.event === 'request_refused')).toMatchObject({
      ip: '127.0.0.1',
      detail: { method: 'GET', path: '/api/v1/sync/pull', kind: 'unauthenticated' },
    });
    const refused = (await audit('rs-staff2')).find((entry) => entry.event === 'mutation_refused');
    expect(refused).toMatchObject({
      staffId: 'staff-JN-RS-002',
      detail: { count: 2, seqs: [1, 2], reasons: ['forbidden', 'wrong_department'] },
    });
  });

  it('is append-only: no update, no delete, no purge of anything younger than 180 days', async () => {
    const before = (await audit()).length;
    await expect(server.database.query(`UPDATE audit_log SET event = 'x'`)).rejects.toThrow(/append-only/);
    await expect(server.database.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    // Even the purge with a retention below the floor keeps everything from the last 180 days.
    await purgeAudit(server.database, 1, new Date());
    expect((await audit()).length).toBe(before);
    expect(() => auditRetentionDays('179')).toThrow(/at least 180/);
    expect(auditRetentionDays('365')).toBe(365);
    expect(auditRetentionDays(undefined)).toBe(180);
  });

  it('logs one JSON line per request with a request id, and never a token, password or ID number', async () => {
    const token = await login(server.api, 'rs-leader');
    const ownId = randomUUID();
    const client = `client-${randomUUID()}`;
    await push(server.api, token, client, [
      mutation(1, 'cases', ownId, caseFields(hrss, { applicantIdNumber: idNumber })),
      // Malformed on purpose: the ID number sits in a field the server refuses.
      mutation(2, 'cases', randomUUID(), { applicantIdNumber: idNumber, password: demoPassword }),
    ]);
    await pull(server.api, token);
    // The token in a place it does not belong still stays out of the log.
    await call(`${server.api}/sync/pull?since=0&token=${token}`, {
      headers: { authorization: `Bearer ${token}x` },
    });
    const proxied = await call(`${server.api}/health`, { headers: { 'x-request-id': 'nginx-0123456789' } });
    expect(proxied.status).toBe(200);

    const text = lines.join('');
    expect(text).not.toContain(token);
    expect(text).not.toContain(demoPassword);
    expect(text).not.toContain(idNumber);
    const records = lines
      .flatMap((line) => line.trim().split('\n'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.length).toBeGreaterThan(10);
    for (const record of records) expect(record.requestId).toEqual(expect.any(String));
    const requests = records.filter((record) => record.msg === 'request');
    expect(requests.map((record) => record.path)).toContain('/api/v1/sync/push');
    expect(
      requests.find((record) => record.path === '/api/v1/health' && record.requestId === 'nginx-0123456789'),
    ).toBeDefined();
    // Each request has its own id.
    const ids = requests.map((record) => record.requestId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
