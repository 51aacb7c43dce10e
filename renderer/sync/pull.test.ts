import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb, type OutboxEntry } from '../db/schema';
import { applyPullPage, pullAll, rebaseRow, StaleCursorError } from './pull';
import type { SyncHttp } from './http';
import { foreignRowsOf, getSyncState, setSyncState } from './stores';
import type { PulledRow, PullResponse } from '../../shared/sync/contract';

const at = '2026-11-27T02:00:00.000Z' as OutboxEntry['at'];
const pulled = (
  id: string,
  version: number,
  fields: Record<string, unknown>,
  table = 'cases',
): PulledRow => ({
  table,
  id,
  version,
  deleted: false,
  fields,
});
const page = (rows: PulledRow[], cursor: number, hasMore = false): PullResponse => ({
  rows,
  cursor,
  hasMore,
  schemaVersion: 1,
});
const pending = (
  seq: number,
  fields: Record<string, unknown>,
  op: 'upsert' | 'delete' = 'upsert',
): OutboxEntry => ({
  seq,
  mutationId: `m-${seq}`,
  table: 'cases',
  op,
  rowId: 'c1',
  fields,
  baseVersion: 1,
  at,
});

describe('rebaseRow', () => {
  it('replays pending edits over the server row', () => {
    const row = rebaseRow(
      pulled('c1', 5, { outcomeNote: 'server', status: 'inProgress' }),
      { id: 'c1', version: 1, outcomeNote: 'mine', updatedBy: 'staff-1' },
      [pending(3, { outcomeNote: 'mine' })],
    );
    expect(row).toMatchObject({
      version: 5,
      outcomeNote: 'mine',
      status: 'inProgress',
      updatedBy: 'staff-1',
    });
  });

  it('keeps a pending delete as a tombstone', () => {
    expect(rebaseRow(pulled('c1', 5, {}), undefined, [pending(3, {}, 'delete')]).deleted).toBe(true);
  });
});

let db: OnceDeskDb;
let counter = 0;
beforeEach(() => {
  counter += 1;
  db = openDatabase(`pull-test-${counter}`);
});
afterEach(async () => {
  await db.delete();
});

describe('applyPullPage', () => {
  it('applies rows and saves the cursor together; a crash before commit leaves neither', async () => {
    const crash = () => {
      throw new Error('killed');
    };
    await expect(
      applyPullPage(db, page([pulled('c1', 4, { outcomeNote: 'a' })], 4), { beforePageCommit: crash }),
    ).rejects.toThrow('killed');
    expect(await db.cases.count()).toBe(0);
    expect(await getSyncState(db, 'cursor')).toBeUndefined();
    await applyPullPage(db, page([pulled('c1', 4, { outcomeNote: 'a' })], 4));
    expect((await db.cases.get('c1' as never))?.outcomeNote).toBe('a');
    expect(await getSyncState(db, 'cursor')).toBe(4);
  });

  it('drops a page whose cursor moved meanwhile (compare-and-set), applying nothing', async () => {
    await setSyncState(db, 'cursor', 3);
    // The page answers a pull from 7, but a refused edit moved the cursor back to 3 meanwhile.
    await expect(applyPullPage(db, page([pulled('c1', 9, { outcomeNote: 'a' })], 9), {}, 7)).rejects.toThrow(
      StaleCursorError,
    );
    expect(await db.cases.count()).toBe(0);
    expect(await getSyncState(db, 'cursor')).toBe(3);
    await applyPullPage(db, page([pulled('c1', 9, { outcomeNote: 'a' })], 9), {}, 3);
    expect(await getSyncState(db, 'cursor')).toBe(9);
  });

  it('skips a row older than the local one and keeps rows of unknown tables aside', async () => {
    await db.cases.put({ id: 'c1', version: 9, outcomeNote: 'newer' } as never);
    const applied = await applyPullPage(
      db,
      page([pulled('c1', 4, { outcomeNote: 'older' }), pulled('x1', 5, { a: 1 }, 'futureTable')], 5),
    );
    expect(applied).toBe(1);
    expect((await db.cases.get('c1' as never))?.outcomeNote).toBe('newer');
    expect(await foreignRowsOf(db).get(['futureTable', 'x1'])).toMatchObject({
      version: 5,
      fields: { a: 1 },
    });
  });
});

describe('pullAll asks for the next page while applying this one', () => {
  /** A server of `pages` pages (two rows each) that records every request and when it came. */
  const pagedServer = (pages: number) => {
    const calls: { since: number; epoch?: string; pinned?: string[]; pagesApplied: number }[] = [];
    let pagesApplied = 0;
    const http = {
      pull: (_token: string, since: number, _limit: number, ...rest: unknown[]) => {
        const [, , epoch, extras] = rest as [unknown, unknown, string | undefined, { pinned?: string[] }];
        calls.push({
          since,
          ...(epoch === undefined ? {} : { epoch }),
          ...(extras?.pinned?.length ? { pinned: extras.pinned } : {}),
          pagesApplied,
        });
        const index = since / 2;
        return Promise.resolve({
          ...page(
            [
              pulled(`c${index}a`, since + 1, { outcomeNote: 'a' }),
              pulled(`c${index}b`, since + 2, { outcomeNote: 'b' }),
            ],
            since + 2,
            index + 1 < pages,
          ),
          epoch: 'E1',
        });
      },
    } as unknown as SyncHttp;
    const pageApplied = () => {
      pagesApplied += 1;
    };
    return { http, calls, pageApplied };
  };

  it('overlaps the request for page N+1 with the apply of page N, and stores every row once', async () => {
    const server = pagedServer(3);
    const outcome = await pullAll({
      db,
      http: server.http,
      token: 't',
      faults: {
        beforePageCommit: server.pageApplied,
      },
    });
    expect(outcome.received).toBe(6);
    expect(await db.cases.count()).toBe(6);
    expect(await getSyncState(db, 'cursor')).toBe(6);
    // Three requests for three pages; each of the next pages was asked for before the page ahead of it
    // was applied (a page at a time would show [0, 1, 2]), with the epoch the first page set.
    expect(server.calls.map((call) => [call.since, call.pagesApplied])).toEqual([
      [0, 0],
      [2, 0],
      [4, 1],
    ]);
    expect(server.calls[1]).toMatchObject({ epoch: 'E1' });
  });

  it('drops the early answer when applying changed what the next request depends on, and asks again', async () => {
    const server = pagedServer(2);
    await pullAll({
      db,
      http: server.http,
      token: 't',
      faults: {
        beforePageCommit: (applied) => {
          // A case was looked up meanwhile: the next pull must name the pin.
          if (applied.cursor === 2)
            void setSyncState(db, 'pinned', [{ id: 'c-pinned', day: '2026-11-27' }] as never);
        },
      },
    });
    expect(server.calls.map((call) => [call.since, call.pinned ?? []])).toEqual([
      [0, []],
      [2, []],
      [2, ['c-pinned']],
    ]);
    expect(await db.cases.count()).toBe(4);
  });
});
