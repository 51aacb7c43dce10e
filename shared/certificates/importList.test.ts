import { describe, expect, it } from 'vitest';
import { importList, type SheetCells } from './importList';
import { describeProblem } from './describeProblem';
import { formatMessage } from '../i18n/define';
import { messages } from '../i18n/messages';

const zh = (key: keyof (typeof messages)['zh-CN'], params?: Record<string, string | number>) =>
  formatMessage(messages['zh-CN'][key], params);

const sheet = (rows: string[][], name = 'Sheet1'): SheetCells[] => [{ name, rows }];

describe('importList', () => {
  it('maps columns by header, not position, with variants and extra columns', () => {
    const result = importList(
      sheet([
        ['备注', '出具单位', '证明事项名称', '序号', '取消后的办理方式', '清理情况'],
        ['', '村（居）民委员会', '收入证明', '1', '申请人提供收入情况声明', '已取消'],
      ]),
      { kind: 'dropped' },
    );
    expect(result.ok).toBe(true);
    expect(result.entries[0]).toMatchObject({
      serial: '1',
      name: '收入证明',
      issuer: '村（居）民委员会',
      replacementText: '申请人提供收入情况声明',
      method: 'otherMaterial',
      extra: { 清理情况: '已取消' },
    });
  });

  it('names row and column of every bad row in Chinese and imports nothing until they are skipped', () => {
    const rows = [
      ['序号', '证明名称', '开具单位', '取消后的办理方式'],
      ['1', '', '村委会', '直接取消'],
      ['2', '婚姻状况证明', '民政部门', '网络核验'],
      ['2', '居住证明', '社区居委会', '告知承诺'],
    ];
    const result = importList(sheet(rows), { kind: 'dropped' });
    expect(result.ok).toBe(false);
    const texts = result.problems.filter((p) => p.severity === 'error').map((p) => describeProblem(p, zh));
    expect(texts).toEqual([
      '第 2 行「证明名称」列（B 列）：证明名称为空',
      '第 4 行「序号」列（A 列）：序号“2”与第 3 行重复',
    ]);
    const skipped = importList(sheet(rows), { kind: 'dropped', skipRows: new Set([2, 4]) });
    expect(skipped.ok).toBe(true);
    expect(skipped.entries.map((entry) => entry.name)).toEqual(['婚姻状况证明']);
  });

  it('imports text no rule fits as 待分类 with a warning, not an error', () => {
    const result = importList(
      sheet([
        ['序号', '证明名称', '取消后办理方式'],
        ['1', '未就业证明', '按有关规定办理'],
      ]),
      { kind: 'dropped' },
    );
    expect(result.ok).toBe(true);
    expect(result.entries[0]!.method).toBe('unclassified');
    expect(describeProblem(result.problems[0]!, zh)).toContain('待分类');
  });

  it('refuses a file without a header, without a 证明名称 column, or without entries', () => {
    expect(importList(sheet([['你好'], ['世界']]), { kind: 'kept' }).problems[0]!.code).toBe('noHeader');
    expect(
      importList(
        sheet([
          ['序号', '开具单位', '设定依据'],
          ['1', '村委会', '条例'],
        ]),
        { kind: 'kept' },
      ).problems[0]!.code,
    ).toBe('noNameColumn');
    expect(importList(sheet([['序号', '证明名称', '开具单位']]), { kind: 'kept' }).problems[0]!.code).toBe(
      'noEntries',
    );
    expect(importList([], { kind: 'kept' }).problems[0]!.code).toBe('empty');
    expect(
      importList(
        sheet([
          ['序号', '证明名称', '开具单位'],
          ['1', '收入证明', '村委会'],
        ]),
        { kind: 'dropped' },
      ).problems[0]!.code,
    ).toBe('noReplacementColumn');
  });

  it('takes the sheet named for the kind when a workbook holds both lists', () => {
    const result = importList(
      [
        {
          name: '保留清单',
          rows: [
            ['序号', '证明名称', '保留原因'],
            ['1', '诊断证明', '专业判断'],
          ],
        },
        {
          name: '取消清单',
          rows: [
            ['序号', '证明名称', '取消后的办理方式'],
            ['1', '收入证明', '告知承诺'],
          ],
        },
      ],
      { kind: 'dropped' },
    );
    expect(result.sheet).toBe('取消清单');
    expect(result.entries[0]!.method).toBe('commitment');
  });
});
