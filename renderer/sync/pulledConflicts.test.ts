import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../db/schema';
import type { PulledConflict, PullResponse } from '../../shared/sync/contract';
import { applyPullPage } from './pull';
import { dismissConflict } from './rejections';
import { conflictsOf, getSyncState, setSyncState } from './stores';

const conflict = (id: number, version: number): PulledConflict => ({
  id,
  table: 'cases',
  rowId: 'c1',
  field: 'status',
  theirValue: 'transferred',
  theirBy: '李振华',
  yourValue: 'completedInOneVisit',
  version,
  at: '2026-11-27T02:00:00.000Z' as PulledConflict['at'],
});

const page = (cursor: number, conflicts: PulledConflict[]): PullResponse => ({
  rows: [],
  cursor,
  hasMore: false,
  schemaVersion: 1,
  conflicts,
});

let db: OnceDeskDb;
let counter = 0;
beforeEach(() => {
  counter += 1;
  db = openDatabase(`pulled-conflicts-test-${counter}`);
});
afterEach(async () => {
  await db.delete();
});

describe('conflicts where this desk was overwritten', () => {
  it('are stored with the page as "ours was replaced" notes', async () => {
    await applyPullPage(db, page(5, [conflict(7, 5)]));
    expect(await conflictsOf(db).toArray()).toMatchObject([
      {
        overwritten: true,
        serverConflictId: 7,
        table: 'cases',
        rowId: 'c1',
        field: 'status',
        theirValue: 'transferred',
        theirBy: '李振华',
        mine: 'completedInOneVisit',
      },
    ]);
    expect(await getSyncState(db, 'conflictsThrough')).toBe(5);
  });

  it('are not stored again when a page is pulled again, nor brought back once dismissed', async () => {
    await applyPullPage(db, page(5, [conflict(7, 5)]));
    // The cursor moved back (a refused row is fetched again): the server re-sends the conflict.
    await setSyncState(db, 'cursor', 3);
    await applyPullPage(db, page(5, [conflict(7, 5)]));
    const notes = await conflictsOf(db).toArray();
    expect(notes).toHaveLength(1);
    await dismissConflict(db, notes[0]!.id!);
    await applyPullPage(db, page(6, [conflict(7, 5), conflict(8, 6)]));
    expect((await conflictsOf(db).toArray()).map((note) => note.serverConflictId)).toEqual([8]);
  });

  it('during a full resync are checked by id only, so none issued anew by a restored server is lost', async () => {
    await applyPullPage(db, page(9, [conflict(7, 9)]));
    await setSyncState(db, 'fullResync', true);
    await applyPullPage(db, page(4, [conflict(7, 9), conflict(12, 4)]));
    expect((await conflictsOf(db).toArray()).map((note) => note.serverConflictId)).toEqual([7, 12]);
    expect(await getSyncState(db, 'conflictsThrough')).toBe(4);
  });
});
