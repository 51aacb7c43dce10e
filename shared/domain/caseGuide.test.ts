import { describe, expect, it } from 'vitest';
import type { Case } from './case';
import { caseFieldsSchema } from './case';
import type { CaseError, CasePatch } from './caseMachine';
import {
  finishCase,
  missingMaterials,
  promiseProgress,
  setMaterialReceived,
  setStepDone,
  startCase,
} from './caseMachine';
import {
  answerCondition,
  deferMaterial,
  openDeferrals,
  endVisit,
  overdueDeferrals,
  receiveDeferredMaterial,
  startNextVisit,
} from './caseGuide';
import { nextVisitWindow, promisedDeadline, windowRoleAt } from './guideRules';
import type { Desk } from './organization';
import type { Material, ServiceItem } from './serviceItem';
import { seededItemId } from './serviceItem';
import type { Result } from './result';
import { caseIdSchema, departmentIdSchema, hallIdSchema, staffIdSchema, windowIdSchema } from '../ids';
import type { IsoDay, IsoInstant } from '../time';

const desk: Desk = {
  departmentId: departmentIdSchema.parse('dept-JN-MZ'),
  hallId: hallIdSchema.parse('hall-JN-MZ-HYDJ'),
  windowId: windowIdSchema.parse('win-JN-MZ-HYDJ-03'),
  staffId: staffIdSchema.parse('staff-JN-MZ-001'),
};
/** 10:00 hall time. */
const at = (day: string) => new Date(`${day}T02:00:00.000Z`);

const doc = (id: string, extra: Partial<Material> = {}): Material => ({
  id,
  name: id,
  required: true,
  form: 'original',
  copies: 0,
  isCertificate: false,
  ...extra,
});

const itemWith = (overrides: Partial<ServiceItem>): ServiceItem => ({
  id: seededItemId('X-1'),
  code: 'X-1',
  name: '测试事项',
  departmentId: desk.departmentId,
  category: '测试',
  summary: '',
  basis: '',
  legalLimit: { value: 0, unit: 'workingDays' },
  promisedLimit: { value: 0, unit: 'workingDays' },
  immediate: false,
  fee: { kind: 'free' },
  channels: ['window'],
  doItOnce: false,
  instantApproval: false,
  fullyOnline: false,
  materials: [doc('sfz')],
  steps: [{ id: 'sl', title: '受理', description: '', actor: 'window' }],
  published: true,
  version: 1,
  updatedAt: '2026-11-01T00:00:00.000Z' as IsoInstant,
  updatedBy: 'seed',
  deleted: false,
  ...overrides,
});

const unwrap = <T>(result: Result<T, CaseError>): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};
const refusal = <T>(result: Result<T, CaseError>): CaseError => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};
const asCase = (fields: Omit<Case, 'id' | 'version' | 'updatedAt' | 'updatedBy' | 'deleted'>): Case => ({
  ...fields,
  id: caseIdSchema.parse('0193a5b2-7c1d-7000-8000-00000a1b2c3d'),
  version: 0,
  updatedAt: fields.startedAt,
  updatedBy: desk.staffId,
  deleted: false,
});
const apply = (current: Case, result: Result<CasePatch, CaseError>): Case => ({
  ...current,
  ...unwrap(result),
});

const divorce = itemWith({
  name: '离婚登记',
  parties: [
    { role: 'male', inPerson: true },
    { role: 'female', inPerson: true },
  ],
  materials: [doc('sfz'), doc('jhz'), doc('sqs'), doc('xys'), doc('zp')],
  steps: [
    { id: 'sl', title: '申请受理', description: '', actor: 'window' },
    { id: 'ljq', title: '离婚冷静期', description: '', actor: 'applicant' },
    { id: 'sc', title: '审查', description: '', actor: 'window' },
    { id: 'fz', title: '登记发证', description: '', actor: 'window' },
  ],
  stages: [
    { id: 'apply', title: '申请', stepIds: ['sl'], materialIds: ['sfz', 'jhz', 'sqs'] },
    {
      id: 'register',
      title: '登记',
      stepIds: ['ljq', 'sc', 'fz'],
      materialIds: ['sfz', 'jhz', 'xys', 'zp'],
      waitBefore: { kind: 'coolingOff', value: 30, unit: 'naturalDays', startsFrom: 'nextDay' },
      within: { value: 30, unit: 'naturalDays' },
      onLapse: 'deemedWithdrawn',
    },
  ],
  withdrawal: '冷静期内任何一方不愿意离婚的，可持本人身份证件撤回申请',
});

const both = [
  { role: 'male' as const, name: '张伟', idNumber: '' },
  { role: 'female' as const, name: '李娜', idNumber: '' },
];

const startDivorce = (day = '2026-11-02') =>
  asCase(
    unwrap(
      startCase({
        item: divorce,
        desk,
        applicantName: '张伟',
        applicantIdNumber: '',
        parties: both,
        now: at(day),
      }),
    ),
  );

const throughFirstVisit = (current: Case) => {
  let next = apply(current, setStepDone(current, divorce, 'sl', true));
  for (const id of ['sfz', 'jhz', 'sqs']) next = apply(next, setMaterialReceived(next, divorce, id, true));
  return apply(next, endVisit(next, divorce));
};

describe('parties', () => {
  it('records both parties of a divorce and refuses one missing or with a bad ID number', () => {
    const started = startDivorce();
    expect(caseFieldsSchema.parse(started)).toBeTruthy();
    expect(started.parties?.map((party) => [party.role, party.name])).toEqual([
      ['male', '张伟'],
      ['female', '李娜'],
    ]);
    const base = { item: divorce, desk, applicantName: '张伟', applicantIdNumber: '', now: at('2026-11-02') };
    expect(refusal(startCase({ ...base, parties: [both[0]!] }))).toEqual({
      code: 'partyMissing',
      role: 'female',
    });
    expect(
      refusal(startCase({ ...base, parties: [both[0]!, { role: 'female', name: ' ', idNumber: '' }] })),
    ).toEqual({
      code: 'partyNameEmpty',
      role: 'female',
    });
    expect(
      refusal(
        startCase({
          ...base,
          parties: [both[0]!, { role: 'female', name: '李娜', idNumber: '370802199001011234' }],
        }),
      ),
    ).toMatchObject({ code: 'partyIdNumber', role: 'female' });
  });

  it('drops an agent row left blank instead of refusing it', () => {
    const item = itemWith({ agent: { letterMaterialId: 'wts', note: '' } });
    const fields = unwrap(
      startCase({
        item,
        desk,
        applicantName: '王秀兰',
        applicantIdNumber: '',
        parties: [{ role: 'agent', name: '', idNumber: '' }],
        now: at('2026-11-02'),
      }),
    );
    expect(fields.parties).toEqual([]);
  });

  it('asks for the 委托书 once an agent acts for the applicant, and not otherwise', () => {
    const item = itemWith({
      agent: { letterMaterialId: 'wts', note: '' },
      materials: [doc('sfz'), doc('wts', { required: false })],
    });
    const start = (parties: { role: 'agent'; name: string; idNumber: string }[]) =>
      asCase(
        unwrap(
          startCase({
            item,
            desk,
            applicantName: '王秀兰',
            applicantIdNumber: '',
            parties,
            now: at('2026-11-02'),
          }),
        ),
      );
    const inPerson = start([]);
    expect(missingMaterials(inPerson, item).map((material) => material.id)).toEqual(['sfz']);
    const byAgent = start([{ role: 'agent', name: '王建国', idNumber: '' }]);
    expect(byAgent.parties).toEqual([{ role: 'agent', name: '王建国', idNumber: null }]);
    expect(missingMaterials(byAgent, item).map((material) => material.id)).toEqual(['sfz', 'wts']);
    expect(
      refusal(finishCase(byAgent, item, { outcome: 'completedInOneVisit', note: '' }, at('2026-11-02'))),
    ).toEqual({ code: 'requiredMaterialsMissing', materialIds: ['sfz', 'wts'] });
  });
});

describe('visits of a divorce registration', () => {
  it('asks only for the first visit’s materials, then waits out the 30-day 冷静期 counted from the next day', () => {
    const started = startDivorce();
    expect(started.stageId).toBe('apply');
    expect(missingMaterials(started, divorce).map((material) => material.id)).toEqual(['sfz', 'jhz', 'sqs']);
    expect(
      refusal(
        finishCase(
          throughFirstVisitReady(started),
          divorce,
          { outcome: 'completedInOneVisit', note: '' },
          at('2026-11-02'),
        ),
      ),
    ).toEqual({
      code: 'notLastStage',
    });
    const waiting = throughFirstVisit(started);
    expect(waiting.status).toBe('waiting');
    expect(waiting.visits?.[0]?.handedInMaterialIds).toEqual(['sfz', 'jhz', 'sqs']);
    // Applied Monday 2 November: the 冷静期 runs 3 November – 2 December; the second visit 3 December – 1 January.
    expect(nextVisitWindow(waiting, divorce)).toEqual({
      waitEndsOn: '2026-12-02',
      opensOn: '2026-12-03',
      closesOn: '2027-01-01',
    });
  });

  it('refuses the second visit on day 30, takes it on day 31 and registers there and then', () => {
    const waiting = throughFirstVisit(startDivorce());
    expect(refusal(startNextVisit(waiting, divorce, desk, at('2026-12-02')))).toEqual({
      code: 'waitingPeriodRunning',
      opensOn: '2026-12-03',
    });
    const second = apply(waiting, startNextVisit(waiting, divorce, desk, at('2026-12-03')));
    expect(second).toMatchObject({ status: 'inProgress', stageId: 'register', receivedMaterialIds: [] });
    expect(second.visits?.map((visit) => visit.stageId)).toEqual(['apply', 'register']);
    // The 离婚协议书 belongs to the second visit.
    expect(missingMaterials(second, divorce).map((material) => material.id)).toEqual([
      'sfz',
      'jhz',
      'xys',
      'zp',
    ]);
    // The clock restarts: the 冷静期 was the parties' time, not the office's.
    expect(promiseProgress(second, at('2026-12-03'))).toMatchObject({ elapsedMs: 0, overdue: false });
    let done = second;
    for (const id of ['sfz', 'jhz', 'xys', 'zp'])
      done = apply(done, setMaterialReceived(done, divorce, id, true));
    const finished = apply(
      done,
      finishCase(done, divorce, { outcome: 'completedInOneVisit', note: '' }, at('2026-12-03')),
    );
    expect(finished.status).toBe('completedInOneVisit');
  });

  it('treats a second visit after day 60 as lapsed (视为撤回) and lets the parties withdraw while waiting', () => {
    const waiting = throughFirstVisit(startDivorce());
    expect(refusal(startNextVisit(waiting, divorce, desk, at('2027-01-02')))).toEqual({
      code: 'visitWindowLapsed',
      closedOn: '2027-01-01',
    });
    expect(unwrap(startNextVisit(waiting, divorce, desk, at('2027-01-01'))).stageId).toBe('register');
    const withdrawn = apply(
      waiting,
      finishCase(waiting, divorce, { outcome: 'withdrawn', note: '女方撤回' }, at('2026-11-20')),
    );
    expect(withdrawn.status).toBe('withdrawn');
    const single = asCase(
      unwrap(
        startCase({
          item: itemWith({}),
          desk,
          applicantName: '甲',
          applicantIdNumber: '',
          now: at('2026-11-02'),
        }),
      ),
    );
    expect(
      refusal(finishCase(single, itemWith({}), { outcome: 'withdrawn', note: '' }, at('2026-11-02'))),
    ).toEqual({
      code: 'withdrawalNotAllowed',
    });
  });
});

function throughFirstVisitReady(current: Case): Case {
  let next = apply(current, setStepDone(current, divorce, 'sl', true));
  for (const id of ['sfz', 'jhz', 'sqs']) next = apply(next, setMaterialReceived(next, divorce, id, true));
  return next;
}

const injury = itemWith({
  name: '工伤认定申请',
  conditions: [{ id: 'insured', question: '受伤职工是否已参加工伤保险？' }],
  materials: [
    doc('sqb'),
    doc('ldgx', {
      isCertificate: true,
      issuer: '用人单位',
      dropped: { key: 'RS-gs-ldgx', when: { conditionId: 'insured', answer: true } },
    }),
    doc('jtsg', { appliesWhen: { conditionId: 'commute', answer: true } }),
  ],
});

describe('conditional materials and drops', () => {
  const started = () =>
    asCase(
      unwrap(
        startCase({
          item: injury,
          desk,
          applicantName: '赵磊',
          applicantIdNumber: '',
          now: at('2026-11-02'),
        }),
      ),
    );

  it('asks an uninsured worker for the 劳动关系证明 and excuses an insured one', () => {
    const open = started();
    expect(missingMaterials(open, injury).map((material) => material.id)).toEqual(['sqb', 'ldgx', 'jtsg']);
    const insured = apply(open, answerCondition(open, injury, 'insured', true));
    expect(missingMaterials(insured, injury).map((material) => material.id)).toEqual(['sqb', 'jtsg']);
    const uninsured = apply(open, answerCondition(open, injury, 'insured', false));
    expect(missingMaterials(uninsured, injury).map((material) => material.id)).toEqual([
      'sqb',
      'ldgx',
      'jtsg',
    ]);
  });

  it('does not decide on an unanswered question, and knows only the guide’s questions', () => {
    let open = started();
    for (const id of ['sqb', 'ldgx', 'jtsg']) open = apply(open, setMaterialReceived(open, injury, id, true));
    expect(
      refusal(finishCase(open, injury, { outcome: 'completedInOneVisit', note: '' }, at('2026-11-02'))),
    ).toEqual({
      code: 'conditionsUnanswered',
      conditionIds: ['insured'],
    });
    expect(refusal(answerCondition(open, injury, 'married', true))).toEqual({
      code: 'unknownCondition',
      conditionId: 'married',
    });
    const answered = apply(open, answerCondition(open, injury, 'insured', false));
    expect(
      unwrap(finishCase(answered, injury, { outcome: 'completedInOneVisit', note: '' }, at('2026-11-02')))
        .status,
    ).toBe('completedInOneVisit');
  });
});

describe('容缺受理', () => {
  const item = itemWith({
    deferral: { maxDays: 5, unit: 'workingDays' },
    materials: [doc('sfz'), doc('bl', { deferrable: true })],
  });
  // Wednesday 30 September 2026: 5 working days run past 国庆 to Tuesday 13 October (10 October works).
  const now = at('2026-09-30');
  const open = () =>
    asCase(unwrap(startCase({ item, desk, applicantName: '甲', applicantIdNumber: '', now })));

  it('accepts with a non-key material promised by a day within the limit, counted by the holiday calendar', () => {
    const start = apply(open(), setMaterialReceived(open(), item, 'sfz', true));
    const deferred = apply(start, deferMaterial(start, item, 'bl', '2026-10-13' as IsoDay, now));
    expect(missingMaterials(deferred, item)).toEqual([]);
    expect(refusal(deferMaterial(start, item, 'bl', '2026-10-14' as IsoDay, now))).toEqual({
      code: 'deferralDueInvalid',
      latestDay: '2026-10-13',
    });
    expect(refusal(deferMaterial(start, item, 'bl', '2026-09-30' as IsoDay, now))).toMatchObject({
      code: 'deferralDueInvalid',
    });
    expect(refusal(deferMaterial(start, item, 'sfz', '2026-10-09' as IsoDay, now))).toEqual({
      code: 'notDeferrable',
      materialId: 'sfz',
    });
    const finished = apply(
      deferred,
      finishCase(deferred, item, { outcome: 'completedInOneVisit', note: '' }, now),
    );
    expect(finished.status).toBe('completedInOneVisit');
    expect(overdueDeferrals(finished, at('2026-10-13'))).toEqual([]);
    expect(overdueDeferrals(finished, at('2026-10-14')).map((entry) => entry.materialId)).toEqual(['bl']);
    const kept = apply(finished, receiveDeferredMaterial(finished, 'bl', at('2026-10-12')));
    expect(overdueDeferrals(kept, at('2026-10-20'))).toEqual([]);
    // Taking the promise back makes it missing again.
    const back = apply(deferred, deferMaterial(deferred, item, 'bl', null, now));
    expect(missingMaterials(back, item).map((material) => material.id)).toEqual(['bl']);
    expect(openDeferrals(finished).map((entry) => entry.materialId)).toEqual(['bl']);
    expect(openDeferrals(kept)).toEqual([]);
  });

  it('drops the promise when the material is handed in at the counter after all', () => {
    const start = apply(open(), setMaterialReceived(open(), item, 'sfz', true));
    const deferred = apply(start, deferMaterial(start, item, 'bl', '2026-10-13' as IsoDay, now));
    const handed = apply(deferred, setMaterialReceived(deferred, item, 'bl', true));
    expect(handed.deferredMaterials).toEqual([]);
    expect(handed.receivedMaterialIds).toContain('bl');
    expect(missingMaterials(handed, item)).toEqual([]);
    // Unticking another material leaves a promise alone.
    const untick = apply(deferred, setMaterialReceived(deferred, item, 'sfz', false));
    expect(openDeferrals(untick).map((entry) => entry.materialId)).toEqual(['bl']);
  });

  it('refuses 容缺 where the item does not allow it', () => {
    const plain = itemWith({ materials: [doc('sfz'), doc('bl', { deferrable: true })] });
    const current = asCase(
      unwrap(startCase({ item: plain, desk, applicantName: '甲', applicantIdNumber: '', now })),
    );
    expect(refusal(deferMaterial(current, plain, 'bl', '2026-10-09' as IsoDay, now))).toEqual({
      code: 'notDeferrable',
      materialId: 'bl',
    });
  });
});

describe('who decides where', () => {
  const dibao = itemWith({
    promisedLimit: { value: 20, unit: 'workingDays' },
    legalLimit: { value: 30, unit: 'workingDays' },
    authority: {
      implementingBody: '县级人民政府民政部门',
      acceptLevels: ['township'],
      decisionLevel: 'county',
      decidingBody: '任城区民政局',
      windowRole: 'accept',
    },
    excludedPeriods: [{ kind: 'publicNotice', value: 7, unit: 'naturalDays', startsFrom: 'nextDay' }],
  });

  it('makes a 乡镇 window collect and forward a county decision, and refuses a level that does not accept', () => {
    expect(windowRoleAt(dibao, 'township')).toBe('collectAndForward');
    expect(windowRoleAt(dibao, 'county')).toBe('accept');
    expect(
      refusal(
        startCase({
          item: dibao,
          desk,
          applicantName: '甲',
          applicantIdNumber: '',
          hallLevel: 'city',
          now: at('2026-11-02'),
        }),
      ),
    ).toEqual({
      code: 'itemOtherLevel',
    });
  });

  it('ends a collected case as 已代收 with the deciding body as where it went', () => {
    let current = asCase(
      unwrap(
        startCase({
          item: dibao,
          desk,
          applicantName: '甲',
          applicantIdNumber: '',
          hallLevel: 'township',
          now: at('2026-11-02'),
        }),
      ),
    );
    current = apply(current, setMaterialReceived(current, dibao, 'sfz', true));
    expect(
      unwrap(finishCase(current, dibao, { outcome: 'collected', note: '' }, at('2026-11-02'))),
    ).toMatchObject({
      status: 'collected',
      transferredTo: '任城区民政局',
    });
  });

  it('leaves the 7-day 公示 out of the promised 20 working days', () => {
    // Monday 2 November + 20 working days = Monday 30 November; + 7 days of 公示 = Monday 7 December.
    expect(promisedDeadline(dibao, at('2026-11-02')).toISOString()).toBe('2026-12-07T16:00:00.000Z');
    expect(promisedDeadline({ ...dibao, excludedPeriods: [] }, at('2026-11-02')).toISOString()).toBe(
      '2026-11-30T16:00:00.000Z',
    );
  });
});
