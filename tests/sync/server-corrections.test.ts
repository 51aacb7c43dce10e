import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { clerkCorrectionMinutes } from '../../shared/domain/outcomeCorrection';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { caseFields, hrss, login, mutation, push } from './serverClient';

/**
 * 更正办理结果 on the server: a finished case's outcome changes only through a correction kept on the
 * record — by the clerk who recorded it within the window, or by a leader with a reason. The server
 * runs the same rule as the desk, so a desk that lets a late correction through (an old build, a
 * hand-made push) is refused and the outcome stays as recorded.
 */
const wang = 'staff-JN-RS-001';
const zhang = 'staff-JN-RS-004';
const minutes = (count: number) => count * 60_000;

describe.each(testBackends())('outcome corrections on the server (%s)', (backend) => {
  let server: TestServer;
  let clerk: string;
  let colleague: string;
  let leader: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    clerk = await login(server.api, 'rs-staff', 'desk-correct-1');
    colleague = await login(server.api, 'rs-staff2', 'desk-correct-2');
    leader = await login(server.api, 'rs-leader', 'desk-correct-leader');
  });
  afterAll(() => server.close());

  const stored = async (id: string) => {
    const found = await server.database.query<{ fields: Record<string, unknown> }>(
      `SELECT fields FROM rows WHERE table_name = 'cases' AND id = $1`,
      [id],
    );
    return found.rows[0]?.fields;
  };

  /** Wang's case, finished `agoMinutes` ago as 转网上办理 (the slip of the keyboard). */
  const finishedCase = async (agoMinutes: number) => {
    const id = randomUUID();
    const finishedAt = new Date(server.clock.now().getTime() - minutes(agoMinutes)).toISOString();
    const reply = await push(server.api, clerk, `client-${randomUUID()}`, [
      mutation(
        1,
        'cases',
        id,
        caseFields(hrss, { status: 'movedOnline', finishedAt, receivedMaterialIds: ['sfz'] }),
      ),
    ]);
    expect(reply.body.results[0]).toMatchObject({ status: 'applied' });
    return { id, finishedAt, version: reply.body.results[0]!.version! };
  };

  const correction = (byId: string, byName: string, at: Date, reason = '') => ({
    at: at.toISOString(),
    byId,
    byName,
    from: 'movedOnline',
    to: 'transferred',
    reason,
  });
  const correcting = (entry: ReturnType<typeof correction>) => ({
    status: 'transferred',
    transferredTo: '市社会保险事业中心',
    corrections: [entry],
  });

  it('takes the clerk’s own correction within the window and keeps it on the record', async () => {
    const { id, version } = await finishedCase(5);
    const entry = correction(wang, '王晓燕', server.clock.now());
    const reply = await push(server.api, clerk, `client-${randomUUID()}`, [
      mutation(1, 'cases', id, correcting(entry), { baseVersion: version }),
    ]);
    expect(reply.body.results[0]).toMatchObject({ status: 'applied' });
    expect(await stored(id)).toMatchObject({ status: 'transferred', corrections: [entry] });
  });

  it(`refuses the clerk after ${clerkCorrectionMinutes} minutes, and a colleague at any time`, async () => {
    const late = await finishedCase(clerkCorrectionMinutes + 10);
    const byClerk = await push(server.api, clerk, `client-${randomUUID()}`, [
      mutation(1, 'cases', late.id, correcting(correction(wang, '王晓燕', server.clock.now())), {
        baseVersion: late.version,
      }),
    ]);
    expect(byClerk.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect(String(byClerk.body.results[0]!.reason)).toBe('forbidden');
    expect(await stored(late.id)).toMatchObject({ status: 'movedOnline' });
    expect((await stored(late.id))?.corrections).toBeUndefined();

    const fresh = await finishedCase(1);
    const byColleague = await push(server.api, colleague, `client-${randomUUID()}`, [
      mutation(
        1,
        'cases',
        fresh.id,
        correcting(correction('staff-JN-RS-002', '李振华', server.clock.now())),
        {
          baseVersion: fresh.version,
        },
      ),
    ]);
    expect(byColleague.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect(await stored(fresh.id)).toMatchObject({ status: 'movedOnline' });
  });

  it('refuses an outcome simply overwritten, and a correction back-dated into the window', async () => {
    const { id, version } = await finishedCase(60);
    const overwrite = await push(server.api, clerk, `client-${randomUUID()}`, [
      mutation(1, 'cases', id, { status: 'completedInOneVisit' }, { baseVersion: version }),
    ]);
    expect(overwrite.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    // The desk's clock is the window's clock, but a correction cannot be dated after the server's now.
    const future = new Date(server.clock.now().getTime() + minutes(20));
    const stretched = await push(server.api, clerk, `client-${randomUUID()}`, [
      mutation(1, 'cases', id, correcting(correction(wang, '王晓燕', future)), { baseVersion: version }),
    ]);
    expect(stretched.body.results[0]).toMatchObject({ status: 'rejected' });
    expect(await stored(id)).toMatchObject({ status: 'movedOnline' });
  });

  it('takes a leader’s correction later only with a reason, and never a rewrite of the record', async () => {
    const { id, version } = await finishedCase(240);
    const client = `client-${randomUUID()}`;
    const noReason = await push(server.api, leader, client, [
      mutation(1, 'cases', id, correcting(correction(zhang, '张志强', server.clock.now())), {
        baseVersion: version,
      }),
    ]);
    expect(noReason.body.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid_fields' });
    const entry = correction(zhang, '张志强', server.clock.now(), '申请人要求转至市社保中心办理，窗口误选');
    const withReason = await push(server.api, leader, client, [
      mutation(2, 'cases', id, correcting(entry), { baseVersion: version }),
    ]);
    expect(withReason.body.results[0], JSON.stringify(withReason.body)).toMatchObject({ status: 'applied' });
    expect(await stored(id)).toMatchObject({ status: 'transferred', corrections: [entry] });
    const rewrite = await push(server.api, leader, client, [
      mutation(
        3,
        'cases',
        id,
        { corrections: [{ ...entry, reason: '改写' }] },
        {
          baseVersion: withReason.body.results[0]!.version!,
        },
      ),
    ]);
    expect(rewrite.body.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid_fields' });
    expect(await stored(id)).toMatchObject({ corrections: [entry] });
  });
});
