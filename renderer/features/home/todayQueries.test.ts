import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseSchema, type Case, type CaseStatus } from '../../../shared/domain/case';
import type { IsoDay } from '../../../shared/time';
import { openDatabase, type OnceDeskDb } from '../../db/schema';
import { emptyDayFigures } from '../../../shared/domain/dayFigures';
import { countTodayAtWindow, frequentItemsAtWindow, recentUnfinishedAtWindow } from './todayQueries';

let db: OnceDeskDb;
let counter = 0;
let serial = 0;

const today = '2026-11-27' as IsoDay;
const weekAgo = '2026-11-20' as IsoDay;

const caseRow = (
  day: string,
  hhmm: string,
  status: CaseStatus,
  windowId = 'win-1',
  deleted = false,
  itemId = 'item-1',
): Case => {
  serial += 1;
  return caseSchema.parse({
    id: `case-${String(serial).padStart(5, '0')}`,
    itemId,
    itemCode: 'C-1',
    itemName: '失业保险金申领',
    departmentId: 'dept-1',
    hallId: 'hall-1',
    windowId,
    staffId: 'staff-1',
    applicantName: `申请人${serial}`,
    applicantIdNumber: null,
    status,
    completedStepIds: [],
    receivedMaterialIds: [],
    // Hall time 08:00 is 00:00 UTC.
    startedAt: `${day}T${hhmm}:00.000Z`,
    day,
    promisedBy: `${day}T16:00:00.000Z`,
    finishedAt: null,
    outcomeNote: '',
    transferredTo: null,
    supplementNotice: null,
    rating: null,
    version: 0,
    updatedAt: `${day}T${hhmm}:00.000Z`,
    updatedBy: 'staff-1',
    deleted,
  });
};

beforeEach(async () => {
  counter += 1;
  db = openDatabase(`home-test-${counter}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('countTodayAtWindow', () => {
  it('counts only today, only this window, and skips tombstones', async () => {
    await db.cases.bulkPut([
      caseRow(today, '01:00', 'completedInOneVisit'),
      caseRow(today, '01:10', 'completedInOneVisit'),
      caseRow(today, '01:20', 'needsSupplement'),
      caseRow(today, '01:30', 'started'),
      caseRow(today, '01:40', 'inProgress'),
      caseRow(today, '01:50', 'transferred'),
      caseRow(today, '02:00', 'inProgress', 'win-2'),
      caseRow(today, '02:10', 'inProgress', 'win-1', true),
      caseRow('2026-11-26', '02:00', 'completedInOneVisit'),
    ]);
    expect(await countTodayAtWindow(db, today, 'win-1')).toEqual({
      total: 6,
      completedInOneVisit: 2,
      completedOnReturn: 0,
      needsSupplement: 1,
      handedOn: 1,
      waiting: 0,
      inProgress: 2,
      otherEndings: 0,
    });
    expect(await countTodayAtWindow(db, '2026-11-28' as IsoDay, 'win-1')).toEqual(emptyDayFigures());
  });

  it('counts a case an applicant came back for today, whatever it ended as, at the window of the visit', async () => {
    const earlier = '2026-10-27';
    const returned = (status: CaseStatus, windowId: string) =>
      caseSchema.parse({
        ...caseRow(earlier, '01:00', status),
        visits: [
          {
            at: `${earlier}T01:00:00.000Z`,
            windowId: 'win-1',
            staffId: 'staff-1',
            stageId: 'a',
            handedInMaterialIds: [],
          },
          {
            at: `${today}T02:00:00.000Z`,
            windowId,
            staffId: 'staff-1',
            stageId: 'b',
            handedInMaterialIds: [],
          },
        ],
      });
    await db.cases.bulkPut([
      returned('withdrawn', 'win-1'),
      returned('collected', 'win-1'),
      returned('completedInOneVisit', 'win-2'),
      caseRow(today, '03:00', 'waiting'),
    ]);
    expect(await countTodayAtWindow(db, today, 'win-1')).toMatchObject({
      total: 3,
      otherEndings: 1,
      handedOn: 1,
      waiting: 1,
      completedInOneVisit: 0,
    });
  });
});

describe('recentUnfinishedAtWindow', () => {
  it('returns the newest unfinished cases of this window first, across days, up to the limit', async () => {
    const rows = [
      caseRow('2026-11-25', '03:00', 'inProgress'),
      caseRow(today, '01:00', 'started'),
      caseRow(today, '02:00', 'completedInOneVisit'),
      caseRow(today, '03:00', 'inProgress'),
      caseRow(today, '04:00', 'inProgress', 'win-2'),
      caseRow(today, '05:00', 'started', 'win-1', true),
      caseRow('2026-11-01', '03:00', 'inProgress'),
    ];
    await db.cases.bulkPut(rows);
    const recent = await recentUnfinishedAtWindow(db, 'win-1', weekAgo, today, 5);
    expect(recent.map((row) => row.startedAt)).toEqual([
      `${today}T03:00:00.000Z`,
      `${today}T01:00:00.000Z`,
      '2026-11-25T03:00:00.000Z',
    ]);
    const limited = await recentUnfinishedAtWindow(db, 'win-1', weekAgo, today, 2);
    expect(limited).toHaveLength(2);
  });
});

describe('frequentItemsAtWindow', () => {
  it("ranks this window's items of the period by count, then by the latest start", async () => {
    await db.cases.bulkPut([
      caseRow(today, '01:00', 'completedInOneVisit', 'win-1', false, 'item-a'),
      caseRow(today, '02:00', 'completedInOneVisit', 'win-1', false, 'item-a'),
      caseRow('2026-11-24', '02:00', 'inProgress', 'win-1', false, 'item-b'),
      caseRow(today, '03:00', 'inProgress', 'win-1', false, 'item-c'),
      caseRow(today, '04:00', 'inProgress', 'win-2', false, 'item-d'),
      caseRow(today, '04:00', 'inProgress', 'win-2', false, 'item-d'),
      caseRow(today, '05:00', 'inProgress', 'win-1', true, 'item-e'),
      caseRow('2026-11-01', '05:00', 'inProgress', 'win-1', false, 'item-f'),
    ]);
    expect(await frequentItemsAtWindow(db, 'win-1', weekAgo, today, 5)).toEqual([
      'item-a',
      'item-c',
      'item-b',
    ]);
    expect(await frequentItemsAtWindow(db, 'win-1', weekAgo, today, 1)).toEqual(['item-a']);
  });
});
