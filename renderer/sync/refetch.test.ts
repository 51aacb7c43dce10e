import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb, type OutboxEntry } from '../db/schema';
import { refetchRefusedRows } from './refetch';
import { SyncRequestError, type SyncHttp } from './http';
import { getSyncState, setSyncState } from './stores';
import type { LookupQuery, LookupResponse } from '../../shared/sync/contract';

const at = '2026-11-27T02:00:00.000Z' as OutboxEntry['at'];
let db: OnceDeskDb;
beforeEach(async () => {
  db = openDatabase(`refetch-${Math.random()}`);
  await db.open();
  await db.syncedTable('cases').bulkPut([
    { id: 'c1', version: 7, deleted: false, applicantName: '被拒的改动', updatedAt: at, updatedBy: 's1' },
    { id: 'c2', version: 9, deleted: false, applicantName: '别的', updatedAt: at, updatedBy: 's1' },
  ]);
  await setSyncState(db, 'cursor', 20);
  await setSyncState(db, 'localHighWater', 20);
  await setSyncState(db, 'refetch', [{ table: 'cases', id: 'c1' }]);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const httpWith = (lookup?: SyncHttp['lookup']): SyncHttp => ({
  health: () => Promise.reject(new Error('unused')),
  login: () => Promise.reject(new Error('unused')),
  push: () => Promise.reject(new Error('unused')),
  pull: () => Promise.reject(new Error('unused')),
  ...(lookup ? { lookup } : {}),
});

describe('refetchRefusedRows', () => {
  it('stores the server’s row with pending edits on top, leaves the cursor and empties the list', async () => {
    const asked: LookupQuery[] = [];
    await db.outbox.add({
      seq: 3,
      mutationId: 'm3',
      table: 'cases',
      op: 'upsert',
      rowId: 'c1',
      fields: { outcomeNote: '仍待发送' },
      baseVersion: 7,
      at,
    });
    const http = httpWith((_token, query): Promise<LookupResponse> => {
      asked.push(query);
      const row = {
        table: 'cases',
        id: 'c1',
        version: 25,
        deleted: false,
        fields: { applicantName: '服务器的' },
      };
      return Promise.resolve({ rows: [row], truncated: false });
    });
    await refetchRefusedRows(db, http, 'token');
    expect(asked).toEqual([{ table: 'cases', ids: 'c1' }]);
    expect(await db.syncedTable('cases').get('c1')).toMatchObject({
      version: 25,
      applicantName: '服务器的',
      outcomeNote: '仍待发送',
    });
    expect(await getSyncState(db, 'cursor')).toBe(20);
    expect(await getSyncState(db, 'localHighWater')).toBe(25);
    expect(await getSyncState(db, 'refetch')).toBeUndefined();
  });

  it('keeps the list when the server cannot be reached, for the next run', async () => {
    const http = httpWith(() => Promise.reject(new SyncRequestError({ kind: 'network', message: 'down' })));
    await expect(refetchRefusedRows(db, http, 'token')).rejects.toBeInstanceOf(SyncRequestError);
    expect(await getSyncState(db, 'refetch')).toEqual([{ table: 'cases', id: 'c1' }]);
    expect(await getSyncState(db, 'cursor')).toBe(20);
  });

  it('falls back to pulling again below the row from a server that cannot serve rows by id', async () => {
    const old = httpWith(() =>
      Promise.reject(
        new SyncRequestError({ kind: 'server', status: 400, error: 'invalid_request', message: 'one key' }),
      ),
    );
    await refetchRefusedRows(db, old, 'token');
    expect(await getSyncState(db, 'cursor')).toBe(6);
    expect(await getSyncState(db, 'refetch')).toBeUndefined();
    await setSyncState(db, 'cursor', 20);
    await setSyncState(db, 'refetch', [{ table: 'cases', id: 'c2' }]);
    await refetchRefusedRows(db, httpWith(), 'token');
    expect(await getSyncState(db, 'cursor')).toBe(8);
  });
});
