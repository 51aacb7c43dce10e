import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema } from '../../shared/sync/contract';
import { demoPassword } from '../../server/seedDemo';
import { disableStaff } from '../../server/admin';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { caseFields, hrss, mutation, postJson, pull, push } from './serverClient';

describe.each(testBackends())('device secrets, sign-out and disabled accounts on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  const signIn = (username: string, deviceId: string, deviceSecret?: string | null) =>
    postJson(`${server.api}/auth/login`, {
      username,
      password: demoPassword,
      deviceId,
      ...(deviceSecret === undefined ? {} : { deviceSecret }),
    });
  const lastSeq = async (clientId: string) =>
    Number(
      (
        await server.database.query<{ last_seq: unknown }>(
          'SELECT last_seq FROM clients WHERE client_id = $1',
          [clientId],
        )
      ).rows[0]?.last_seq ?? 0,
    );

  it('issues a secret at a desk’s first sign-in and refuses its deviceId to anyone without it', async () => {
    const deviceId = `desk-${randomUUID()}`;
    const first = await signIn('rs-staff', deviceId, null);
    expect(first.status).toBe(200);
    const { token, deviceSecret } = loginResponseSchema.parse(first.body);
    expect(deviceSecret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const clientId = `client-${randomUUID()}`;
    expect(
      (await push(server.api, token, clientId, [mutation(1, 'cases', randomUUID(), caseFields(hrss))]))
        .status,
    ).toBe(200);

    // The same clerk again, with the secret: fine, and no new secret.
    const again = await signIn('rs-staff2', deviceId, deviceSecret);
    expect(again.status).toBe(200);
    expect(loginResponseSchema.parse(again.body).deviceSecret).toBeUndefined();

    // An insider of another department who learned the deviceId and clientId: no secret, a wrong one,
    // or asking for a new one — refused, and the desk's lastSeq does not move.
    for (const claim of [undefined, null, 'guessed-secret-guessed-secret-guessed-secret']) {
      const stolen = await signIn('mz-staff', deviceId, claim);
      expect(stolen.status).toBe(403);
      expect(stolen.body).toMatchObject({ error: 'device_not_recognized' });
    }
    const ownDesk = loginResponseSchema.parse(
      (await signIn('mz-staff', `desk-${randomUUID()}`, null)).body,
    ).token;
    const replay = await push(server.api, ownDesk, clientId, [
      mutation(2, 'cases', randomUUID(), caseFields(hrss)),
    ]);
    expect(replay.status).toBe(403);
    expect((await pull(server.api, ownDesk, 0, 10, clientId)).status).toBe(403);
    expect(await lastSeq(clientId)).toBe(1);
  });

  it('signs out: the token stops working at once', async () => {
    const { token } = loginResponseSchema.parse(
      (await signIn('rs-staff', `desk-${randomUUID()}`, null)).body,
    );
    expect((await pull(server.api, token)).status).toBe(200);
    const out = await postJson(`${server.api}/auth/logout`, {}, token);
    expect(out.status).toBe(200);
    expect((await pull(server.api, token)).status).toBe(401);
    expect((await postJson(`${server.api}/auth/logout`, {}, token)).status).toBe(401);
  });

  it('a disabled account loses its sessions and cannot sign in; the answer says it is disabled', async () => {
    const deviceId = `desk-${randomUUID()}`;
    const { token, deviceSecret } = loginResponseSchema.parse(
      (await signIn('rs-leader2', deviceId, null)).body,
    );
    await disableStaff(server.database, 'rs-leader2');
    expect((await pull(server.api, token)).status).toBe(401);
    const refused = await signIn('rs-leader2', deviceId, deviceSecret);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'account_disabled' });
    // A wrong password still gets the ordinary 401: being disabled is told only to the right password.
    const wrong = await postJson(`${server.api}/auth/login`, {
      username: 'rs-leader2',
      password: 'nope',
      deviceId,
    });
    expect(wrong.status).toBe(401);
  });
});

describe('disable-staff on the command line', () => {
  it('refuses an unknown username with a message and a non-zero exit', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oncedesk-disable-'));
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      const env: NodeJS.ProcessEnv = { ...process.env, ONCEDESK_DATA: dataDir };
      delete env.DATABASE_URL;
      execFile(
        process.execPath,
        ['--import', 'tsx', 'server/cli.ts', 'disable-staff', '--username', 'nobody-here'],
        { env },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    rmSync(dataDir, { recursive: true, force: true });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/Unknown username "nobody-here"/);
  }, 60_000);
});
