import { describe, expect, it } from 'vitest';
import { formatTimeLimit } from '../../../components/timeLimit';
import { finishCase } from '../../../../shared/domain/caseMachine';
import { caseFieldsSchema, type CaseVisit } from '../../../../shared/domain/case';
import type { IsoInstant } from '../../../../shared/time';
import { InvalidMutationError } from '../../../db/mutate';
import { caseErrorMessage, saveErrorMessage } from './caseErrors';
import { formatDuration, splitDuration } from './duration';
import { lowIncomeItem, openCase } from './fixtures';
import { formatHallDay, promiseView } from './promise';
import { filterTodayCases } from './todayFilter';
import { translateFor } from './translateFor';
import { noticeNumberOf } from '../finish/outcomes';

const t = translateFor('zh-CN');
const minute = 60_000;

describe('formatDuration', () => {
  it('says minutes, hours and minutes, or days and hours', () => {
    expect(formatDuration(t, 30_000)).toBe('不到 1 分钟');
    expect(formatDuration(t, 12 * minute + 59_000)).toBe('12 分钟');
    expect(formatDuration(t, 75 * minute)).toBe('1 小时 15 分钟');
    expect(formatDuration(t, (2 * 1440 + 3 * 60 + 5) * minute)).toBe('2 天 3 小时');
    expect(splitDuration(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});

describe('promiseView', () => {
  const immediateItem = { immediate: true, promisedLimit: { value: 0, unit: 'workingDays' as const } };

  it('treats a 0-day promise as 即办件 due the same hall day, and flags overdue', () => {
    const sameDay = {
      startedAt: '2026-11-27T01:00:00.000Z',
      promisedBy: '2026-11-27T16:00:00.000Z',
      finishedAt: null,
    } as Parameters<typeof promiseView>[0];
    const during = promiseView(sameDay, immediateItem, new Date('2026-11-27T02:00:00.000Z'));
    expect(during).toMatchObject({
      immediate: true,
      overdue: false,
      elapsedMs: 60 * minute,
      lastDay: '2026-11-27',
    });
    const after = promiseView(sameDay, immediateItem, new Date('2026-11-27T16:30:00.000Z'));
    expect(after.overdue).toBe(true);
  });

  it('names the promised limit, not 当日办结, for a 即办件 that promises working days', () => {
    const flaggedImmediate = { immediate: true, promisedLimit: { value: 1, unit: 'workingDays' as const } };
    const view = promiseView(
      {
        startedAt: '2026-11-27T03:15:00.000Z',
        promisedBy: '2026-11-30T16:00:00.000Z',
        finishedAt: null,
      } as Parameters<typeof promiseView>[0],
      flaggedImmediate,
      new Date('2026-11-27T03:20:00.000Z'),
    );
    expect(view.immediate).toBe(false);
    expect(view.lastDay).toBe('2026-11-30');
  });

  it('stops the clock at finishedAt and names the last promised day', () => {
    const view = promiseView(
      { ...openCase, finishedAt: '2026-11-27T01:20:00.000Z' as typeof openCase.startedAt },
      lowIncomeItem,
      new Date('2027-05-01T00:00:00.000Z'),
    );
    expect(view.elapsedMs).toBe(20 * minute);
    expect(view.overdue).toBe(false);
    expect(view.immediate).toBe(false);
    expect(formatHallDay(t, view.lastDay)).toBe('2026年12月24日');
    expect(formatTimeLimit(t, lowIncomeItem.promisedLimit)).toBe('20 个工作日');
    expect(formatTimeLimit(t, { value: 0, unit: 'workingDays' })).toBe('当场办结');
    expect(formatTimeLimit(t, { value: 7, unit: 'naturalDays' })).toBe('7 个自然日');
  });
});

describe('caseErrorMessage', () => {
  it('names the missing materials by the guide and suggests 需补正材料', () => {
    const refused = finishCase(
      openCase,
      lowIncomeItem,
      { outcome: 'completedInOneVisit', note: '' },
      new Date(),
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(caseErrorMessage(t, refused.error, lowIncomeItem)).toBe(
      '还有必交材料未收齐：户口簿、低保申请书、病情诊断证明。请收齐后再办结，或选择“需补正材料”。',
    );
  });

  it('explains ID number refusals by their reason', () => {
    expect(caseErrorMessage(t, { code: 'idNumber', reason: 'checkDigit' })).toBe(
      '身份证号码校验位不对，请核对后重新输入',
    );
    expect(caseErrorMessage(t, { code: 'transferTargetEmpty' })).toBe('请填写转办去向');
  });
});

describe('saveErrorMessage', () => {
  it('names refused fields in Chinese', () => {
    const parsed = caseFieldsSchema.safeParse({
      ...openCase,
      applicantName: '',
      outcomeNote: 'x'.repeat(501),
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const message = saveErrorMessage(t, new InvalidMutationError('cases', parsed.error.issues));
    expect(message).toEqual({
      text: '办件记录未通过校验，未写入任何内容（申请人姓名、备注）。',
      technical: null,
    });
  });

  it('passes other failures through with the save-failed wording', () => {
    // The thrown text is kept for IT under 技术信息, never in the clerk's sentence.
    expect(saveErrorMessage(t, new Error('QuotaExceededError'))).toEqual({
      text: '保存失败，未写入任何内容。请重试；如仍失败，请将技术信息告知信息科。',
      technical: 'QuotaExceededError',
    });
  });
});

describe('filterTodayCases', () => {
  const otherWindow = 'win-JN-MZ-WMFW-03' as typeof openCase.windowId;
  const rows = [
    { ...openCase, applicantName: '张桂兰', status: 'inProgress' as const },
    { ...openCase, applicantName: '李 明', status: 'completedInOneVisit' as const },
    { ...openCase, applicantName: '王芳', status: 'inProgress' as const, windowId: otherWindow },
    {
      ...openCase,
      applicantName: '张三',
      status: 'started' as const,
      hallId: 'other' as typeof openCase.hallId,
      windowId: 'win-other-01' as typeof openCase.windowId,
    },
    { ...openCase, applicantName: '张四', status: 'needsSupplement' as const, deleted: true },
  ];
  const filter = {
    scope: 'hall' as const,
    hallId: openCase.hallId,
    windowId: openCase.windowId,
    day: openCase.day,
    status: 'all' as const,
    query: '',
  };
  const visit = (at: IsoInstant, windowId: typeof openCase.windowId): CaseVisit => ({
    at,
    windowId,
    staffId: openCase.staffId,
    stageId: null,
    handedInMaterialIds: [],
  });
  const names = (list: readonly { applicantName: string }[]) => list.map((row) => row.applicantName);

  it('keeps this hall, drops tombstones, and filters by status group and name', () => {
    expect(names(filterTodayCases(rows, filter))).toEqual(['张桂兰', '李 明', '王芳']);
    expect(names(filterTodayCases(rows, { ...filter, status: 'open' }))).toEqual(['张桂兰', '王芳']);
    expect(filterTodayCases(rows, { ...filter, status: 'completedInOneVisit' })).toHaveLength(1);
    expect(names(filterTodayCases(rows, { ...filter, query: '李明' }))).toEqual(['李 明']);
    expect(filterTodayCases(rows, { ...filter, query: '张' })).toHaveLength(1);
  });

  it('keeps to this window when asked, as the home figures count', () => {
    expect(names(filterTodayCases(rows, { ...filter, scope: 'window' }))).toEqual(['张桂兰', '李 明']);
    expect(names(filterTodayCases(rows, { ...filter, scope: 'window', windowId: otherWindow }))).toEqual([
      '王芳',
    ]);
  });

  it("counts a return visit at the window that saw the applicant that day, not the first visit's", () => {
    const returned = {
      ...openCase,
      applicantName: '赵六',
      day: '2026-11-20' as typeof openCase.day,
      windowId: otherWindow,
      status: 'completedInOneVisit' as const,
      visits: [
        visit('2026-11-20T01:00:00.000Z' as IsoInstant, otherWindow),
        visit('2026-11-27T02:00:00.000Z' as IsoInstant, openCase.windowId),
      ],
    };
    expect(names(filterTodayCases([returned], { ...filter, scope: 'window' }))).toEqual(['赵六']);
    expect(filterTodayCases([returned], { ...filter, scope: 'window', windowId: otherWindow })).toEqual([]);
  });
});

describe('noticeNumberOf', () => {
  it('is the hall day and the upper-cased end of the case id', () => {
    expect(noticeNumberOf(openCase)).toBe('20261127-00ABCD');
  });
});
