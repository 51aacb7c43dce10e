import { describe, expect, it } from 'vitest';
import { checkListFacts, documentYear, normalizeDocumentNumber } from './listFacts';

const facts = (overrides: Partial<Parameters<typeof checkListFacts>[0]> = {}) =>
  checkListFacts({
    title: '济宁市民政局证明事项取消清单',
    documentNumber: '济民字〔2019〕36号',
    effectiveDate: '2019-12-01',
    ...overrides,
  });

describe('checkListFacts', () => {
  it('accepts a complete draft and stores the 文号 with GB/T 9704 year brackets', () => {
    expect(facts({ documentNumber: ' 济人社字[2019]58号 ' })).toEqual({
      ok: true,
      facts: {
        title: '济宁市民政局证明事项取消清单',
        documentNumber: '济人社字〔2019〕58号',
        effectiveDate: '2019-12-01',
      },
    });
    expect(normalizeDocumentNumber('国办发（2020）42号')).toBe('国办发〔2020〕42号');
    expect(normalizeDocumentNumber('鲁政办字【２０２１】７号')).toBe('鲁政办字〔2021〕7号');
    expect(documentYear('国办发〔2020〕42号')).toBe(2020);
  });

  it('lets the 文号 stay empty but not be something else', () => {
    expect(facts({ documentNumber: '' }).ok).toBe(true);
    for (const bad of ['2019年58号', '济人社字2019-58', '济人社字〔19〕58号', '〔2019〕58号', 'x'.repeat(81)])
      expect(facts({ documentNumber: bad }), bad).toMatchObject({
        ok: false,
        problems: [{ field: 'documentNumber' }],
      });
  });

  it('requires a real effective date, not before the year of its document', () => {
    expect(facts({ effectiveDate: '' })).toMatchObject({
      ok: false,
      problems: [{ field: 'effectiveDate', code: 'dateMissing' }],
    });
    for (const bad of ['2019-02-30', '2019/12/01', '12月1日', '2019-13-01'])
      expect(facts({ effectiveDate: bad }), bad).toMatchObject({
        ok: false,
        problems: [{ field: 'effectiveDate', code: 'dateInvalid' }],
      });
    expect(facts({ effectiveDate: '2018-12-31' })).toMatchObject({
      ok: false,
      problems: [{ field: 'effectiveDate', code: 'dateBeforeDocument', year: 2019 }],
    });
  });

  it('names every problem at once', () => {
    const checked = facts({ title: '  ', documentNumber: '第58号', effectiveDate: '2019-02-30' });
    expect(checked.ok ? [] : checked.problems.map((problem) => problem.field)).toEqual([
      'title',
      'documentNumber',
      'effectiveDate',
    ]);
    expect(facts({ title: '清'.repeat(121) })).toMatchObject({
      ok: false,
      problems: [{ code: 'titleTooLong' }],
    });
  });
});
