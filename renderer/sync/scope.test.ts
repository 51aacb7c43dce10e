import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../db/schema';
import { setMeta } from '../db/meta';
import type { PulledScope } from '../../shared/sync/contract';
import type { Desk } from '../../shared/domain/organization';
import { scopeKey, type DeskScope } from '../../shared/sync/scope';
import { evictAfterPull, evictOutOfScope, prepareScope, wantedScope } from './scope';
import { conflictsOf, getSyncState, rejectionsOf, setSyncState } from './stores';

const hallA = 'hall-a' as DeskScope['hallId'];
const clerkScope: DeskScope = { reach: 'hall', hallId: hallA, windowDays: 90 };
const echoed = (scope: DeskScope, today: string, from: string): PulledScope =>
  ({ ...scope, key: scopeKey(scope), today, from }) as PulledScope;

const caseRow = (id: string, hallId: string, day: string, status = 'completedInOneVisit') => ({
  id,
  hallId,
  day,
  status,
  departmentId: 'dept-1',
  version: 1,
  deleted: false,
  updatedAt: '2026-11-27T02:00:00.000Z',
  updatedBy: 's',
});

const itemRow = (id: string, published = true) => ({
  id,
  name: id,
  published,
  departmentId: 'dept-1',
  version: 1,
  deleted: false,
  updatedAt: '2026-11-27T02:00:00.000Z',
  updatedBy: 's',
});

describe('desk scope', () => {
  let db: OnceDeskDb;
  beforeEach(async () => {
    db = openDatabase(`scope-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('follows the desk’s hall and role, and the window chosen in 设置 within the role’s limit', async () => {
    expect(await wantedScope(db, ['staff'])).toBeUndefined();
    await setMeta(db, 'desk', { departmentId: 'dept-1', hallId: hallA, windowId: 'w', staffId: 's' } as Desk);
    expect(await wantedScope(db, ['staff'])).toEqual(clerkScope);
    await setSyncState(db, 'scopeWindowDays', 400);
    expect(await wantedScope(db, ['staff'])).toEqual(clerkScope);
    expect(await wantedScope(db, ['supervisor'])).toEqual({
      reach: 'department',
      hallId: hallA,
      windowDays: 400,
    });
    await setSyncState(db, 'scopeWindowDays', 30);
    expect((await wantedScope(db, ['leader']))?.windowDays).toBe(30);
  });

  it('pulls again from 0 when the scope grows or moves hall, and keeps the cursor when it shrinks', async () => {
    await setSyncState(db, 'cursor', 500);
    // An unscoped cursor held everything: narrowing to a scope keeps it.
    expect(await prepareScope(db, clerkScope)).toBe('kept');
    expect(await getSyncState(db, 'cursor')).toBe(500);
    expect(await prepareScope(db, { ...clerkScope, windowDays: 30 })).toBe('kept');
    expect(await getSyncState(db, 'cursor')).toBe(500);
    await db.cases.bulkPut([
      caseRow('held', 'hall-a', '2026-11-01'),
      caseRow('pending', 'hall-a', '2026-11-01'),
    ] as never);
    await db.outbox.add({
      seq: 1,
      mutationId: 'm1',
      table: 'cases',
      op: 'upsert',
      rowId: 'pending',
      fields: {},
      baseVersion: 1,
      at: '2026-11-27T02:00:00.000Z',
    } as never);
    await db.items.put(itemRow('published') as never);
    expect(await prepareScope(db, { ...clerkScope, windowDays: 60 })).toBe('repull');
    expect(await getSyncState(db, 'cursor')).toBe(0);
    // Nothing is cleared: the re-pull names the cursor the rows were pulled to, and the server also
    // sends what the desk held then and has left the scope since (evicted after the pull).
    expect(await getSyncState(db, 'repullHeldSince')).toBe(500);
    expect((await db.cases.toCollection().primaryKeys()).sort()).toEqual(['held', 'pending']);
    expect((await getSyncState(db, 'scope'))?.key).toBe(scopeKey({ ...clerkScope, windowDays: 60 }));
    // Another change before that re-pull finished: one cursor no longer answers for all the desk holds,
    // so rows whose scope depends on hall or window go (pending work stays), the catalog stays.
    await setSyncState(db, 'cursor', 700);
    expect(
      await prepareScope(db, { ...clerkScope, hallId: 'hall-b' as DeskScope['hallId'], windowDays: 60 }),
    ).toBe('repull');
    expect(await getSyncState(db, 'cursor')).toBe(0);
    expect(await getSyncState(db, 'repullHeldSince')).toBe(500);
    expect(await db.cases.toCollection().primaryKeys()).toEqual(['pending']);
    expect(await db.items.toCollection().primaryKeys()).toEqual(['published']);
  });

  it('moving hall keeps the catalog and the cases until the re-pull answers for them (set-up at another hall)', async () => {
    await setSyncState(db, 'cursor', 900);
    await prepareScope(db, clerkScope);
    await db.items.bulkPut([itemRow('published'), itemRow('withdrawn', false)] as never);
    await db.cases.put(caseRow('old-hall', 'hall-a', '2026-11-01') as never);
    expect(await prepareScope(db, { ...clerkScope, hallId: 'hall-b' as DeskScope['hallId'] })).toBe('repull');
    expect((await db.items.toCollection().primaryKeys()).sort()).toEqual(['published', 'withdrawn']);
    expect(await db.cases.toCollection().primaryKeys()).toEqual(['old-hall']);
    expect(await getSyncState(db, 'repullHeldSince')).toBe(900);
  });

  it('evicts rows outside the scope but never one with pending work, a rejection, a conflict note or a pin', async () => {
    await db.cases.bulkPut([
      caseRow('in-window', 'hall-a', '2026-09-01'),
      caseRow('old', 'hall-a', '2026-08-01'),
      caseRow('other-hall', 'hall-b', '2026-11-01'),
      caseRow('open-elsewhere', 'hall-b', '2025-01-01', 'needsSupplement'),
      caseRow('pending', 'hall-a', '2026-01-01'),
      caseRow('rejected', 'hall-a', '2026-01-01'),
      caseRow('conflict', 'hall-b', '2026-01-01'),
      caseRow('pinned', 'hall-b', '2026-01-01'),
      caseRow('pinned-yesterday', 'hall-b', '2026-01-01'),
    ] as never);
    await db.outbox.add({
      seq: 1,
      mutationId: 'm1',
      table: 'cases',
      op: 'upsert',
      rowId: 'pending',
      fields: { outcomeNote: 'x' },
      baseVersion: 1,
      at: '2026-11-27T02:00:00.000Z',
    } as never);
    await rejectionsOf(db).add({
      mutationId: 'm0',
      seq: 0,
      table: 'cases',
      rowId: 'rejected',
      reason: 'forbidden',
      message: '',
      mutation: {} as never,
      rejectedAt: '',
    });
    await conflictsOf(db).add({
      table: 'cases',
      rowId: 'conflict',
      field: 'status',
      theirValue: 'a',
      theirBy: 'b',
      mine: 'c',
      mutationId: 'm2',
      at: '',
    });
    await setSyncState(db, 'pinned', [
      { table: 'cases', id: 'pinned', day: '2026-11-27' },
      { table: 'cases', id: 'pinned-yesterday', day: '2026-11-26' },
    ]);
    const scope = echoed(clerkScope, '2026-11-27', '2026-08-30');
    expect(await evictOutOfScope(db, scope)).toEqual({ evicted: 3, kept: 4 });
    expect((await db.cases.toCollection().primaryKeys()).sort()).toEqual(
      ['conflict', 'in-window', 'open-elsewhere', 'pending', 'pinned', 'rejected'].sort(),
    );
    expect(await getSyncState(db, 'pinned')).toEqual([{ table: 'cases', id: 'pinned', day: '2026-11-27' }]);
    expect(await getSyncState(db, 'evictedFor')).toBe(`${scope.key}|2026-11-27`);
  });

  it('keeps a looked-up case while it is open, and drops it (and its pin) once finished and out of window', async () => {
    await db.cases.bulkPut([
      caseRow('open', 'hall-b', '2025-01-01', 'inProgress'),
      caseRow('finished', 'hall-b', '2025-01-01'),
      caseRow('finished-pending', 'hall-b', '2025-01-01'),
      caseRow('finished-today', 'hall-b', '2025-01-01'),
    ] as never);
    await db.outbox.add({
      seq: 1,
      mutationId: 'm1',
      table: 'cases',
      op: 'upsert',
      rowId: 'finished-pending',
      fields: { outcomeNote: 'x' },
      baseVersion: 1,
      at: '2026-11-27T02:00:00.000Z',
    } as never);
    const yesterday = '2026-11-20';
    await setSyncState(db, 'pinned', [
      { table: 'cases', id: 'open', day: yesterday },
      { table: 'cases', id: 'finished', day: yesterday },
      { table: 'cases', id: 'finished-pending', day: yesterday },
      { table: 'cases', id: 'finished-today', day: '2026-11-27' },
    ]);
    const scope = echoed(clerkScope, '2026-11-27', '2026-08-30');
    // A pull the same day that brought the finished case: it goes at once, its pin with it.
    await setSyncState(db, 'evictedFor', `${scope.key}|2026-11-27`);
    expect(await evictAfterPull(db, scope, [{ table: 'cases', id: 'finished' }])).toEqual({
      evicted: 1,
      kept: 0,
    });
    expect((await getSyncState(db, 'pinned'))?.map((pin) => pin.id)).toEqual([
      'open',
      'finished-pending',
      'finished-today',
    ]);
    // The full pass of the next day: the open one stays (and stays pinned, so pulls refresh it); the
    // one with pending work stays until it is sent; the one fetched today is kept for the day.
    expect(await evictOutOfScope(db, scope)).toEqual({ evicted: 0, kept: 3 });
    expect((await db.cases.toCollection().primaryKeys()).sort()).toEqual(
      ['finished-pending', 'finished-today', 'open'].sort(),
    );
    expect((await getSyncState(db, 'pinned'))?.map((pin) => pin.id)).toEqual([
      'open',
      'finished-pending',
      'finished-today',
    ]);
    // Sent at last, and the next day: only the open one is left.
    await db.outbox.clear();
    const next = echoed(clerkScope, '2026-11-28', '2026-08-31');
    expect(await evictOutOfScope(db, next)).toEqual({ evicted: 2, kept: 1 });
    expect(await db.cases.toCollection().primaryKeys()).toEqual(['open']);
    expect(await getSyncState(db, 'pinned')).toEqual([{ table: 'cases', id: 'open', day: yesterday }]);
  });

  it('after a pull the same day evicts only the rows that just left the scope', async () => {
    const scope = echoed(clerkScope, '2026-11-27', '2026-08-30');
    await setSyncState(db, 'evictedFor', `${scope.key}|2026-11-27`);
    await db.cases.bulkPut([
      caseRow('old', 'hall-a', '2026-08-01'),
      caseRow('closed', 'hall-b', '2025-01-01'),
    ] as never);
    expect(await evictAfterPull(db, scope, [{ table: 'cases', id: 'closed' }])).toEqual({
      evicted: 1,
      kept: 0,
    });
    expect(await db.cases.toCollection().primaryKeys()).toEqual(['old']);
    // The next hall day makes a full pass again.
    expect(
      await evictAfterPull(db, { ...scope, today: '2026-11-28' as never, from: '2026-08-31' as never }, []),
    ).toEqual({
      evicted: 1,
      kept: 0,
    });
  });
});
