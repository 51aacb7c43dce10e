import { describe, expect, it } from 'vitest';
import type { Role } from './organization';
import type { CaseFields } from './case';
import { checkCaseWrite } from './caseRules';
import type { RowWriteCheck } from '../sync/rowRules';

const clerk = 'staff-JN-RS-001';
const colleague = 'staff-JN-RS-002';
const leader = 'staff-JN-RS-004';

const open: CaseFields = {
  itemId: 'item-370800-RS-GG-001',
  itemCode: '370800-RS-GG-001',
  itemName: '失业保险金申领',
  departmentId: 'dept-JN-RS',
  hallId: 'hall-JN-RS-ZWDT',
  windowId: 'win-JN-RS-ZWDT-01',
  staffId: clerk,
  applicantName: '张三',
  applicantIdNumber: null,
  status: 'inProgress',
  completedStepIds: [],
  receivedMaterialIds: [],
  startedAt: '2026-11-27T01:00:00.000Z',
  day: '2026-11-27',
  promisedBy: '2026-11-28T16:00:00.000Z',
  finishedAt: null,
  outcomeNote: '',
  transferredTo: null,
  supplementNotice: null,
  rating: null,
} as unknown as CaseFields;

const finished = (status: CaseFields['status'], extra: Partial<CaseFields> = {}): CaseFields =>
  ({ ...open, status, finishedAt: '2026-11-27T02:00:00.000Z', ...extra }) as unknown as CaseFields;

const check = (
  existing: CaseFields | undefined,
  merged: CaseFields,
  staffId = clerk,
  roles: Role[] = ['staff'],
): string | undefined => {
  const write: RowWriteCheck = {
    op: 'upsert',
    rowId: 'case-1',
    existing,
    merged,
    writer: { staffId, roles, departmentId: 'dept-JN-RS' },
    now: new Date('2026-11-27T08:00:00.000Z'),
    related: () => undefined,
  };
  return checkCaseWrite(write)?.code;
};

describe('case rules on every push', () => {
  it('lets an open case move anywhere the state machine goes, and a new case start in any state (a restore resends it)', () => {
    expect(check(undefined, finished('completedInOneVisit'))).toBeUndefined();
    expect(check(open, finished('completedInOneVisit'))).toBeUndefined();
    expect(check(open, { ...open, status: 'waiting' })).toBeUndefined();
    expect(check({ ...open, status: 'waiting' }, { ...open, status: 'inProgress' })).toBeUndefined();
    expect(check({ ...open, status: 'waiting' }, finished('withdrawn'))).toBeUndefined();
  });

  it('keeps a finished case finished: no second outcome from a desk that had not seen the first', () => {
    const done = finished('completedInOneVisit');
    expect(check(done, finished('transferred'), colleague)).toBe('caseAlreadyFinished');
    expect(check(done, { ...done, status: 'inProgress', finishedAt: null })).toBe('caseAlreadyFinished');
    // The same outcome again (its note written differently) is not a new state.
    expect(check(done, { ...done, outcomeNote: '材料齐全' })).toBeUndefined();
    // A leader corrects an outcome into another one, on the record (outcomeCorrection.test.ts), never by
    // simply writing another outcome over it.
    expect(check(done, finished('transferred'), leader, ['leader'])).toBe('caseAlreadyFinished');
    const corrected = finished('transferred', {
      corrections: [
        {
          at: '2026-11-27T07:00:00.000Z',
          byId: leader,
          byName: '张志强',
          from: 'completedInOneVisit',
          to: 'transferred',
          reason: '申请人应到市社保中心办理',
        },
      ],
    } as Partial<CaseFields>);
    expect(check(done, corrected, leader, ['leader'])).toBeUndefined();
    expect(check(done, { ...done, status: 'inProgress' }, leader, ['leader'])).toBe('caseAlreadyFinished');
  });

  it('reopens a 需补正 case only for the return visit', () => {
    const waiting = finished('needsSupplement');
    expect(check(waiting, { ...waiting, status: 'inProgress', finishedAt: null })).toBeUndefined();
    expect(check(waiting, finished('completedInOneVisit'))).toBe('caseAlreadyFinished');
  });

  it('takes a rating once, on a finished case, from its clerk or a leader; never changes it', () => {
    const done = finished('completedInOneVisit');
    const rated = { ...done, rating: { level: 2, comment: '等太久' } };
    expect(check(open, { ...open, rating: { level: 5, comment: '' } })).toBe('ratingNotFinished');
    expect(check(done, rated)).toBeUndefined();
    expect(check(done, rated, colleague)).toBe('ratingByCaseClerk');
    expect(check(done, rated, leader, ['leader'])).toBeUndefined();
    // A 差评 cannot be turned into a 好评 afterwards, not even by the clerk it rates, nor removed.
    expect(check(rated, { ...rated, rating: { level: 5, comment: '' } })).toBe('ratingFixed');
    expect(check(rated, { ...rated, rating: null }, leader, ['leader'])).toBe('ratingFixed');
  });

  it('never rewrites who started the case, for which item, and when', () => {
    expect(check(open, { ...open, staffId: colleague } as unknown as CaseFields)).toBe('caseFieldsFixed');
    expect(check(open, { ...open, startedAt: '2026-11-26T01:00:00.000Z' } as unknown as CaseFields)).toBe(
      'caseFieldsFixed',
    );
    expect(check(open, { ...open, applicantName: '张三丰' })).toBeUndefined();
  });
});
