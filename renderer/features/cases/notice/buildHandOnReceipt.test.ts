import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../shared/domain/case';
import { lowIncomeItem, openCase } from '../model/fixtures';
import { buildHandOnReceipt, isHandedOn, type HandOnReceiptInput } from './buildHandOnReceipt';

const collected: Case = {
  ...openCase,
  status: 'collected',
  receivedMaterialIds: ['sfz', 'hkb', 'sqb'],
  finishedAt: '2026-11-27T03:30:00.000Z' as Case['finishedAt'],
  transferredTo: '县级人民政府民政部门',
  parties: [{ role: 'agent', name: '王村委', idNumber: null }],
  deferredMaterials: [
    { materialId: 'bqzm', dueDay: '2026-12-04' as Case['day'], handedInAt: null },
    {
      materialId: 'cjz',
      dueDay: '2026-12-01' as Case['day'],
      handedInAt: '2026-11-30T01:00:00.000Z' as Case['startedAt'],
    },
  ],
};

const inputFor = (caseRecord: Case, overrides: Partial<HandOnReceiptInput> = {}): HandOnReceiptInput => ({
  caseRecord,
  item: lowIncomeItem,
  departmentName: '济宁市民政局',
  hall: { name: '任城区南张街道便民服务中心', address: '任城区南张街道' },
  windowNumber: 1,
  clerkName: '孟凡英',
  ...overrides,
});

describe('buildHandOnReceipt', () => {
  it('gives a collected case a 代收凭证: what was received, where it went, who decides, the parties', () => {
    const { html, title } = buildHandOnReceipt(inputFor(collected));
    expect(title).toBe('代收凭证 20261127-00ABCD');
    expect(html).toContain('<h1>代收凭证</h1>');
    expect(html).toContain('编号：20261127-00ABCD');
    expect(html).toContain('申请人：张桂兰');
    expect(html).toContain('3708**********0025');
    expect(html).not.toContain('370811196503120025');
    expect(html).toContain('代办人：王村委');
    expect(html).toContain('材料转交：县级人民政府民政部门');
    expect(html).toContain('本窗口已于2026年11月27日收取下列材料，将转交县级人民政府民政部门审核确认');
    expect(html).toContain('户口簿（原件及复印件，份数：1份）');
    expect(html).toContain('本窗口只代收、转交材料，不作决定');
    // An open 容缺 promise is restated with its day; a kept one is not.
    expect(html).toContain('病情诊断证明（请于2026年12月4日前补交）');
    expect(html).not.toContain('残疾人证');
    expect(html).toContain('办理窗口：1号窗口');
    expect(html).toContain('size: A4');
    expect(html).not.toMatch(/<script|src=|href=/i);
  });

  it('gives a transferred case a 转办告知书 naming the target, and escapes what people typed', () => {
    const transferred: Case = {
      ...openCase,
      status: 'transferred',
      finishedAt: '2026-11-27T03:30:00.000Z' as Case['finishedAt'],
      transferredTo: '<b>市社保中心</b>',
      outcomeNote: '属参保关系转移 & 待遇',
    };
    const { html, title } = buildHandOnReceipt(inputFor(transferred));
    expect(title).toMatch(/^转办告知书 /);
    expect(html).toContain('转办至：&lt;b&gt;市社保中心&lt;/b&gt;');
    expect(html).toContain('说明：属参保关系转移 &amp; 待遇');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('代收');
  });

  it('refuses a case that was not handed on', () => {
    expect(isHandedOn(openCase)).toBe(false);
    expect(isHandedOn({ status: 'collected', transferredTo: null })).toBe(false);
    expect(() => buildHandOnReceipt(inputFor(openCase))).toThrow(/not handed on/);
  });
});
