import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { lockVersionCounter } from '../../server/sync/writeLocks';
import type { Queryable } from '../../server/db/types';
import { testBackends, type Backend } from '../../server/testing/testDatabase';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { caseFields, hrss, login, mutation, push } from './serverClient';

/** A test server with two rs-staff desks signed in, for the describe block that calls it. */
const twoDesks = (backend: Backend) => {
  const desks = {} as { server: TestServer; first: string; other: string };
  beforeAll(async () => {
    desks.server = await startTestServer(backend);
    desks.first = await login(desks.server.api, 'rs-staff', `desk-versions-${randomUUID()}`);
    desks.other = await login(desks.server.api, 'rs-staff2', `desk-versions-${randomUUID()}`);
  });
  afterAll(() => desks.server.close());
  return desks;
};

/**
 * A push takes its real versions either in the statement that writes its rows (a small push) or just
 * before it (a bigger one, server/sync/pushWrite.ts `mappedInStatementUpTo`). Both must store exactly the
 * versions they answer, in the rows, their field stamps and the conflicts, and neither may hand out
 * versions under an epoch that a restore ended while it waited for the counter.
 */
describe.each(testBackends())('push versions on %s', (backend) => {
  const desks = twoDesks(backend);

  const counter = async () =>
    Number(
      (
        await desks.server.database.query<{ value: unknown }>(
          'SELECT value FROM version_counter WHERE id = 1',
        )
      ).rows[0]!.value,
    );

  // 3 rows and 3 conflicts are written by one statement; 20 and 20 take the counter first.
  it.each([3, 20])(
    'stores the versions it answers, in rows, field stamps and conflicts (%i rows)',
    async (size) => {
      const ids = Array.from({ length: size }, () => randomUUID());
      const clientA = `client-${randomUUID()}`;
      const created = await push(
        desks.server.api,
        desks.first,
        clientA,
        ids.map((id, i) => mutation(i + 1, 'cases', id, { ...caseFields(hrss), outcomeNote: 'A' })),
      );
      const createdVersions = created.body.results.map((result) => result.version!);
      expect(createdVersions).toEqual(createdVersions.map((_, i) => createdVersions[0]! + i));
      expect(await counter()).toBe(createdVersions.at(-1));

      // Another desk overwrites the same field from an older base: one conflict per row.
      const updated = await push(
        desks.server.api,
        desks.other,
        `client-${randomUUID()}`,
        ids.map((id, i) => mutation(i + 1, 'cases', id, { outcomeNote: 'B' }, { baseVersion: 0 })),
      );
      const updatedVersions = updated.body.results.map((result) => result.version!);
      expect(updated.body.results.every((result) => result.conflicts?.length === 1)).toBe(true);
      expect(updatedVersions[0]).toBeGreaterThan(createdVersions.at(-1)!);
      expect(updatedVersions).toEqual(updatedVersions.map((_, i) => updatedVersions[0]! + i));
      expect(await counter()).toBe(updatedVersions.at(-1));

      const rows = await desks.server.database.query<{
        id: string;
        version: unknown;
        field_versions: unknown;
      }>('SELECT id, version, field_versions FROM rows WHERE table_name = $1 AND id = ANY($2::text[])', [
        'cases',
        ids,
      ]);
      const conflicts = await desks.server.database.query<{
        row_id: string;
        version: unknown;
        their_version: unknown;
      }>('SELECT row_id, version, their_version FROM conflicts WHERE row_id = ANY($1::text[])', [ids]);
      expect(rows.rows).toHaveLength(size);
      expect(conflicts.rows).toHaveLength(size);
      ids.forEach((id, i) => {
        const row = rows.rows.find((r) => r.id === id)!;
        expect(Number(row.version)).toBe(updatedVersions[i]);
        const stamps = (
          typeof row.field_versions === 'string' ? JSON.parse(row.field_versions) : row.field_versions
        ) as Record<string, { v: number }>;
        expect(stamps.outcomeNote!.v).toBe(updatedVersions[i]);
        // The fields only A wrote keep A's stamp.
        expect(stamps.applicantName!.v).toBe(createdVersions[i]);
        const conflict = conflicts.rows.find((c) => c.row_id === id)!;
        expect(Number(conflict.version)).toBe(updatedVersions[i]);
        expect(Number(conflict.their_version)).toBe(createdVersions[i]);
      });
    },
  );
});

// Two connections at once: PostgreSQL only (PGlite has one, and a restore there stops the server).
describe.each(testBackends().filter((backend) => backend === 'postgres'))(
  'pushes waiting for the version counter on %s',
  (backend) => {
    const desks = twoDesks(backend);

    it.each([3, 20])(
      'refuses a push that waited while a restore began a new epoch, counting nothing (%i rows)',
      async (size) => {
        const client = `client-${randomUUID()}`;
        const first = await push(desks.server.api, desks.first, client, [
          mutation(1, 'cases', randomUUID(), caseFields(hrss)),
        ]);
        const { epoch } = first.body;
        // rotateEpoch's own steps, held open between them: the counter locked, then the new epoch.
        const restore = await holdCounter(desks.server, async (tx) => {
          await tx.query('UPDATE server_epoch SET epoch = gen_random_uuid()::text WHERE id = 1');
        });
        const waiting = push(
          desks.server.api,
          desks.first,
          client,
          Array.from({ length: size }, (_, i) => mutation(i + 2, 'cases', randomUUID(), caseFields(hrss))),
        );
        // The push reads its client and rows, then waits for the counter.
        await waitUntilBlockedBy(desks.server, restore.holder);
        await restore.release();
        const refused = await waiting;
        expect(refused.status).toBe(409);
        expect(refused.body).toMatchObject({ error: 'epoch_changed', lastSeq: 1 });
        expect(JSON.stringify(refused.body)).not.toContain(epoch);
        const again = await push(desks.server.api, desks.first, client, [
          mutation(2, 'cases', randomUUID(), caseFields(hrss)),
        ]);
        expect(again.body.lastSeq).toBe(2);
      },
    );

    it.each([3, 20])(
      'runs again a push whose new rows another push created while both waited, losing neither (%i rows)',
      async (size) => {
        const ids = Array.from({ length: size }, () => randomUUID());
        const create = (token: string, note: string) =>
          push(
            desks.server.api,
            token,
            `client-${randomUUID()}`,
            ids.map((id, i) => mutation(i + 1, 'cases', id, { ...caseFields(hrss), outcomeNote: note })),
          );
        // Both read the rows as missing, then wait for the counter another transaction holds.
        const counter = await holdCounter(desks.server);
        const first = create(desks.first, 'A');
        await waitUntilBlockedBy(desks.server, counter.holder, 1);
        const second = create(desks.other, 'B');
        await waitUntilBlockedBy(desks.server, counter.holder, 2);
        await counter.release();
        const [a, b] = await Promise.all([first, second]);
        expect(a.status).toBe(200);
        expect(b.status).toBe(200);
        expect([...a.body.results, ...b.body.results].every((r) => r.status === 'applied')).toBe(true);
        const aLater = a.body.results[0]!.version! > b.body.results[0]!.version!;
        const [later, earlier] = aLater ? [a, b] : [b, a];
        const rows = await desks.server.database.query<{ id: string; version: unknown; note: string }>(
          `SELECT id, version, fields->>'outcomeNote' AS note FROM rows WHERE table_name = 'cases' AND id = ANY($1::text[])`,
          [ids],
        );
        expect(rows.rows).toHaveLength(size);
        ids.forEach((id, i) => {
          const row = rows.rows.find((r) => r.id === id)!;
          expect(Number(row.version)).toBe(later.body.results[i]!.version);
          expect(row.note).toBe(aLater ? 'A' : 'B');
        });
        // The one that ran again found the other's rows: each of its writes over them is a conflict.
        expect(later.body.results.every((r) => r.conflicts?.some((c) => c.field === 'outcomeNote'))).toBe(
          true,
        );
        expect(earlier.body.results.every((r) => r.conflicts === undefined)).toBe(true);
      },
    );
  },
);

/** The version counter locked by a transaction of its own, as a restore does, until `release`. */
const holdCounter = async (server: TestServer, beforeRelease?: (tx: Queryable) => Promise<void>) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let holder!: (pid: number) => void;
  const held = new Promise<number>((resolve) => (holder = resolve));
  const done = server.database.transaction(async (tx) => {
    await lockVersionCounter(tx);
    holder((await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid);
    await released;
    await beforeRelease?.(tx);
  });
  return {
    holder: await held,
    release: async () => {
      release();
      await done;
    },
  };
};

/**
 * Until `count` other backends wait for `pid` (pushes, at the version counter): the first waits for it,
 * the next for the first (a row's waiters queue for its tuple lock).
 */
const waitUntilBlockedBy = async (server: TestServer, pid: number, count = 1) => {
  for (let i = 0; i < 400; i += 1) {
    const found = await server.database.query<{ n: unknown }>(
      `WITH RECURSIVE waiting(pid) AS (
         SELECT a.pid FROM pg_stat_activity a WHERE $1::int = ANY(pg_blocking_pids(a.pid))
         UNION
         SELECT a.pid FROM pg_stat_activity a, waiting w WHERE w.pid = ANY(pg_blocking_pids(a.pid)))
       SELECT count(*) AS n FROM waiting`,
      [pid],
    );
    if (Number(found.rows[0]!.n) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the push never waited for the version counter');
};
