import { describe, expect, it } from 'vitest';
import type { Case } from './case';
import { caseFieldsSchema } from './case';
import type { CaseError } from './caseMachine';
import { finishCase, setMaterialReceived, startCase } from './caseMachine';
import type { Desk } from './organization';
import type { Result } from './result';
import type { ServiceItem } from './serviceItem';
import { seededItemId } from './serviceItem';
import {
  finishedOnFirstVisit,
  finishedOnReturnVisit,
  lastVisitDay,
  matchesReturningApplicant,
  returnVisitCount,
  startReturnVisit,
} from './returnVisit';
import { caseIdSchema, departmentIdSchema, hallIdSchema, staffIdSchema, windowIdSchema } from '../ids';
import type { IsoInstant } from '../time';

/** Friday 2026-11-27, 10:00 hall time; the applicant comes back on Monday. */
const firstVisit = new Date('2026-11-27T02:00:00.000Z');
const monday = new Date('2026-11-30T01:30:00.000Z');

const desk: Desk = {
  departmentId: departmentIdSchema.parse('dept-JN-RS'),
  hallId: hallIdSchema.parse('hall-JN-RS-ZWFW'),
  windowId: windowIdSchema.parse('win-JN-RS-ZWFW-04'),
  staffId: staffIdSchema.parse('staff-JN-RS-001'),
};
const otherDesk: Desk = {
  ...desk,
  windowId: windowIdSchema.parse('win-JN-RS-ZWFW-05'),
  staffId: staffIdSchema.parse('staff-JN-RS-002'),
};

const item: ServiceItem = {
  id: seededItemId('370800-RS-GG-001'),
  code: '370800-RS-GG-001',
  name: '失业保险金申领',
  departmentId: desk.departmentId,
  category: '失业保险',
  summary: '',
  basis: '',
  legalLimit: { value: 15, unit: 'workingDays' },
  promisedLimit: { value: 1, unit: 'workingDays' },
  immediate: false,
  fee: { kind: 'free' },
  channels: ['window'],
  doItOnce: true,
  instantApproval: false,
  fullyOnline: false,
  materials: [
    { id: 'sfz', name: '居民身份证', required: true, form: 'original', copies: 0, isCertificate: false },
    { id: 'sbk', name: '社会保障卡', required: true, form: 'original', copies: 0, isCertificate: false },
  ],
  steps: [{ id: 'hy', title: '核验身份', description: '', actor: 'window' }],
  published: true,
  version: 1,
  updatedAt: '2026-11-01T00:00:00.000Z' as IsoInstant,
  updatedBy: 'staff-JN-RS-004',
  deleted: false,
};

const unwrap = <T>(result: Result<T, CaseError>): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};

/** 孟庆国 brought his ID card but not his social security card: 需补正, notice issued. */
const supplementCase = (): Case => {
  let current: Case = {
    ...unwrap(
      startCase({
        item,
        desk,
        applicantName: '孟庆国',
        applicantIdNumber: '370802198503152425',
        now: firstVisit,
      }),
    ),
    id: caseIdSchema.parse('0193a5b2-7c1d-7000-8000-00000a1b2c3d'),
    version: 0,
    updatedAt: firstVisit.toISOString() as IsoInstant,
    updatedBy: desk.staffId,
    deleted: false,
  };
  current = { ...current, ...unwrap(setMaterialReceived(current, item, 'sfz', true)) };
  const finish = finishCase(
    current,
    item,
    { outcome: 'needsSupplement', note: '', noticeNumber: '20261127-0A1B2C' },
    firstVisit,
  );
  return { ...current, ...unwrap(finish) };
};

describe('startReturnVisit', () => {
  it('continues a 需补正 case with what was received the first time, and records both visits', () => {
    const before = supplementCase();
    const patch = unwrap(startReturnVisit(before, item, otherDesk, monday));
    const after = { ...before, ...patch };
    expect(caseFieldsSchema.parse(after)).toBeTruthy();
    expect(after.status).toBe('inProgress');
    expect(after.finishedAt).toBeNull();
    expect(after.receivedMaterialIds).toEqual(['sfz']);
    // The notice stays on the record: it is how the applicant was found, and what was asked for.
    expect(after.supplementNotice?.number).toBe('20261127-0A1B2C');
    expect(after.visits).toHaveLength(2);
    expect(after.visits?.[0]).toMatchObject({ windowId: desk.windowId, handedInMaterialIds: ['sfz'] });
    expect(after.visits?.[1]).toMatchObject({
      at: monday.toISOString(),
      windowId: otherDesk.windowId,
      staffId: otherDesk.staffId,
      handedInMaterialIds: [],
    });
    // The promise runs from the return visit: 1 working day from Monday.
    expect(after.promisedBy > monday.toISOString()).toBe(true);
    expect(lastVisitDay(after)).toBe('2026-11-30');
  });

  it('refuses a case that is not waiting for the applicant to come back', () => {
    const open = { ...supplementCase(), status: 'inProgress' as const };
    expect(startReturnVisit(open, item, desk, monday)).toEqual({
      ok: false,
      error: { code: 'notAwaitingReturn' },
    });
  });

  it('tells 一次办结 from 办结 on the return visit', () => {
    const before = supplementCase();
    let after: Case = { ...before, ...unwrap(startReturnVisit(before, item, desk, monday)) };
    expect(finishCase(after, item, { outcome: 'completedInOneVisit', note: '' }, monday).ok).toBe(false);
    after = { ...after, ...unwrap(setMaterialReceived(after, item, 'sbk', true)) };
    after = {
      ...after,
      ...unwrap(finishCase(after, item, { outcome: 'completedInOneVisit', note: '' }, monday)),
    };
    expect(returnVisitCount(after)).toBe(1);
    expect(finishedOnReturnVisit(after)).toBe(true);
    expect(finishedOnFirstVisit(after)).toBe(false);
    const firstTime = { status: 'completedInOneVisit' as const, visits: before.visits?.slice(0, 1) };
    expect(finishedOnFirstVisit(firstTime)).toBe(true);
    expect(finishedOnReturnVisit(firstTime)).toBe(false);
  });

  it('does not count the next stage of a multi-visit item as a return', () => {
    const at = firstVisit.toISOString() as IsoInstant;
    const visit = { at, windowId: desk.windowId, staffId: desk.staffId, handedInMaterialIds: [] };
    expect(
      returnVisitCount({
        visits: [
          { ...visit, stageId: 'apply' },
          { ...visit, stageId: 'issue' },
        ],
      }),
    ).toBe(0);
    expect(
      returnVisitCount({
        visits: [
          { ...visit, stageId: null },
          { ...visit, stageId: null },
        ],
      }),
    ).toBe(1);
  });
});

describe('matchesReturningApplicant', () => {
  const found = supplementCase();
  it('finds the case by the notice number, whole or its last part, with or without the dash', () => {
    expect(matchesReturningApplicant(found, '20261127-0A1B2C')).toBe(true);
    expect(matchesReturningApplicant(found, '202611270a1b2c')).toBe(true);
    expect(matchesReturningApplicant(found, '0A1B2C')).toBe(true);
    expect(matchesReturningApplicant(found, '0A1B')).toBe(false);
  });

  it('finds it by the whole ID number or its last six, and by name', () => {
    expect(matchesReturningApplicant(found, '370802198503152425')).toBe(true);
    expect(matchesReturningApplicant(found, '152425')).toBe(true);
    expect(matchesReturningApplicant(found, '孟庆国')).toBe(true);
    expect(matchesReturningApplicant(found, '孟 庆国')).toBe(true);
    expect(matchesReturningApplicant(found, '张明')).toBe(false);
    expect(matchesReturningApplicant(found, '')).toBe(false);
  });
});
