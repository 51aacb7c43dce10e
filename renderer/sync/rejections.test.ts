import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from '../db/schema';
import { InvalidMutationError } from '../db/mutate';
import { dismissRejection, retryRejection } from './rejections';
import { rejectionsOf } from './stores';
import type { OutboxEntry } from '../db/schema';

const now = new Date('2026-11-27T02:00:00.000Z');
const writer = { staffId: 'staff-1', roles: ['staff'] as const, departmentId: 'dept-JN-RS' };
let db: OnceDeskDb;
let counter = 0;

const rejected = (fields: Record<string, unknown>): OutboxEntry => ({
  seq: 1,
  mutationId: `m-${counter}`,
  table: 'cases',
  op: 'upsert',
  rowId: 'case-1',
  fields,
  baseVersion: 3,
  at: now.toISOString() as OutboxEntry['at'],
});

beforeEach(() => {
  counter += 1;
  db = openDatabase(`rejections-test-${counter}`);
});

afterEach(async () => {
  await db.delete();
});

describe('rejections', () => {
  it('dismisses one rejection', async () => {
    const mutation = rejected({ outcomeNote: 'x' });
    await rejectionsOf(db).put({
      mutationId: mutation.mutationId,
      seq: 1,
      table: 'cases',
      rowId: 'case-1',
      reason: 'forbidden',
      message: 'no',
      mutation,
      rejectedAt: now.toISOString(),
    });
    await dismissRejection(db, mutation.mutationId);
    expect(await rejectionsOf(db).count()).toBe(0);
  });

  it('keeps the rejection when the retried change still does not pass locally', async () => {
    const mutation = rejected({ applicantName: '' });
    await rejectionsOf(db).put({
      mutationId: mutation.mutationId,
      seq: 1,
      table: 'cases',
      rowId: 'case-1',
      reason: 'invalid_fields',
      message: 'bad',
      mutation,
      rejectedAt: now.toISOString(),
    });
    await expect(retryRejection(db, mutation.mutationId, writer, now)).rejects.toBeInstanceOf(
      InvalidMutationError,
    );
    expect(await rejectionsOf(db).count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });
});
