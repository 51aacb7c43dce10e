import { describe, expect, it } from 'vitest';
import { itemIdSchema } from '../ids';
import { isNeededMaterial, seededItemId, serviceItemFieldsSchema } from '../domain/serviceItem';
import { demoCatalog } from './catalog';
import { demoDepartments, demoHalls } from './organization';
import type { GuideProblem } from '../domain/guideConsistency';
import { guideProblems } from '../domain/guideConsistency';
import { windowRoleAt } from '../domain/guideRules';
import { searchItems, buildSearchIndex } from '../catalog/search';

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
      // A certificate has an issuer (开具单位); a dropped one links to its list entry (certificateLists.test).
      for (const material of item.materials) {
        if (material.isCertificate) expect(material.issuer?.length).toBeGreaterThan(0);
        if (material.dropped) expect(material.dropped.key.length).toBeGreaterThan(0);
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

  it('links the real dropped certificates to their list entries, restating nothing of them', () => {
    const dropped = demoCatalog.flatMap((item) => item.materials.filter((material) => material.dropped));
    const linkOf = (name: string) => dropped.find((material) => material.name === name)?.dropped;
    expect(linkOf('收入证明')).toEqual({ key: 'MZ-jz-srzm' });
    expect(linkOf('家庭（个人）遭遇困难证明')).toEqual({ key: 'MZ-jz-knzm' });
    expect(linkOf('财产状况证明')).toEqual({ key: 'MZ-jz-cczm' });
  });

  it("orders the 低保 steps as today's procedure (民发〔2021〕57号), with the 7-day 公示 outside the limit", () => {
    const dibao = demoCatalog.find((item) => item.name === '城乡最低生活保障申请')!;
    expect(dibao.steps.map((step) => step.title)).toEqual([
      '提出申请',
      '入户调查和经济状况核对',
      '乡镇初审',
      '公示',
      '县级民政审核确认',
    ]);
    expect(dibao.materials.map((material) => material.name)).toContain('家庭经济状况核查授权书');
    expect(dibao.excludedPeriods).toEqual([
      expect.objectContaining({ kind: 'publicNotice', value: 7, stepId: 'gs' }),
    ]);
    // Accepted at the 乡镇 and decided by the county: a city window neither accepts it nor 当场出具 anything.
    expect(dibao.authority).toMatchObject({ acceptLevels: ['township'], decisionLevel: 'county' });
    expect(windowRoleAt(dibao, 'township')).toBe('collectAndForward');
    expect(dibao.steps.some((step) => step.description.includes('当场出具'))).toBe(false);
  });
});

describe('demo catalog self-consistency', () => {
  it.each(demoCatalog.map((item) => [item.name, item] as const))(
    '%s holds together as a guide',
    (_name, item) => {
      const { id: _id, ...fields } = item;
      expect(guideProblems(fields)).toEqual([]);
    },
  );

  it('catches each kind of inconsistency a clerk would stop at', () => {
    const base = demoCatalog.find((item) => item.name === '失业保险金申领')!;
    const problemsOf = (changes: Partial<typeof base>): GuideProblem['code'][] =>
      guideProblems({ ...base, ...changes }).map((problem) => problem.code);
    expect(problemsOf({ promisedLimit: { value: 1, unit: 'workingDays' } })).toContain('immediateButDays');
    expect(problemsOf({ immediate: false, promisedLimit: { value: 15, unit: 'workingDays' } })).toContain(
      'promiseBeyondLegal',
    );
    expect(problemsOf({ authority: undefined })).toContain('noAuthority');
    expect(problemsOf({ onlineGuide: undefined })).toContain('onlineWithoutPath');
    const [idCardMaterial, card, dropped] = base.materials;
    const photo = { ...dropped!, name: '近期一寸免冠照片' };
    expect(problemsOf({ materials: [idCardMaterial!, card!, photo] })).toContain('droppedNotACertificate');
    const conditional = { ...card!, appliesWhen: { conditionId: 'nope', answer: true } };
    expect(problemsOf({ materials: [idCardMaterial!, conditional] })).toContain('unknownCondition');
    expect(problemsOf({ conditions: [{ id: 'unused', question: '？' }] })).toContain('unusedCondition');
    expect(problemsOf({ materials: [{ ...card!, deferrable: true }] })).toContain('deferrableWithoutRule');
    const divorce = demoCatalog.find((item) => item.name === '离婚登记')!;
    const [apply, register] = divorce.stages!;
    const codes = guideProblems({
      ...divorce,
      stages: [apply!, { ...register!, materialIds: ['sfz', 'jhz'] }],
    }).map((problem) => problem.code);
    expect(codes).toContain('materialInNoStage');
  });

  it('keeps one name per dropped-list key across items, so a list entry links to one certificate', () => {
    const byKey = new Map<string, string>();
    for (const item of demoCatalog)
      for (const material of item.materials)
        if (material.dropped?.key) {
          const seen = byKey.get(material.dropped.key);
          if (seen) expect(seen, material.dropped.key).toBe(material.name);
          byKey.set(material.dropped.key, material.name);
        }
    expect(byKey.size).toBeGreaterThanOrEqual(10);
  });

  it("takes no dropped certificates from another province's lists", () => {
    const text = JSON.stringify(demoCatalog);
    expect(text).not.toMatch(/皖|安徽/);
  });

  it("gives 失业保险金申领 the 办法's 10 days and asks for neither 解除劳动合同证明 nor 失业登记证明", () => {
    const item = demoCatalog.find((entry) => entry.name === '失业保险金申领')!;
    expect(item).toMatchObject({ immediate: true, promisedLimit: { value: 0 }, legalLimit: { value: 10 } });
    const names = item.materials
      .filter((material) => isNeededMaterial(material))
      .map((material) => material.name);
    expect(names.join()).not.toMatch(/劳动合同|失业登记/);
  });

  it('puts the 离婚协议书 at the second visit of a divorce, after a 30-day 冷静期, with a way to withdraw', () => {
    const divorce = demoCatalog.find((item) => item.name === '离婚登记')!;
    const [apply, register] = divorce.stages!;
    const nameOf = (id: string) => divorce.materials.find((material) => material.id === id)!.name;
    expect(apply!.materialIds.map(nameOf)).toContain('离婚登记申请书');
    expect(apply!.materialIds.map(nameOf)).not.toContain('离婚协议书');
    expect(register!.materialIds.map(nameOf)).toContain('离婚协议书');
    expect(register!.waitBefore).toMatchObject({ kind: 'coolingOff', value: 30, startsFrom: 'nextDay' });
    expect(divorce.withdrawal).toBeTruthy();
    expect(divorce.parties?.map((party) => party.role)).toEqual(['male', 'female']);
  });

  it('states the 特困 disability threshold for 无劳动能力 and minors up to 18', () => {
    const item = demoCatalog.find((entry) => entry.name === '特困人员救助供养申请')!;
    expect(item.summary).toContain('未满 18 周岁');
    expect(item.materials.find((material) => material.id === 'cjz')?.note).toBe(
      '残疾等级为一、二、三级的智力、精神残疾人，一、二级的肢体残疾人，一级的视力残疾人，认定为无劳动能力',
    );
  });

  it('finds items by their common names in characters, pinyin initials and full pinyin', () => {
    const index = buildSearchIndex(demoCatalog);
    const first = (query: string) => searchItems(index, query)[0]?.name;
    expect(first('社保卡')).toBe('社会保障卡申领');
    expect(first('低保')).toBe('城乡最低生活保障申请');
    expect(first('db')).toBe('城乡最低生活保障申请');
    expect(first('wubao')).toBe('特困人员救助供养申请');
    expect(first('ylj')).toBe('职工基本养老保险退休待遇核定');
    expect(first('sybxj')).toBe('失业保险金申领');
    expect(first('失业金')).toBe('失业保险金申领');
  });

  it('has a 乡镇 hall for the 低保 story and a county marriage registry', () => {
    expect(demoHalls.find((hall) => hall.level === 'township')?.name).toBe('任城区南张街道便民服务中心');
    expect(demoHalls.find((hall) => hall.name === '任城区婚姻登记处')?.level).toBe('county');
  });
});
