import { describe, expect, it } from 'vitest';
import { serializedSize, takeBatch } from './batches';
import type { Mutation } from '../../shared/sync/contract';

const mutation = (seq: number, note: string): Mutation => ({
  seq,
  mutationId: `m-${seq}`,
  table: 'cases',
  op: 'upsert',
  rowId: `case-${seq}`,
  fields: { outcomeNote: note },
  baseVersion: 0,
  at: '2026-11-27T02:00:00.000Z' as Mutation['at'],
});

describe('takeBatch', () => {
  it('stops at the count limit and never passes 500', () => {
    const entries = Array.from({ length: 600 }, (_, index) => mutation(index + 1, 'x'));
    expect(takeBatch(entries)).toHaveLength(500);
    expect(takeBatch(entries, 7)).toHaveLength(7);
  });

  it('stops before the byte limit, keeping seq order', () => {
    const entries = Array.from({ length: 10 }, (_, index) => mutation(index + 1, '材'.repeat(100)));
    const size = serializedSize(entries[0]!);
    const batch = takeBatch(entries, 500, 1024 + size * 3 + 3);
    expect(batch.map((entry) => entry.seq)).toEqual([1, 2, 3]);
  });

  it('always takes one entry, even an oversized one, so its 413 can be handled', () => {
    expect(takeBatch([mutation(1, 'y'.repeat(5000))], 500, 100)).toHaveLength(1);
  });
});
