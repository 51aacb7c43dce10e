import { describe, expect, it } from 'vitest';
import type { Case } from './case';
import { caseFieldsSchema } from './case';
import { finishCase, startCase } from './caseMachine';
import { checkCaseWrite } from './caseRules';
import type { Desk } from './organization';
import {
  clerkCorrectionClosesAt,
  clerkCorrectionMinutes,
  correctOutcome,
  correctionRightOf,
  type Corrector,
} from './outcomeCorrection';
import type { ServiceItem } from './serviceItem';
import { seededItemId } from './serviceItem';
import type { RowWriteCheck } from '../sync/rowRules';
import { messages } from '../i18n/messages';
import { caseIdSchema, departmentIdSchema, hallIdSchema, staffIdSchema, windowIdSchema } from '../ids';

/** Friday 2026-11-27, 10:00 hall time: the clerk records 转网上办理 by a slip of the keyboard. */
const finishedAt = new Date('2026-11-27T02:00:00.000Z');
const minutesAfter = (minutes: number) => new Date(finishedAt.getTime() + minutes * 60_000);

const desk: Desk = {
  departmentId: departmentIdSchema.parse('dept-JN-RS'),
  hallId: hallIdSchema.parse('hall-JN-RS-ZWDT'),
  windowId: windowIdSchema.parse('win-JN-RS-ZWDT-01'),
  staffId: staffIdSchema.parse('staff-JN-RS-001'),
};
const clerk: Corrector = { staffId: desk.staffId, name: '王晓燕', roles: ['staff'] };
const otherClerk: Corrector = { staffId: 'staff-JN-RS-002', name: '李明', roles: ['staff'] };
const leader: Corrector = { staffId: 'staff-JN-RS-004', name: '张志强', roles: ['leader'] };

const item: ServiceItem = {
  id: seededItemId('370800-RS-GG-001'),
  code: '370800-RS-GG-001',
  name: '失业保险金申领',
  departmentId: desk.departmentId,
  category: '失业保险',
  summary: '',
  basis: '《失业保险条例》',
  legalLimit: { value: 15, unit: 'workingDays' },
  promisedLimit: { value: 1, unit: 'workingDays' },
  immediate: false,
  fee: { kind: 'free' },
  channels: ['window', 'online'],
  doItOnce: true,
  instantApproval: false,
  fullyOnline: true,
  materials: [
    { id: 'sfz', name: '居民身份证', required: true, form: 'original', copies: 0, isCertificate: false },
    { id: 'sbk', name: '社会保障卡', required: true, form: 'original', copies: 0, isCertificate: false },
  ],
  steps: [{ id: 'sq', title: '申请', description: '', actor: 'window' }],
  published: true,
  version: 1,
  updatedAt: '2026-11-01T00:00:00.000Z' as ServiceItem['updatedAt'],
  updatedBy: 'seed',
  deleted: false,
};

/** A case with 社会保障卡 missing, wrongly ended as 转网上办理. */
const wronglyMovedOnline = (): Case => {
  const started = startCase({
    item,
    desk,
    applicantName: '赵建国',
    applicantIdNumber: '',
    now: minutesAfter(-10),
  });
  if (!started.ok) throw new Error('start failed');
  const open: Case = {
    ...started.value,
    receivedMaterialIds: ['sfz'],
    status: 'inProgress',
    id: caseIdSchema.parse('019a6b2e-0000-7000-8000-00000000c0de'),
    version: 3,
    updatedAt: started.value.startedAt,
    updatedBy: desk.staffId,
    deleted: false,
  };
  const finished = finishCase(open, item, { outcome: 'movedOnline', note: '' }, finishedAt);
  if (!finished.ok) throw new Error('finish failed');
  return { ...open, ...finished.value };
};

const toSupplement = {
  to: 'needsSupplement',
  reason: '',
  note: '',
  noticeNumber: '20261127-00C0DE',
} as const;

describe('correctOutcome', () => {
  it('lets the recording clerk correct within the window, keeping the record of what changed', () => {
    const current = wronglyMovedOnline();
    const patch = correctOutcome(current, item, toSupplement, clerk, minutesAfter(5));
    expect(patch.ok).toBe(true);
    if (!patch.ok) return;
    expect(patch.value).toMatchObject({
      status: 'needsSupplement',
      finishedAt: current.finishedAt,
      supplementNotice: { number: '20261127-00C0DE', missingMaterialIds: ['sbk'] },
      corrections: [
        {
          byId: clerk.staffId,
          byName: '王晓燕',
          from: 'movedOnline',
          to: 'needsSupplement',
          reason: '',
          at: minutesAfter(5).toISOString(),
        },
      ],
    });
    expect(caseFieldsSchema.safeParse({ ...current, ...patch.value }).success).toBe(true);
  });

  it(`closes the clerk's own window after ${clerkCorrectionMinutes} minutes; then only a leader, with a reason`, () => {
    const current = wronglyMovedOnline();
    expect(clerkCorrectionClosesAt(current)).toEqual(minutesAfter(clerkCorrectionMinutes));
    expect(correctionRightOf(current, clerk, minutesAfter(clerkCorrectionMinutes))).toBe('clerk');
    expect(correctionRightOf(current, clerk, minutesAfter(clerkCorrectionMinutes + 1))).toBeNull();
    expect(correctOutcome(current, item, toSupplement, clerk, minutesAfter(31))).toEqual({
      ok: false,
      error: { code: 'correctionNotAllowed' },
    });
    // Another clerk never corrects someone else's outcome, even at once.
    expect(correctionRightOf(current, otherClerk, minutesAfter(1))).toBeNull();
    expect(correctionRightOf(current, leader, minutesAfter(600))).toBe('leader');
    expect(correctOutcome(current, item, toSupplement, leader, minutesAfter(600))).toEqual({
      ok: false,
      error: { code: 'correctionReasonEmpty' },
    });
    const withReason = correctOutcome(
      current,
      item,
      { ...toSupplement, reason: '社会保障卡未带，应出具一次性告知书' },
      leader,
      minutesAfter(600),
    );
    expect(withReason.ok).toBe(true);
  });

  it('asks of the new outcome what 办结 asks: 一次办结 with a material missing is refused', () => {
    const current = wronglyMovedOnline();
    const completed = correctOutcome(
      current,
      item,
      { to: 'completedInOneVisit', reason: '', note: '' },
      clerk,
      minutesAfter(2),
    );
    expect(completed).toEqual({
      ok: false,
      error: { code: 'requiredMaterialsMissing', materialIds: ['sbk'] },
    });
    expect(
      correctOutcome(current, item, { to: 'movedOnline', reason: '', note: '' }, clerk, minutesAfter(2)),
    ).toEqual({ ok: false, error: { code: 'correctionSameOutcome' } });
  });
});

describe('checkCaseWrite (the server runs it on every push)', () => {
  const checkOf = (
    existing: Case,
    merged: Record<string, unknown>,
    writer: Corrector,
    now: Date,
  ): RowWriteCheck => ({
    op: 'upsert',
    rowId: existing.id,
    existing: existing,
    merged: { ...existing, ...merged },
    writer: { staffId: writer.staffId, roles: writer.roles, departmentId: desk.departmentId },
    now,
    related: () => undefined,
  });
  const corrected = (by: Corrector, at: Date, reason = '') => {
    const current = wronglyMovedOnline();
    const patch = correctOutcome(current, item, { ...toSupplement, reason }, by, at);
    if (!patch.ok) throw new Error(patch.error.code);
    return { current, patch: patch.value };
  };

  it('accepts the clerk within the window and a leader with a reason later', () => {
    const early = corrected(clerk, minutesAfter(5));
    expect(checkCaseWrite(checkOf(early.current, early.patch, clerk, minutesAfter(40)))).toBeUndefined();
    const late = corrected(leader, minutesAfter(600), '补录更正');
    expect(checkCaseWrite(checkOf(late.current, late.patch, leader, minutesAfter(600)))).toBeUndefined();
  });

  it('refuses what a desk let through: a late clerk, a changed outcome with no correction, a rewritten record', () => {
    const current = wronglyMovedOnline();
    // A desk that skipped the window check: the correction is dated 45 minutes after the finish.
    const lateEntry = {
      at: minutesAfter(45).toISOString(),
      byId: clerk.staffId,
      byName: clerk.name,
      from: 'movedOnline',
      to: 'transferred',
      reason: '',
    };
    const late = { status: 'transferred', transferredTo: '市社保中心', corrections: [lateEntry] };
    expect(checkCaseWrite(checkOf(current, late, clerk, minutesAfter(46)))?.code).toBe(
      'correctionWindowClosed',
    );
    // A leader without a reason.
    const byLeader = { ...late, corrections: [{ ...lateEntry, byId: leader.staffId, byName: leader.name }] };
    expect(checkCaseWrite(checkOf(current, byLeader, leader, minutesAfter(46)))?.code).toBe(
      'correctionReasonRequired',
    );
    // Someone else's name on the correction.
    expect(checkCaseWrite(checkOf(current, byLeader, clerk, minutesAfter(46)))?.code).toBe(
      'correctorIsWriter',
    );
    // The outcome simply overwritten, as an old desk or a hand-made push would.
    expect(
      checkCaseWrite(checkOf(current, { status: 'completedInOneVisit' }, leader, minutesAfter(1)))?.code,
    ).toBe('caseAlreadyFinished');
    // A correction dated in the server's future to stretch the window.
    const future = { ...late, corrections: [{ ...lateEntry, at: minutesAfter(20).toISOString() }] };
    expect(checkCaseWrite(checkOf(current, future, clerk, minutesAfter(2)))?.code).toBe('correctionInFuture');
    // A correction whose from/to does not match the row.
    const mismatch = {
      ...late,
      corrections: [{ ...lateEntry, at: minutesAfter(5).toISOString(), to: 'notAccepted' }],
    };
    expect(checkCaseWrite(checkOf(current, mismatch, clerk, minutesAfter(6)))?.code).toBe(
      'correctionMismatch',
    );
    // Rewriting an earlier correction.
    const once = corrected(clerk, minutesAfter(5));
    const stored = { ...once.current, ...once.patch };
    const rewritten = { corrections: [{ ...once.patch.corrections![0]!, reason: '改写' }] };
    expect(checkCaseWrite(checkOf(stored, rewritten, leader, minutesAfter(6)))?.code).toBe(
      'correctionsAppendOnly',
    );
  });

  it('leaves the ordinary life of a case alone: finishing, the return visit, a rating', () => {
    const current = wronglyMovedOnline();
    const open = { ...current, status: 'inProgress', finishedAt: null } as Case;
    expect(checkCaseWrite(checkOf(open, { status: 'transferred' }, clerk, finishedAt))).toBeUndefined();
    const supplement = { ...current, status: 'needsSupplement' } as Case;
    expect(
      checkCaseWrite(checkOf(supplement, { status: 'inProgress', finishedAt: null }, otherClerk, finishedAt)),
    ).toBeUndefined();
    expect(
      checkCaseWrite(checkOf(current, { rating: { level: 5, comment: '' } }, clerk, finishedAt)),
    ).toBeUndefined();
  });
});

describe('the words for the window', () => {
  it('say the same number of minutes as the rule', () => {
    for (const key of ['rule.correctionWindowClosed', 'caseError.correctionNotAllowed'] as const) {
      expect(messages['zh-CN'][key]).toContain(`${clerkCorrectionMinutes} 分钟`);
      expect(messages.en[key]).toContain(`${clerkCorrectionMinutes} minutes`);
    }
  });
});
