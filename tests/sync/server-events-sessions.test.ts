import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disableStaff } from '../../server/admin';
import { revokeSessions } from '../../server/auth/sessions';
import { openDatabase } from '../../server/db/open';
import { announceSessionChanges } from '../../server/live/hub';
import { testBackends } from '../../server/testing/testDatabase';
import { startSecondProcess, startTestServer, type TestServer } from '../../server/testing/testServer';
import { openTestStream, sleep, type TestStream } from './eventStreamClient';
import { login, postJson } from './serverClient';

const hallScope = 'hallId=hall-JN-RS-ZWDT&reach=hall&windowDays=90';

/** Resolves true when the server ends the stream within `ms`. */
const endsWithin = (stream: TestStream, ms: number) =>
  Promise.race([stream.ended.then(() => true), sleep(ms).then(() => false)]);

/**
 * An open live-update stream keeps the audience it was opened with, so its session is checked again
 * (docs/sync.md, "Live updates"): a signed-out token, a revoked session, a disabled account or changed
 * roles end the stream — at once when a process says so, else by the next periodic check.
 */
describe.each(testBackends())('live-update streams follow their session on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { streamRecheckMs: 400 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('signing out ends that token’s stream at once; the account’s other desk keeps its own', async () => {
    const leaving = await login(server.api, 'rs-staff', 'desk-sessions-a');
    const staying = await login(server.api, 'rs-staff', 'desk-sessions-b');
    const mine = await openTestStream(server.api, leaving, hallScope);
    const theirs = await openTestStream(server.api, staying, hallScope);
    await mine.waitFor('ready');
    await theirs.waitFor('ready');
    expect((await postJson(`${server.api}/auth/logout`, {}, leaving)).status).toBe(200);
    expect(await endsWithin(mine, 3_000)).toBe(true);
    expect(await endsWithin(theirs, 1_000)).toBe(false);
    // The desk's reconnect is refused like any request with that token.
    expect((await openTestStream(server.api, leaving, hallScope)).status).toBe(401);
    theirs.close();
  });

  it('a session revoked or an account disabled behind the server’s back ends its streams by the next check', async () => {
    const revoked = await login(server.api, 'rs-staff2', 'desk-sessions-revoked');
    const disabled = await login(server.api, 'mz-staff', 'desk-sessions-disabled');
    const first = await openTestStream(server.api, revoked, hallScope);
    const second = await openTestStream(server.api, disabled);
    await first.waitFor('ready');
    await second.waitFor('ready');
    // Straight in the database, with nobody telling the hub: only the periodic check can see it.
    await revokeSessions(server.database, 'rs-staff2');
    await disableStaff(server.database, 'mz-staff');
    expect(await endsWithin(first, 5_000)).toBe(true);
    expect(await endsWithin(second, 5_000)).toBe(true);
    for (let i = 0; i < 50 && server.liveStreams() > 0; i += 1) await sleep(20);
    expect(server.liveStreams()).toBe(0);
  });

  it('changed roles end the stream, so the reopened one is checked against the new roles', async () => {
    const token = await login(server.api, 'rs-leader', 'desk-sessions-roles');
    const opened = await openTestStream(server.api, token, hallScope);
    await opened.waitFor('ready');
    await server.database.query(`UPDATE staff SET roles = '["staff"]' WHERE username = 'rs-leader'`);
    expect(await endsWithin(opened, 5_000)).toBe(true);
    const again = await openTestStream(server.api, token, hallScope);
    expect(again.status).toBe(200);
    again.close();
  });
});

// An operator's revoke-sessions runs in its own process: its notice ends the stream on every server
// process at once — the periodic check is set to an hour here, so only the notice can do it.
describe.runIf(testBackends().includes('postgres'))('revoked sessions across server processes', () => {
  it('revoke-sessions beside two processes ends the account’s streams on both within seconds', async () => {
    const first = await startTestServer('postgres', { streamRecheckMs: 3_600_000 });
    const second = await startSecondProcess(first, { streamRecheckMs: 3_600_000 });
    const operator = await openDatabase({
      databaseUrl: process.env.DATABASE_URL!,
      searchPath: first.schema!,
    });
    try {
      const secondApi = second.api;
      const a = await openTestStream(first.api, await login(first.api, 'rs-staff', 'desk-x-a'), hallScope);
      const b = await openTestStream(secondApi, await login(secondApi, 'rs-staff', 'desk-x-b'), hallScope);
      const other = await openTestStream(
        secondApi,
        await login(secondApi, 'rs-staff2', 'desk-x-c'),
        hallScope,
      );
      await Promise.all([a.waitFor('ready'), b.waitFor('ready'), other.waitFor('ready')]);
      // What `npm run server -- revoke-sessions --user rs-staff` does.
      await revokeSessions(operator, 'rs-staff');
      await announceSessionChanges(operator);
      expect(await endsWithin(a, 5_000)).toBe(true);
      expect(await endsWithin(b, 5_000)).toBe(true);
      expect(await endsWithin(other, 1_000)).toBe(false);
      other.close();
    } finally {
      await operator.close();
      await second.close();
      await first.close();
    }
  }, 60_000);
});
