import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/define';
import { messages } from '../../../shared/i18n/messages';
import { caseFieldsSchema } from '../../../shared/domain/case';
import { fieldLabel, refusalKey, shownValue, type ValueWords } from './labels';

const words: ValueWords = {
  t: (key, params) => formatMessage(messages['zh-CN'][key], params),
  formatInstant: (iso) => `hall time of ${iso}`,
  empty: '（空）',
};

describe('shownValue', () => {
  it('names a case status and a rating in the glossary’s words, not their wire values', () => {
    expect(shownValue(words, 'cases', 'status', 'completedInOneVisit')).toBe('一次办结');
    expect(shownValue(words, 'cases', 'status', 'transferred')).toBe('已转办');
    expect(shownValue(words, 'cases', 'rating', { level: 2, comment: '等候太久' })).toBe(
      '不满意（等候太久）',
    );
    expect(shownValue(words, 'cases', 'rating', { level: 5, comment: '' })).toBe('非常满意');
  });

  it('shows instants as hall time, lists by their length and ID numbers masked', () => {
    expect(shownValue(words, 'cases', 'finishedAt', '2026-11-27T03:22:32.127Z')).toBe(
      'hall time of 2026-11-27T03:22:32.127Z',
    );
    expect(shownValue(words, 'cases', 'receivedMaterialIds', ['m1', 'm2'])).toBe('2 项');
    expect(shownValue(words, 'cases', 'applicantIdNumber', '370802198503152425')).toBe('3708**********2425');
  });

  it('keeps plain text as typed and says when a value is empty', () => {
    expect(shownValue(words, 'cases', 'outcomeNote', '申请人要求改日再来')).toBe('申请人要求改日再来');
    expect(shownValue(words, 'cases', 'transferredTo', null)).toBe('（空）');
    expect(shownValue(words, 'cases', 'outcomeNote', '')).toBe('（空）');
  });
});

describe('refusalKey', () => {
  it("uses a table rule's own words when the server named the rule, else the reason's", () => {
    expect(
      refusalKey('forbidden', 'This hall already has an open shift for this period. (rule shiftAlreadyOpen)'),
    ).toBe('rule.shiftAlreadyOpen');
    expect(refusalKey('forbidden', 'Writing this table needs the leader role.')).toBe(
      'sync.reason.forbidden',
    );
    expect(refusalKey('forbidden', 'Nonsense (rule noSuchRule)')).toBe('sync.reason.forbidden');
  });
});

describe('fieldLabel', () => {
  const t = words.t;
  it('has Chinese words for every field of a case, so no wire name reaches a clerk', () => {
    for (const field of Object.keys(caseFieldsSchema.shape))
      expect(fieldLabel(t, 'cases', field), field).toMatch(/^[\u4e00-\u9fff（）]+$/);
  });

  it('calls a field it does not know 其他内容, never by its wire name', () => {
    expect(fieldLabel(t, 'cases', 'supplementNotice')).toBe('一次性告知书');
    expect(fieldLabel(t, 'cases', 'someFutureField')).toBe('其他内容');
    expect(shownValue(words, 'cases', 'supplementNotice', { number: 'x' })).toBe('（详见办件页）');
  });
});
