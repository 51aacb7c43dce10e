import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OnceDeskDb } from './schema';
import { InvalidMutationError, RuleViolationError, mutate, mutateMany } from './mutate';
import { seedDemoData } from './seed';
import { startCase } from '../../shared/domain/caseMachine';
import type { Desk } from '../../shared/domain/organization';
import type { CaseFields } from '../../shared/domain/case';
import { openingShift, type Person } from '../../shared/duty/builders';
import type { DepartmentId, HallId } from '../../shared/ids';
import type { IsoDay, IsoInstant } from '../../shared/time';

const now = new Date('2026-11-27T02:00:00.000Z');
let db: OnceDeskDb;
let counter = 0;

const desk = {
  departmentId: 'dept-JN-RS',
  hallId: 'hall-rs',
  windowId: 'win-rs-1',
  staffId: 'staff-1',
} as Desk;
const writer = { staffId: desk.staffId, roles: ['staff'] as const, departmentId: desk.departmentId };

const newCaseFields = async (): Promise<CaseFields> => {
  // A desk accepts only its own department's (or city-wide) items.
  const item = (await db.items.toArray()).find(
    (candidate) => candidate.published && candidate.departmentId === desk.departmentId,
  )!;
  const started = startCase({ item, desk, applicantName: '张三', applicantIdNumber: '', now });
  if (!started.ok) throw new Error(started.error.code);
  return started.value;
};

beforeEach(async () => {
  counter += 1;
  db = openDatabase(`mutate-test-${counter}`);
  await seedDemoData(db, now);
});

afterEach(async () => {
  await db.delete();
});

describe('mutate', () => {
  it('writes the row and its outbox entry with gapless seqs', async () => {
    const fields = await newCaseFields();
    await mutate(db, { table: 'cases', rowId: 'case-1', op: 'upsert', fields, by: 'staff-1', now, writer });
    await mutate(db, {
      table: 'cases',
      rowId: 'case-1',
      op: 'upsert',
      fields: { status: 'inProgress' },
      by: 'staff-1',
      writer,
      now,
    });
    const row = await db.cases.get('case-1' as never);
    expect(row?.status).toBe('inProgress');
    expect(row?.version).toBe(0);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((entry) => entry.seq)).toEqual([1, 2]);
    // The status goes with the rest of the case's outcome group, as it stands (tables.ts, `groups`).
    expect(outbox[1]!.fields).toEqual({
      status: 'inProgress',
      finishedAt: null,
      outcomeNote: '',
      transferredTo: null,
      supplementNotice: null,
    });
    expect(outbox[1]!.author).toBe('staff-1');
    expect(new Set(outbox.map((entry) => entry.mutationId)).size).toBe(2);
  });

  it('sends a field outside any group alone', async () => {
    await mutate(db, {
      table: 'cases',
      rowId: 'case-2',
      op: 'upsert',
      fields: await newCaseFields(),
      by: 'staff-1',
      now,
    });
    await mutate(db, {
      table: 'cases',
      rowId: 'case-2',
      op: 'upsert',
      fields: { applicantName: '李四' },
      by: 'staff-1',
      now,
    });
    expect((await db.outbox.get(2))?.fields).toEqual({ applicantName: '李四' });
  });

  it('refuses an invalid row and writes nothing', async () => {
    const fields = await newCaseFields();
    await expect(
      mutate(db, {
        table: 'cases',
        rowId: 'case-2',
        op: 'upsert',
        fields: { ...fields, applicantName: '' },
        by: 'staff-1',
        writer,
        now,
      }),
    ).rejects.toBeInstanceOf(InvalidMutationError);
    await expect(
      mutate(db, {
        table: 'cases',
        rowId: 'case-2',
        op: 'upsert',
        fields: { ...fields, surprise: 1 } as CaseFields,
        by: 'staff-1',
        writer,
        now,
      }),
    ).rejects.toThrow(/unknown field surprise/);
    expect(await db.cases.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('leaves neither row nor outbox entry when the outbox write fails', async () => {
    const fields = await newCaseFields();
    // Occupy the next seq so the outbox add fails after the row was put inside the transaction.
    await db.outbox.add({
      seq: 1,
      mutationId: 'squatter',
      table: 'cases',
      op: 'upsert',
      rowId: 'x',
      fields: {},
      baseVersion: 0,
      at: now.toISOString() as never,
    });
    await expect(
      mutate(db, { table: 'cases', rowId: 'case-3', op: 'upsert', fields, by: 'staff-1', now, writer }),
    ).rejects.toThrow();
    expect(await db.cases.get('case-3' as never)).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
  });

  it('deletes as a tombstone and refuses to delete a missing row', async () => {
    const fields = await newCaseFields();
    await mutate(db, { table: 'cases', rowId: 'case-4', op: 'upsert', fields, by: 'staff-1', now, writer });
    await mutate(db, { table: 'cases', rowId: 'case-4', op: 'delete', by: 'staff-1', now, writer });
    expect((await db.cases.get('case-4' as never))?.deleted).toBe(true);
    await expect(
      mutate(db, { table: 'cases', rowId: 'nope', op: 'delete', by: 'staff-1', now, writer }),
    ).rejects.toThrow(InvalidMutationError);
    expect((await db.outbox.toArray()).map((entry) => entry.op)).toEqual(['upsert', 'delete']);
  });
});

describe('mutateMany', () => {
  const listFields = {
    departmentId: 'dept-JN-RS',
    kind: 'dropped',
    seriesId: 'certlist-dept-JN-RS-dropped',
    title: '取消清单',
    documentNumber: '',
    effectiveDate: null,
    versionNumber: 1,
    status: 'draft',
    previousVersionId: null,
    publishedAt: null,
    publishedBy: null,
    entryCount: 1,
    source: '测试',
  } as const;
  const entryFields = (name: string) =>
    ({
      listId: 'list-1',
      departmentId: 'dept-JN-RS',
      kind: 'dropped',
      serial: '1',
      position: 0,
      name,
      purpose: '',
      basis: '',
      basisText: '',
      requestingUnit: '',
      issuer: '',
      level: 'unspecified',
      itemType: '',
      keptReason: '',
      replacementText: '直接取消',
      method: 'directlyCancelled',
      verificationMethod: null,
      falseCommitmentConsequence: '',
      extra: {},
    }) as never;

  it('writes rows of several tables and gapless outbox entries in one go', async () => {
    const before = await db.outbox.count();
    await mutateMany(db, [
      {
        table: 'certificateLists',
        rowId: 'list-1',
        op: 'upsert',
        fields: listFields as never,
        by: 'staff-1',
        now,
      },
      {
        table: 'certificateEntries',
        rowId: 'e-1',
        op: 'upsert',
        fields: entryFields('收入证明'),
        by: 'staff-1',
        now,
      },
      {
        table: 'certificateEntries',
        rowId: 'e-2',
        op: 'upsert',
        fields: entryFields('居住证明'),
        by: 'staff-1',
        now,
      },
    ]);
    const seqs = (await db.outbox.toArray()).map((entry) => entry.seq);
    expect(seqs).toEqual(Array.from({ length: before + 3 }, (_, index) => index + 1));
    expect(await db.syncedTable('certificateEntries').bulkGet(['e-1', 'e-2'])).toHaveLength(2);
    expect(await db.syncedTable('certificateEntries').get('e-2')).toMatchObject({
      name: '居住证明',
      version: 0,
    });
  });

  it('stores nothing at all when one request of the batch is invalid', async () => {
    const before = await db.outbox.count();
    await expect(
      mutateMany(db, [
        {
          table: 'certificateLists',
          rowId: 'list-1',
          op: 'upsert',
          fields: listFields as never,
          by: 'staff-1',
          now,
        },
        {
          table: 'certificateEntries',
          rowId: 'e-1',
          op: 'upsert',
          fields: entryFields(''),
          by: 'staff-1',
          now,
        },
      ]),
    ).rejects.toBeInstanceOf(InvalidMutationError);
    expect(await db.outbox.count()).toBe(before);
    expect(await db.syncedTable('certificateLists').get('list-1')).toBeUndefined();
  });
});

describe('table rules on the desk', () => {
  const leader = { id: 'staff-JN-RS-004', name: '张志强' } as Person;
  const opening = (by: Person) =>
    openingShift({
      departmentId: 'dept-JN-RS' as DepartmentId,
      hallId: 'hall-JN-RS-ZWDT' as HallId,
      day: '2026-11-27' as IsoDay,
      period: 'morning',
      leader: by,
      staffOnDuty: [],
      now,
    });

  it('refuses what the rules refuse before anything is stored: no row, no outbox entry', async () => {
    const { id, fields } = opening(leader);
    const asClerk = { staffId: leader.id, roles: ['staff'] as const, departmentId: 'dept-JN-RS' };
    // The demo week seeds shifts of its own: what counts is that the refused write adds none.
    const shiftsBefore = await db.shifts.count();
    const write = mutate(db, {
      table: 'shifts',
      rowId: id,
      op: 'upsert',
      fields,
      by: leader.id,
      now,
      writer: asClerk,
    });
    await expect(write).rejects.toBeInstanceOf(RuleViolationError);
    await expect(write).rejects.toMatchObject({ violation: { code: 'leaderOnly' } });
    expect(await db.shifts.get(id)).toBeUndefined();
    expect(await db.shifts.count()).toBe(shiftsBefore);
    expect(await db.outbox.count()).toBe(0);
  });

  it('sees the rows a rule needs: a second open shift for the same hall and period is refused', async () => {
    const asLeader = { staffId: leader.id, roles: ['leader'] as const, departmentId: 'dept-JN-RS' };
    const { id, fields } = opening(leader);
    await mutate(db, {
      table: 'shifts',
      rowId: id,
      op: 'upsert',
      fields,
      by: leader.id,
      now,
      writer: asLeader,
    });
    const again = { ...fields, openedAt: '2026-11-27T03:00:00.000Z' as IsoInstant };
    await expect(
      mutate(db, {
        table: 'shifts',
        rowId: id,
        op: 'upsert',
        fields: again,
        by: leader.id,
        now,
        writer: asLeader,
      }),
    ).rejects.toMatchObject({ violation: { code: 'shiftAlreadyOpen' } });
    expect(await db.outbox.count()).toBe(1);
  });

  it('needs the signed-in writer for a table with rules: given, or found in the desk’s staff table', async () => {
    const { id, fields } = opening(leader);
    await expect(
      mutate(db, { table: 'shifts', rowId: id, op: 'upsert', fields, by: 'staff-nobody-here', now }),
    ).rejects.toBeInstanceOf(InvalidMutationError);
    expect(await db.outbox.count()).toBe(0);
    // The seeded desk knows the leader: the leader's own opening needs no writer passed.
    expect(await db.staff.get(leader.id)).toBeDefined();
    const later = openingShift({
      departmentId: 'dept-JN-RS' as DepartmentId,
      hallId: 'hall-JN-RS-ZWDT' as HallId,
      day: '2031-03-03' as IsoDay,
      period: 'morning',
      leader,
      staffOnDuty: [],
      now,
    });
    await mutate(db, {
      table: 'shifts',
      rowId: later.id,
      op: 'upsert',
      fields: later.fields,
      by: leader.id,
      now,
    });
    expect(await db.outbox.count()).toBe(1);
  });
});
