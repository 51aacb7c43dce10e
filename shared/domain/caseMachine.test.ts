import { describe, expect, it } from 'vitest';
import type { Case } from './case';
import { caseFieldsSchema } from './case';
import type { CaseError, CasePatch, FinishDetails } from './caseMachine';
import {
  acceptsItem,
  finishCase,
  missingMaterials,
  nextStepId,
  promiseProgress,
  rateCase,
  setMaterialReceived,
  setStepDone,
  startCase,
} from './caseMachine';
import type { Desk } from './organization';
import type { ServiceItem, TimeLimit } from './serviceItem';
import { seededItemId } from './serviceItem';
import type { Result } from './result';
import { caseIdSchema, departmentIdSchema, hallIdSchema, staffIdSchema, windowIdSchema } from '../ids';
import type { IsoInstant } from '../time';

/** Friday 2026-11-27, 10:00 hall time. */
const now = new Date('2026-11-27T02:00:00.000Z');

const desk: Desk = {
  departmentId: departmentIdSchema.parse('dept-JN-MZ'),
  hallId: hallIdSchema.parse('hall-JN-MZ-WMFW'),
  windowId: windowIdSchema.parse('win-JN-MZ-WMFW-02'),
  staffId: staffIdSchema.parse('staff-JN-MZ-001'),
};

const itemWith = (overrides: Partial<ServiceItem> = {}): ServiceItem => ({
  id: seededItemId('370800-MZ-JF-003'),
  code: '370800-MZ-JF-003',
  name: '临时救助申请',
  departmentId: desk.departmentId,
  category: '社会救助',
  summary: '',
  basis: '《社会救助暂行办法》',
  legalLimit: { value: 20, unit: 'workingDays' },
  promisedLimit: { value: 10, unit: 'workingDays' },
  immediate: false,
  fee: { kind: 'free' },
  channels: ['window'],
  doItOnce: true,
  instantApproval: false,
  fullyOnline: false,
  materials: [
    {
      id: 'sqs',
      name: '临时救助申请书',
      required: true,
      form: 'signedForm',
      copies: 0,
      isCertificate: false,
    },
    { id: 'sfz', name: '居民身份证', required: true, form: 'original', copies: 0, isCertificate: false },
    {
      id: 'knzm',
      name: '家庭（个人）遭遇困难证明',
      required: true,
      form: 'original',
      copies: 0,
      isCertificate: true,
      issuer: '村（居）民委员会',
      dropped: { key: 'MZ-jz-knzm' },
    },
    { id: 'ylfy', name: '医疗费用票据', required: false, form: 'copy', copies: 1, isCertificate: false },
    {
      id: 'hkb',
      name: '居民户口簿',
      required: true,
      form: 'originalAndCopy',
      copies: 1,
      isCertificate: false,
    },
  ],
  steps: [
    { id: 'sq', title: '提出申请', description: '', actor: 'window' },
    { id: 'hs', title: '审核核实', description: '', actor: 'backOffice' },
    { id: 'sp', title: '审批', description: '', actor: 'backOffice' },
  ],
  published: true,
  version: 3,
  updatedAt: '2026-11-01T00:00:00.000Z' as IsoInstant,
  updatedBy: 'staff-JN-MZ-004',
  deleted: false,
  ...overrides,
});

const item = itemWith();

const unwrap = <T>(result: Result<T, CaseError>): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};

const startInput = { item, desk, applicantName: '孔繁荣', applicantIdNumber: '', now };

const newCase = (overrides: Partial<typeof startInput> = {}): Case => ({
  ...unwrap(startCase({ ...startInput, ...overrides })),
  id: caseIdSchema.parse('0193a5b2-7c1d-7000-8000-00000a1b2c3d'),
  version: 0,
  updatedAt: now.toISOString() as IsoInstant,
  updatedBy: desk.staffId,
  deleted: false,
});

const apply = (current: Case, patch: CasePatch): Case => ({ ...current, ...patch });

const withMaterials = (current: Case, ids: string[]): Case =>
  ids.reduce((acc, id) => apply(acc, unwrap(setMaterialReceived(acc, item, id, true))), current);

describe('startCase', () => {
  it('starts a case that satisfies the case schema, with the item snapshot and the desk', () => {
    const fields = unwrap(startCase(startInput));
    expect(caseFieldsSchema.parse(fields)).toEqual(fields);
    expect(fields).toMatchObject({
      itemId: item.id,
      itemCode: '370800-MZ-JF-003',
      itemName: '临时救助申请',
      ...desk,
      applicantName: '孔繁荣',
      applicantIdNumber: null,
      status: 'started',
      completedStepIds: [],
      receivedMaterialIds: [],
      startedAt: '2026-11-27T02:00:00.000Z',
      day: '2026-11-27',
      finishedAt: null,
      supplementNotice: null,
      rating: null,
    });
  });

  it('trims the name and collapses inner whitespace', () => {
    expect(
      unwrap(startCase({ ...startInput, applicantName: '  欧阳\u3000  晓   明 \n' })).applicantName,
    ).toBe('欧阳 晓 明');
  });

  it.each(['', '   ', '\u3000\t\n'])('refuses an empty name %j', (applicantName) => {
    expect(startCase({ ...startInput, applicantName })).toEqual({
      ok: false,
      error: { code: 'applicantNameEmpty' },
    });
  });

  it('accepts 40 characters and refuses 41', () => {
    expect(startCase({ ...startInput, applicantName: '张'.repeat(40) }).ok).toBe(true);
    expect(startCase({ ...startInput, applicantName: '张'.repeat(41) })).toEqual({
      ok: false,
      error: { code: 'applicantNameTooLong' },
    });
  });

  it('treats the ID number as optional and stores it normalized when given', () => {
    expect(unwrap(startCase({ ...startInput, applicantIdNumber: '   ' })).applicantIdNumber).toBeNull();
    expect(
      unwrap(startCase({ ...startInput, applicantIdNumber: ' 11010519491231002x ' })).applicantIdNumber,
    ).toBe('11010519491231002X');
  });

  it('refuses an invalid ID number with the reason', () => {
    expect(startCase({ ...startInput, applicantIdNumber: '110105194912310021' })).toEqual({
      ok: false,
      error: { code: 'idNumber', reason: 'checkDigit' },
    });
    expect(startCase({ ...startInput, applicantIdNumber: '1101' })).toEqual({
      ok: false,
      error: { code: 'idNumber', reason: 'length' },
    });
  });

  it('refuses unpublished and deleted items', () => {
    for (const broken of [itemWith({ published: false }), itemWith({ deleted: true })])
      expect(startCase({ ...startInput, item: broken })).toEqual({
        ok: false,
        error: { code: 'itemNotPublished' },
      });
  });

  it('refuses another department’s item (its notice would go out in this bureau’s name), takes city-wide ones', () => {
    const otherBureau = itemWith({ departmentId: departmentIdSchema.parse('dept-JN-RS') });
    expect(startCase({ ...startInput, item: otherBureau })).toEqual({
      ok: false,
      error: { code: 'itemOtherDepartment' },
    });
    expect(startCase({ ...startInput, item: itemWith({ departmentId: null }) }).ok).toBe(true);
  });
});

describe('deadlines (promisedBy)', () => {
  const promisedBy = (promisedLimit: TimeLimit, at: Date) =>
    unwrap(startCase({ ...startInput, item: itemWith({ promisedLimit }), now: at })).promisedBy;

  it('ends an on-the-spot item (0 working days) with the same hall day', () => {
    expect(promisedBy({ value: 0, unit: 'workingDays' }, now)).toBe('2026-11-27T16:00:00.000Z');
    // 15:30Z is 23:30 hall time: still the same hall day.
    expect(promisedBy({ value: 0, unit: 'workingDays' }, new Date('2026-11-27T15:30:00.000Z'))).toBe(
      '2026-11-27T16:00:00.000Z',
    );
  });

  it('makes 1 working day from Friday evening due at the end of Monday', () => {
    const fridayEvening = new Date('2026-11-27T11:30:00.000Z');
    expect(promisedBy({ value: 1, unit: 'workingDays' }, fridayEvening)).toBe('2026-11-30T16:00:00.000Z');
  });

  it('skips weekends for working days and not for natural days', () => {
    // Friday + 10 working days = Friday two weeks later (2026-12-11), ending at its hall midnight.
    expect(promisedBy({ value: 10, unit: 'workingDays' }, now)).toBe('2026-12-11T16:00:00.000Z');
    expect(promisedBy({ value: 10, unit: 'naturalDays' }, now)).toBe('2026-12-07T16:00:00.000Z');
  });
});

describe('steps and materials', () => {
  it('ticks and unticks a step, idempotently, moving the case in progress', () => {
    const current = newCase();
    const done = unwrap(setStepDone(current, item, 'sq', true));
    expect(done).toEqual({ completedStepIds: ['sq'], status: 'inProgress' });
    const twice = unwrap(setStepDone(apply(current, done), item, 'sq', true));
    expect(twice.completedStepIds).toEqual(['sq']);
    expect(unwrap(setStepDone(apply(current, done), item, 'sq', false)).completedStepIds).toEqual([]);
  });

  it('refuses unknown steps and materials', () => {
    const current = newCase();
    expect(setStepDone(current, item, 'nope', true)).toEqual({
      ok: false,
      error: { code: 'unknownStep', stepId: 'nope' },
    });
    expect(setMaterialReceived(current, item, 'nope', true)).toEqual({
      ok: false,
      error: { code: 'unknownMaterial', materialId: 'nope' },
    });
  });

  it('ticks and unticks a material', () => {
    const current = withMaterials(newCase(), ['sfz', 'hkb']);
    expect(current.receivedMaterialIds).toEqual(['sfz', 'hkb']);
    expect(unwrap(setMaterialReceived(current, item, 'sfz', false)).receivedMaterialIds).toEqual(['hkb']);
  });

  it('lists missing materials in guide order, without optional or dropped ones', () => {
    expect(missingMaterials(newCase(), item).map((material) => material.id)).toEqual(['sqs', 'sfz', 'hkb']);
    expect(missingMaterials(withMaterials(newCase(), ['hkb']), item).map((material) => material.id)).toEqual([
      'sqs',
      'sfz',
    ]);
  });

  it('continues at the first step not done', () => {
    const current = newCase();
    expect(nextStepId(current, item)).toBe('sq');
    expect(nextStepId({ completedStepIds: ['sq', 'sp'] }, item)).toBe('hs');
    expect(nextStepId({ completedStepIds: ['sq', 'hs', 'sp'] }, item)).toBeNull();
  });
});

describe('finishCase', () => {
  const finishAt = new Date('2026-11-27T02:25:00.000Z');
  const finish = (current: Case, details: FinishDetails) => finishCase(current, item, details, finishAt);
  const complete = withMaterials(newCase(), ['sqs', 'sfz', 'hkb']);

  it('finishes in one visit only when every needed material is in; dropped and optional never count', () => {
    expect(finish(newCase(), { outcome: 'completedInOneVisit', note: '' })).toEqual({
      ok: false,
      error: { code: 'requiredMaterialsMissing', materialIds: ['sqs', 'sfz', 'hkb'] },
    });
    expect(unwrap(finish(complete, { outcome: 'completedInOneVisit', note: '  当场办结 ' }))).toEqual({
      status: 'completedInOneVisit',
      finishedAt: '2026-11-27T02:25:00.000Z',
      outcomeNote: '当场办结',
    });
  });

  it('issues a one-time notice listing every missing material', () => {
    const current = withMaterials(newCase(), ['sfz']);
    const patch = unwrap(finish(current, { outcome: 'needsSupplement', note: '' }));
    expect(patch.status).toBe('needsSupplement');
    expect(patch.supplementNotice).toEqual({
      // Default number: the hall day and the end of the case id, quotable on the next visit.
      number: '20261127-1b2c3d',
      issuedAt: '2026-11-27T02:25:00.000Z',
      missingMaterialIds: ['sqs', 'hkb'],
    });
    expect(
      unwrap(finish(current, { outcome: 'needsSupplement', note: '', noticeNumber: 'MZ-2026-0042' }))
        .supplementNotice?.number,
    ).toBe('MZ-2026-0042');
  });

  it('refuses a one-time notice when nothing is missing', () => {
    expect(finish(complete, { outcome: 'needsSupplement', note: '' })).toEqual({
      ok: false,
      error: { code: 'nothingMissing' },
    });
  });

  it('needs a target to transfer, and trims it', () => {
    for (const transferredTo of [undefined, '', '  '])
      expect(
        finish(newCase(), {
          outcome: 'transferred',
          note: '',
          ...(transferredTo === undefined ? {} : { transferredTo }),
        }),
      ).toEqual({
        ok: false,
        error: { code: 'transferTargetEmpty' },
      });
    expect(
      unwrap(finish(newCase(), { outcome: 'transferred', note: '', transferredTo: ' 任城区民政局 ' }))
        .transferredTo,
    ).toBe('任城区民政局');
  });

  it('needs a reason not to accept', () => {
    expect(finish(newCase(), { outcome: 'notAccepted', note: ' \n ' })).toEqual({
      ok: false,
      error: { code: 'reasonEmpty' },
    });
    expect(unwrap(finish(newCase(), { outcome: 'notAccepted', note: '户籍不在本市' })).status).toBe(
      'notAccepted',
    );
  });

  it('moves a case online whatever materials are in', () => {
    expect(unwrap(finish(newCase(), { outcome: 'movedOnline', note: '' })).status).toBe('movedOnline');
  });

  it('makes a finished case terminal', () => {
    const finished = apply(complete, unwrap(finish(complete, { outcome: 'completedInOneVisit', note: '' })));
    const refused = { ok: false, error: { code: 'caseFinished' } };
    expect(setStepDone(finished, item, 'sq', true)).toEqual(refused);
    expect(setMaterialReceived(finished, item, 'sfz', false)).toEqual(refused);
    expect(finish(finished, { outcome: 'movedOnline', note: '' })).toEqual(refused);
  });
});

describe('rateCase', () => {
  const finished = apply(newCase(), {
    status: 'movedOnline',
    finishedAt: '2026-11-27T02:10:00.000Z' as IsoInstant,
  });

  it('rates only a finished case', () => {
    expect(rateCase(newCase(), { level: 5, comment: '' })).toEqual({
      ok: false,
      error: { code: 'notFinished' },
    });
    expect(unwrap(rateCase(finished, { level: 2, comment: '  等候时间长  ' }))).toEqual({
      rating: { level: 2, comment: '等候时间长' },
    });
  });

  it.each([0, 6, 2.5, Number.NaN])('refuses level %s', (level) => {
    expect(rateCase(finished, { level, comment: '' })).toEqual({
      ok: false,
      error: { code: 'ratingInvalid' },
    });
  });

  it('cuts an over-long comment to 300 characters', () => {
    expect(unwrap(rateCase(finished, { level: 4, comment: '好'.repeat(400) })).rating?.comment).toHaveLength(
      300,
    );
  });
});

describe('promiseProgress', () => {
  const current = {
    startedAt: '2026-11-27T02:00:00.000Z' as IsoInstant,
    promisedBy: '2026-11-27T04:00:00.000Z' as IsoInstant,
    finishedAt: null,
  };

  it('measures elapsed time against the promise while open', () => {
    expect(promiseProgress(current, new Date('2026-11-27T03:00:00.000Z'))).toEqual({
      elapsedMs: 3_600_000,
      remainingMs: 3_600_000,
      overdue: false,
      fraction: 0.5,
    });
    expect(promiseProgress(current, new Date('2026-11-27T05:00:00.000Z'))).toMatchObject({
      remainingMs: -3_600_000,
      overdue: true,
      fraction: 1.5,
    });
  });

  it('stops the clock when the case is finished', () => {
    const finished = { ...current, finishedAt: '2026-11-27T02:30:00.000Z' as IsoInstant };
    expect(promiseProgress(finished, new Date('2026-12-31T00:00:00.000Z'))).toEqual({
      elapsedMs: 1_800_000,
      remainingMs: 5_400_000,
      overdue: false,
      fraction: 0.25,
    });
  });

  it('never reports negative elapsed time for a skewed clock', () => {
    expect(promiseProgress(current, new Date('2026-11-27T01:00:00.000Z')).elapsedMs).toBe(0);
  });
});

describe('acceptsItem', () => {
  it("accepts the desk's own department's items and city-wide ones, not another bureau's", () => {
    expect(acceptsItem('dept-JN-RS', { departmentId: departmentIdSchema.parse('dept-JN-RS') })).toBe(true);
    expect(acceptsItem('dept-JN-RS', { departmentId: null })).toBe(true);
    expect(acceptsItem('dept-JN-RS', { departmentId: departmentIdSchema.parse('dept-JN-MZ') })).toBe(false);
  });
});
