import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema } from '../../shared/sync/contract';
import { openingShift } from '../../shared/duty/builders';
import { departmentIdSchema, hallIdSchema, staffIdSchema } from '../../shared/ids';
import { isoDaySchema } from '../../shared/time';
import { demoPassword } from '../../server/seedDemo';
import { disableStaff } from '../../server/admin';
import { testBackends } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { caseFields, civilAffairs, hrss, mutation, postJson, push } from './serverClient';

/**
 * Issue 6, item 7: a mutation carries its author (who made the change at the desk). The server takes a
 * claimed author only if that person signed in on the pushing device (a proven one), checks the write
 * with the author's own roles, and records the change under the author's name — so after 换人 the
 * previous clerk's pending work goes up under the previous clerk's name, and nobody pushes work under
 * the name of someone who never sat at that desk.
 */
const wang = staffIdSchema.parse('staff-JN-RS-001'); // rs-staff, 王晓燕
const li = staffIdSchema.parse('staff-JN-RS-002'); // rs-staff2, 李振华
const kong = staffIdSchema.parse('staff-JN-RS-003'); // rs-staff3, 孔令娟
const zhang = staffIdSchema.parse('staff-JN-RS-004'); // rs-leader, 张志强
const meng = staffIdSchema.parse('staff-JN-MZ-001'); // mz-staff, 孟凡英

describe.each(testBackends())('the author of a mutation (%s)', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  /** A desk: one device, proven by the secret issued at its first sign-in. */
  const desk = () => {
    const deviceId = `desk-${randomUUID()}`;
    const clientId = `client-${randomUUID()}`;
    let secret: string | null | undefined = null;
    let seq = 0;
    return {
      clientId,
      signIn: async (username: string, options: { unproven?: boolean } = {}) => {
        const reply = await postJson(`${server.api}/auth/login`, {
          username,
          password: demoPassword,
          deviceId,
          ...(options.unproven ? {} : { deviceSecret: secret }),
        });
        expect(reply.status, JSON.stringify(reply.body)).toBe(200);
        const parsed = loginResponseSchema.parse(reply.body);
        if (parsed.deviceSecret) secret = parsed.deviceSecret;
        return parsed.token;
      },
      push: (token: string, mutations: Record<string, unknown>[]) =>
        push(
          server.api,
          token,
          clientId,
          mutations.map((m) => ({ ...m, seq: (seq += 1) })),
        ),
    };
  };

  const storedRow = async (id: string) =>
    (
      await server.database.query<{
        updated_by: string;
        field_versions: Record<string, { s: string; n: string }>;
      }>('SELECT updated_by, field_versions FROM rows WHERE id = $1', [id])
    ).rows[0];

  it('after 换人 the previous clerk’s work goes up under the previous clerk’s name', async () => {
    const counter = desk();
    await counter.signIn('rs-staff');
    const next = await counter.signIn('rs-staff2');
    const before = randomUUID();
    const after = randomUUID();
    const reply = await counter.push(next, [
      mutation(0, 'cases', before, caseFields(hrss, { staffId: wang }), { author: wang }),
      mutation(0, 'cases', after, caseFields(hrss, { staffId: li }), { author: li }),
    ]);
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    const first = await storedRow(before);
    expect(first?.updated_by).toBe(wang);
    expect(first?.field_versions.applicantName).toMatchObject({ s: wang, n: '王晓燕' });
    expect((await storedRow(after))?.updated_by).toBe(li);
  });

  it('refuses an author who never signed in on this desk, and a foreign account replaying a desk’s work', async () => {
    const counter = desk();
    const token = await counter.signIn('rs-staff');
    const elsewhere = desk();
    await elsewhere.signIn('rs-staff3');
    const id = randomUUID();
    const refused = await counter.push(token, [
      mutation(0, 'cases', id, caseFields(hrss, { staffId: kong }), { author: kong }),
    ]);
    expect(refused.body.results).toMatchObject([{ status: 'rejected', reason: 'forbidden' }]);
    expect(refused.body.results[0]?.message).toMatch(/\(rule authorNotSignedIn\)$/);
    expect(await storedRow(id)).toBeUndefined();

    // Another department's clerk on their own desk replays this desk's mutations, names and all.
    const foreign = desk();
    const foreignToken = await foreign.signIn('mz-staff');
    const replayed = await foreign.push(foreignToken, [
      mutation(0, 'cases', randomUUID(), caseFields(hrss, { staffId: wang }), { author: wang }),
    ]);
    expect(replayed.body.results).toMatchObject([{ status: 'rejected', reason: 'forbidden' }]);
    expect(replayed.body.results[0]?.message).toMatch(/\(rule authorNotSignedIn\)$/);
    // A clerk of the same department on another desk cannot either.
    const colleague = desk();
    const colleagueToken = await colleague.signIn('rs-staff2');
    const copied = await colleague.push(colleagueToken, [
      mutation(0, 'cases', randomUUID(), caseFields(hrss, { staffId: wang }), { author: wang }),
    ]);
    expect(copied.body.results).toMatchObject([{ status: 'rejected', reason: 'forbidden' }]);
  });

  it('checks the write with the author’s roles, not the pusher’s', async () => {
    const counter = desk();
    await counter.signIn('rs-leader');
    const clerk = await counter.signIn('rs-staff');
    const rs = departmentIdSchema.parse(hrss);
    const shift = openingShift({
      departmentId: rs,
      hallId: hallIdSchema.parse('hall-JN-RS-ZWDT'),
      day: isoDaySchema.parse('2026-11-28'),
      period: 'morning',
      leader: { id: zhang, name: '张志强' },
      staffOnDuty: [],
      now: new Date('2026-11-28T00:30:00.000Z'),
    });
    // The leader opened a shift, then handed the desk to a clerk before it synced: it goes up as the leader's.
    const opened = await counter.push(clerk, [
      mutation(0, 'shifts', shift.id, shift.fields, { author: zhang }),
    ]);
    expect(opened.body.results).toMatchObject([{ status: 'applied' }]);
    expect((await storedRow(shift.id))?.updated_by).toBe(zhang);
    // The other way round: a clerk's write does not gain a leader's role because a leader pushed it.
    const leader = await counter.signIn('rs-leader');
    const other = openingShift({
      departmentId: rs,
      hallId: hallIdSchema.parse('hall-JN-RS-ZWDT'),
      day: isoDaySchema.parse('2026-11-29'),
      period: 'morning',
      leader: { id: zhang, name: '张志强' },
      staffOnDuty: [],
      now: new Date('2026-11-29T00:30:00.000Z'),
    });
    const claimed = await counter.push(leader, [
      mutation(0, 'shifts', other.id, other.fields, { author: wang }),
    ]);
    expect(claimed.body.results).toMatchObject([{ status: 'rejected', reason: 'forbidden' }]);
  });

  it('refuses an author of another department, a disabled author, and any other author on an unproven device', async () => {
    const counter = desk();
    const rsToken = await counter.signIn('rs-staff');
    await counter.signIn('mz-staff');
    const foreignAuthor = await counter.push(rsToken, [
      mutation(0, 'cases', randomUUID(), caseFields(civilAffairs, { staffId: meng }), { author: meng }),
    ]);
    expect(foreignAuthor.body.results).toMatchObject([{ status: 'rejected', reason: 'forbidden' }]);

    const shared = desk();
    await shared.signIn('rs-staff3');
    const pusher = await shared.signIn('rs-staff');
    await disableStaff(server.database, 'rs-staff3');
    const disabled = await shared.push(pusher, [
      mutation(0, 'cases', randomUUID(), caseFields(hrss, { staffId: kong }), { author: kong }),
    ]);
    expect(disabled.body.results).toMatchObject([{ status: 'rejected', reason: 'forbidden' }]);

    // An older desk never proves its deviceId: a sign-in on it proves nobody sat there.
    const old = desk();
    await old.signIn('rs-leader2', { unproven: true });
    const oldToken = await old.signIn('rs-staff2', { unproven: true });
    const unproven = await old.push(oldToken, [
      mutation(0, 'cases', randomUUID(), caseFields(hrss), {
        author: staffIdSchema.parse('staff-JN-RS-005'),
      }),
    ]);
    expect(unproven.body.results).toMatchObject([{ status: 'rejected', reason: 'forbidden' }]);
    // Its own work without an author (what an older desk sends) is the pusher's, as before.
    const own = randomUUID();
    const plain = await old.push(oldToken, [mutation(0, 'cases', own, caseFields(hrss))]);
    expect(plain.body.results).toMatchObject([{ status: 'applied' }]);
    expect((await storedRow(own))?.updated_by).toBe(li);
    // And the pusher naming themself is always fine.
    const self = randomUUID();
    const named = await old.push(oldToken, [mutation(0, 'cases', self, caseFields(hrss), { author: li })]);
    expect(named.body.results).toMatchObject([{ status: 'applied' }]);
  });
});
