import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { healthResponseSchema, pullResponseSchema, pushResponseSchema } from '../../shared/sync/contract';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { readEpoch, rotateEpoch } from '../../server/sync/epoch';
import { call, caseFields, hrss, login, mutation, postJson } from './serverClient';

/** The server's epoch (docs/sync.md, "Epoch"): in every answer, changed by a restore, checked on request. */
describe.each(testBackends())('server epoch on %s', (backend) => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    token = await login(server.api, 'rs-staff', 'desk-epoch');
  });
  afterAll(() => server.close());

  const pushWith = (clientId: string, mutations: unknown[], epoch?: string) =>
    postJson<Record<string, unknown>>(
      `${server.api}/sync/push`,
      { clientId, schemaVersion: 1, mutations, ...(epoch === undefined ? {} : { epoch }) },
      token,
    );
  const pullWith = (since: number, epoch?: string, clientId?: string) =>
    call<Record<string, unknown>>(
      `${server.api}/sync/pull?since=${since}&limit=5${epoch === undefined ? '' : `&epoch=${epoch}`}${clientId === undefined ? '' : `&clientId=${clientId}`}`,
      { headers: { authorization: `Bearer ${token}` } },
    );

  it('sends the same epoch on health, push and pull, and accepts requests that name it', async () => {
    const { epoch } = await readEpoch(server.database);
    const health = healthResponseSchema.parse((await call(`${server.api}/health`)).body);
    expect(health.epoch).toBe(epoch);
    const client = `client-${randomUUID()}`;
    const pushed = await pushWith(client, [mutation(1, 'cases', randomUUID(), caseFields(hrss))], epoch);
    expect(pushResponseSchema.parse(pushed.body).epoch).toBe(epoch);
    const page = pullResponseSchema.parse((await pullWith(0, epoch)).body);
    expect(page.epoch).toBe(epoch);
  });

  it('after a restore, refuses a push or pull naming the old epoch, counting nothing', async () => {
    const client = `client-${randomUUID()}`;
    const before = await readEpoch(server.database);
    await pushWith(client, [mutation(1, 'cases', randomUUID(), caseFields(hrss))], before.epoch);
    const counter = await server.database.query<{ value: unknown }>(
      'SELECT value FROM version_counter WHERE id = 1',
    );
    const after = await rotateEpoch(server.database);
    expect(after.epoch).not.toBe(before.epoch);
    expect(after.baseVersion).toBe(Number(counter.rows[0]!.value));

    const refused = await pushWith(
      client,
      [mutation(2, 'cases', randomUUID(), caseFields(hrss))],
      before.epoch,
    );
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: 'epoch_changed',
      epoch: after.epoch,
      epochBaseVersion: after.baseVersion,
      lastSeq: 1,
    });
    const pulled = await pullWith(0, before.epoch);
    expect(pulled.status).toBe(409);
    expect(pulled.body).toMatchObject({ error: 'epoch_changed', epoch: after.epoch });
    expect(pulled.body).not.toHaveProperty('lastSeq');
    // A desk with nothing to push hears of the restore on its pull: that answer says where its seqs
    // stand too, or it would go on from a seq counted only before the restore.
    const pulledAsDesk = await pullWith(0, before.epoch, client);
    expect(pulledAsDesk.status).toBe(409);
    expect(pulledAsDesk.body).toMatchObject({ error: 'epoch_changed', epoch: after.epoch, lastSeq: 1 });

    // Nothing was counted: seq 2 is still free under the new epoch, and a desk that names none
    // (an older build) is served as before.
    const accepted = await pushWith(
      client,
      [mutation(2, 'cases', randomUUID(), caseFields(hrss))],
      after.epoch,
    );
    expect(pushResponseSchema.parse(accepted.body)).toMatchObject({ lastSeq: 2, epoch: after.epoch });
    expect((await pullWith(0)).status).toBe(200);
  });
});
