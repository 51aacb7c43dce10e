import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bottleneckIdSchema, staffIdSchema, type StaffId } from '../ids';
import { isoDaySchema, isoInstantSchema } from '../time';
import type { BottleneckStatus, BottleneckUpdateFields } from './bottleneck';
import { deriveNoteState, isOverdue } from './noteState';

const note = {
  ownerId: null,
  ownerName: null,
  deadline: isoDaySchema.parse('2026-11-30'),
  raisedAt: isoInstantSchema.parse('2026-11-27T02:00:00.000Z'),
  raisedDay: isoDaySchema.parse('2026-11-27'),
};

type Row = BottleneckUpdateFields & { id: string };
const staff = (n: number): StaffId => staffIdSchema.parse(`staff-${n}`);

const base = (id: string, at: string, author: number): Omit<Row, 'kind'> => ({
  id,
  departmentId: 'dept-JN-RS' as Row['departmentId'],
  noteId: bottleneckIdSchema.parse('note-1'),
  at: isoInstantSchema.parse(at),
  authorId: staff(author),
  authorName: `同事${author}`,
  text: '',
  status: null,
  ownerId: null,
  ownerName: null,
  deadline: null,
});

const statuses: BottleneckStatus[] = ['open', 'inProgress', 'resolved', 'escalated'];

/** Updates of every kind, with colliding instants so the id tie-break matters. */
const updateArb = fc
  .record({
    minute: fc.integer({ min: 0, max: 5 }),
    author: fc.integer({ min: 1, max: 4 }),
    kind: fc.constantFrom('comment', 'status', 'assign', 'deadline' as const),
    status: fc.constantFrom(...statuses),
    day: fc.integer({ min: 20, max: 30 }),
    text: fc.constantFrom('', '已联系社保中心', '改为上门认证'),
  })
  .map(({ minute, author, kind, status, day, text }): Omit<Row, 'id'> => {
    const row = base('x', `2026-11-27T03:0${minute}:00.000Z`, author);
    return {
      ...row,
      kind,
      text,
      status: kind === 'status' ? status : null,
      ownerId: kind === 'assign' ? staff(author) : null,
      ownerName: kind === 'assign' ? `同事${author}` : null,
      deadline: kind === 'deadline' ? isoDaySchema.parse(`2026-11-${day}`) : null,
    };
  });

const updatesArb = fc
  .array(updateArb, { maxLength: 12 })
  .map((rows) => rows.map((row, index): Row => ({ ...row, id: `u-${String(index).padStart(2, '0')}` })));

describe('deriveNoteState', () => {
  it('is the same whatever order the updates arrive in (every desk derives the same state)', () => {
    fc.assert(
      fc.property(
        updatesArb.chain((updates) =>
          fc.tuple(fc.constant(updates), fc.shuffledSubarray(updates, { minLength: updates.length })),
        ),
        ([updates, shuffled]) => {
          expect(deriveNoteState(note, shuffled)).toEqual(deriveNoteState(note, updates));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every update: adding one never loses the others from the count, and ignored ones are named', () => {
    fc.assert(
      fc.property(updatesArb, (updates) => {
        const state = deriveNoteState(note, updates);
        expect(state.updateCount).toBe(updates.length);
        for (const id of state.ignoredUpdateIds) expect(updates.some((u) => u.id === id)).toBe(true);
      }),
    );
  });

  it('follows open → in progress → resolved, keeping the resolution text', () => {
    const state = deriveNoteState(note, [
      { ...base('a', '2026-11-27T03:00:00.000Z', 1), kind: 'status', status: 'inProgress' },
      {
        ...base('b', '2026-11-27T04:00:00.000Z', 2),
        kind: 'status',
        status: 'resolved',
        text: '已改为上门认证',
      },
    ]);
    expect(state).toMatchObject({ status: 'resolved', resolution: '已改为上门认证', ignoredUpdateIds: [] });
  });

  it('applies the first of two concurrent resolutions in the fixed order and marks the later one as not applied', () => {
    const first = {
      ...base('b', '2026-11-27T04:00:00.000Z', 2),
      kind: 'status' as const,
      status: 'resolved' as const,
      text: '甲',
    };
    const second = {
      ...base('a', '2026-11-27T04:00:00.000Z', 3),
      kind: 'status' as const,
      status: 'resolved' as const,
      text: '乙',
    };
    // Same instant: the id decides, on every desk.
    expect(deriveNoteState(note, [first, second])).toMatchObject({
      status: 'resolved',
      resolution: '乙',
      ignoredUpdateIds: ['b'],
    });
  });

  it('takes the latest owner and deadline, ignoring a deadline before the day the note was raised', () => {
    const state = deriveNoteState(note, [
      { ...base('a', '2026-11-27T03:00:00.000Z', 1), kind: 'assign', ownerId: staff(5), ownerName: '张志强' },
      {
        ...base('b', '2026-11-27T05:00:00.000Z', 1),
        kind: 'deadline',
        deadline: isoDaySchema.parse('2026-12-04'),
      },
      {
        ...base('c', '2026-11-27T06:00:00.000Z', 1),
        kind: 'deadline',
        deadline: isoDaySchema.parse('2026-11-20'),
      },
    ]);
    expect(state).toMatchObject({ ownerName: '张志强', deadline: '2026-12-04', ignoredUpdateIds: ['c'] });
  });
});

describe('isOverdue', () => {
  const deadline = isoDaySchema.parse('2026-11-30');
  it('is overdue from the hall day after the deadline until resolved; escalated is still unresolved', () => {
    expect(isOverdue({ status: 'open', deadline }, new Date('2026-11-30T15:59:00.000Z'))).toBe(false);
    expect(isOverdue({ status: 'open', deadline }, new Date('2026-11-30T16:00:00.000Z'))).toBe(true);
    expect(isOverdue({ status: 'escalated', deadline }, new Date('2026-12-05T00:00:00.000Z'))).toBe(true);
    expect(isOverdue({ status: 'resolved', deadline }, new Date('2026-12-05T00:00:00.000Z'))).toBe(false);
    expect(isOverdue({ status: 'open', deadline: null }, new Date('2027-01-01T00:00:00.000Z'))).toBe(false);
  });
});
