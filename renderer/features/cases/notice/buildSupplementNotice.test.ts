import { describe, expect, it } from 'vitest';
import { finishCase } from '../../../../shared/domain/caseMachine';
import type { Case } from '../../../../shared/domain/case';
import { lowIncomeItem, openCase } from '../model/fixtures';
import { buildSupplementNotice, type SupplementNoticeInput } from './buildSupplementNotice';

const now = new Date('2026-11-27T03:30:00.000Z');

const finishedWithNotice = (current: Case = openCase): Case => {
  const patch = finishCase(current, lowIncomeItem, { outcome: 'needsSupplement', note: '' }, now);
  if (!patch.ok) throw new Error(patch.error.code);
  return { ...current, ...patch.value };
};

const inputFor = (caseRecord: Case, overrides: Partial<SupplementNoticeInput> = {}) => ({
  caseRecord,
  item: lowIncomeItem,
  departmentName: '济宁市民政局',
  hall: { name: '济宁市为民服务中心民政窗口', address: '济宁市任城区洸河路9号' },
  windowNumber: 2,
  clerkName: '孟凡英',
  ...overrides,
});

const listItems = (html: string): string[] =>
  [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ' '));

describe('buildSupplementNotice', () => {
  it('lists every missing required material, and neither received, optional nor dropped ones', () => {
    const { html, title } = buildSupplementNotice(inputFor(finishedWithNotice()));
    const items = listItems(html);
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('户口簿');
    expect(items[0]).toContain('原件及复印件');
    expect(items[0]).toContain('份数：1份');
    expect(items[0]).toContain('全体家庭成员页');
    expect(items[1]).toContain('低保申请书');
    expect(items[2]).toContain('病情诊断证明');
    expect(items[2]).toContain('开具单位：二级以上医疗机构');
    expect(html).not.toContain('居民身份证');
    expect(html).not.toContain('残疾人证');
    expect(html).not.toContain('收入证明');
    expect(title).toMatch(/^一次性告知书 20261127-/);
  });

  it('carries the official wording, the desk, the masked ID number and a signature line', () => {
    const { html } = buildSupplementNotice(inputFor(finishedWithNotice()));
    expect(html).toContain('<h1>一次性告知书</h1>');
    expect(html).toContain('您申请办理的“城乡最低生活保障申请”事项，经审查，尚需补正以下材料：');
    expect(html).toContain('事项编码：JN-MZ-DB-001');
    expect(html).toContain('3708**********0025');
    expect(html).not.toContain('370811196503120025');
    expect(html).toContain('济宁市民政局');
    expect(html).toContain('济宁市为民服务中心民政窗口（济宁市任城区洸河路9号）');
    expect(html).toContain('办理窗口：2号窗口');
    expect(html).toContain('经办人：孟凡英');
    expect(html).toContain('即可一次办结');
    // Said once: the notice's promise does not repeat itself.
    expect(html.split('补齐').length - 1).toBe(1);
    expect(html).toContain('申请人签收：');
    expect(html).toContain('2026年11月27日');
    expect(html).toContain('size: A4');
  });

  it('names every party the case recorded (男方/女方, 代办人) with masked ID numbers', () => {
    const divorce = {
      ...finishedWithNotice(),
      applicantName: '张伟',
      applicantIdNumber: null,
      parties: [
        { role: 'male' as const, name: '张伟', idNumber: '370811196503120025' },
        { role: 'female' as const, name: '李娜', idNumber: null },
      ],
    };
    const { html } = buildSupplementNotice(inputFor(divorce));
    expect(html).toContain('男方：张伟（身份证号码：3708**********0025）');
    expect(html).toContain('女方：李娜');
    expect(html).not.toContain('申请人：');
    expect(html).not.toContain('370811196503120025');
    const byAgent = {
      ...finishedWithNotice(),
      parties: [{ role: 'agent' as const, name: '王建国', idNumber: null }],
    };
    const agentHtml = buildSupplementNotice(inputFor(byAgent)).html;
    expect(agentHtml).toContain('申请人：张桂兰');
    expect(agentHtml).toContain('代办人：王建国');
  });

  it('escapes HTML in every value that came from people or the catalog', () => {
    const hostileItem = {
      materials: lowIncomeItem.materials.map((material) =>
        material.id === 'hkb'
          ? { ...material, name: '<img src=x onerror=alert(1)>户口簿', note: 'a & "b"' }
          : material,
      ),
    };
    const caseRecord = {
      ...finishedWithNotice(),
      applicantName: '<script>alert("x")</script>',
      itemName: '低保</title><script>',
    };
    const { html } = buildSupplementNotice(
      inputFor(caseRecord, {
        item: hostileItem,
        clerkName: "O'Brien<b>",
        hall: { name: '<i>厅', address: '&' },
      }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;户口簿');
    expect(html).toContain('a &amp; &quot;b&quot;');
    expect(html).toContain('O&#39;Brien&lt;b&gt;');
  });

  it('still lists a material the catalog has since removed, and leaves out an absent ID number', () => {
    const caseRecord = { ...finishedWithNotice(), applicantIdNumber: null };
    const trimmedItem = { materials: lowIncomeItem.materials.filter((material) => material.id !== 'sqb') };
    const { html } = buildSupplementNotice(inputFor(caseRecord, { item: trimmedItem, windowNumber: null }));
    expect(listItems(html)).toHaveLength(3);
    expect(html).toContain('办事指南已调整的材料，请向窗口咨询');
    // No internal material id on a document for the applicant.
    expect(html).not.toContain('sqb');
    expect(html).not.toContain('身份证号码');
    expect(html).not.toContain('号窗口');
  });

  it('refuses a case without a notice rather than printing an empty one', () => {
    expect(() => buildSupplementNotice(inputFor(openCase))).toThrow(/no supplement notice/);
  });

  it('contains no script and no remote resource', () => {
    const { html } = buildSupplementNotice(inputFor(finishedWithNotice()));
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(/i);
  });
});
