import { describe, expect, it } from 'vitest';
import { itemIdSchema } from '../ids';
import { isNeededMaterial, seededItemId, serviceItemFieldsSchema } from '../domain/serviceItem';
import { demoCatalog } from './catalog';
import { demoDepartments } from './organization';

const unique = (values: readonly string[]) => new Set(values).size === values.length;

describe('demo catalog', () => {
  it('has at least 16 items across both bureaus', () => {
    expect(demoCatalog.length).toBeGreaterThanOrEqual(16);
    for (const department of demoDepartments) {
      expect(demoCatalog.filter((item) => item.departmentId === department.id).length).toBeGreaterThanOrEqual(
        7,
      );
    }
  });

  it.each(demoCatalog.map((item) => [item.name, item] as const))('%s validates strictly', (_name, item) => {
    const { id, ...fields } = item;
    expect(serviceItemFieldsSchema.strict().parse(fields)).toEqual(fields);
    expect(itemIdSchema.parse(id)).toBe(seededItemId(item.code));
  });

  it('uses unique codes and ids', () => {
    expect(unique(demoCatalog.map((item) => item.code))).toBe(true);
    expect(unique(demoCatalog.map((item) => item.id))).toBe(true);
  });

  it.each(demoCatalog.map((item) => [item.name, item] as const))(
    '%s has unique material and step ids and consistent flags',
    (_name, item) => {
      expect(unique(item.materials.map((material) => material.id))).toBe(true);
      expect(unique(item.steps.map((step) => step.id))).toBe(true);
      // A certificate has an issuer (开具单位); dropped entries say how they are replaced.
      for (const material of item.materials) {
        if (material.isCertificate) expect(material.issuer?.length).toBeGreaterThan(0);
        if (material.dropped) expect(material.dropped.replacement.length).toBeGreaterThan(0);
      }
      expect(item.materials.some((material) => isNeededMaterial(material))).toBe(true);
      if (item.fullyOnline) expect(item.channels).toContain('online');
      if (item.immediate && item.promisedLimit.unit === 'workingDays')
        expect(item.promisedLimit.value).toBeLessThanOrEqual(1);
      expect(item.promisedLimit.value).toBeLessThanOrEqual(
        item.legalLimit.unit === item.promisedLimit.unit ? item.legalLimit.value : Infinity,
      );
    },
  );

  it('names the items of the brief', () => {
    const names = new Set(demoCatalog.map((item) => item.name));
    for (const name of [
      '失业保险金申领',
      '工伤认定申请',
      '工伤保险待遇核定',
      '丧葬补助金和抚恤金申领',
      '社会保障卡申领',
      '职工养老保险关系转移',
      '灵活就业人员参保登记',
      '城乡最低生活保障申请',
      '结婚登记',
      '离婚登记',
      '特困人员救助供养申请',
      '困难残疾人生活补贴申请',
      '高龄津贴申请',
      '临时救助申请',
    ])
      expect(names.has(name), name).toBe(true);
    expect(demoCatalog.some((item) => item.name.startsWith('殡葬补贴'))).toBe(true);
  });

  it('has exactly the two instant-approval items of the article', () => {
    expect(demoCatalog.filter((item) => item.instantApproval).length).toBe(2);
  });

  it('carries the real dropped certificates with their replacements', () => {
    const dropped = demoCatalog.flatMap((item) => item.materials.filter((material) => material.dropped));
    const replacementOf = (name: string) => dropped.find((material) => material.name === name)?.dropped;
    expect(replacementOf('收入证明')).toMatchObject({ replacementMethod: 'commitment' });
    expect(replacementOf('收入证明')?.replacement).toContain('收入情况声明');
    expect(replacementOf('家庭（个人）遭遇困难证明')?.replacement).toContain('困难情况声明');
    expect(replacementOf('财产状况证明')?.replacement).toContain('财产状况声明');
  });

  it('orders the 低保 steps as the published procedure', () => {
    const dibao = demoCatalog.find((item) => item.name === '城乡最低生活保障申请')!;
    expect(dibao.steps.map((step) => step.title)).toEqual([
      '提出申请',
      '入户调查和经济状况核对',
      '民主评议',
      '公示',
      '乡镇审核',
      '县级审批',
    ]);
    expect(dibao.materials.map((material) => material.name)).toContain('家庭经济状况核查授权书');
  });
});
