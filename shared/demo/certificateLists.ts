import type { DepartmentId } from '../ids';
import {
  type CertificateListId,
  certificateKey,
  defaultConsequence,
  type CertificateEntryFields,
  type CertificateListFields,
  type EntryDraft,
  type ListKind,
} from '../certificates/model';
import { classifyVerification } from '../certificates/classify';
import { draftRows } from '../certificates/versions';
import { certificateEntryIdSchema, certificateListIdSchema } from '../certificates/model';
import type { IsoDay, IsoInstant } from '../time';
import { demoCatalog } from './catalog';
import { demoDepartmentIds } from './organization';

/**
 * Demo certificate lists: a kept and a dropped list per bureau, published. The demo items' dropped
 * certificates link to the dropped entries by `linkKey` (the entries are the one place their method
 * and wording are written); kept certificates match their kept entry by name. Sources are labelled truthfully in each list's `source`: the newspaper report says
 * the 人社局 cut 7 certificates without naming them, so those 7 are written after comparable published
 * lists and marked as such; the three 民政 rows are the 安徽民政 list's own wording (PRODUCT.md).
 */
type DemoEntry = Partial<EntryDraft> & Pick<EntryDraft, 'name'>;

const hrssDroppedSeven: DemoEntry[] = [
  {
    name: '终止或者解除劳动合同的证明',
    linkKey: 'RS-sy-jcldht',
    basis: '《失业保险金申领发放办法》（劳动和社会保障部令第8号）',
    basisText:
      '第六条 失业人员申领失业保险金应填写《失业保险金申领登记表》，并出示下列证明材料：……（二）所在单位出具的终止或者解除劳动合同的证明；',
    requestingUnit: '社会保险经办机构',
    replacementText: '通过社会保险经办系统中用人单位办理的减员和失业登记信息数据共享核查，申请人无需提交',
    method: 'dataSharing',
    level: 'city',
    itemType: '公共服务',
  },
  {
    name: '就业困难人员认定证明',
    linkKey: 'RS-cy-jyzt',
    basis: '《就业服务与就业管理规定》（劳动和社会保障部令第28号）',
    basisText:
      '第四十三条 ……就业困难人员的具体范围，由省、自治区、直辖市人民政府根据本行政区域的实际情况规定。',
    requestingUnit: '公共就业服务机构',
    replacementText: '由窗口人员在就业信息系统内部核查认定记录',
    method: 'departmentVerification',
    level: 'county',
    itemType: '公共服务',
  },
  {
    name: '灵活就业证明',
    linkKey: 'RS-cb-lhjyzm',
    basis: '《山东省就业促进条例》',
    basisText: '第二十条 ……',
    requestingUnit: '社会保险经办机构',
    replacementText: '直接取消，申请人如实填报就业形式即可',
    method: 'directlyCancelled',
    level: 'county',
    itemType: '公共服务',
  },
  {
    name: '与用人单位存在劳动关系（包括事实劳动关系）的证明材料',
    linkKey: 'RS-gs-ldgx',
    basis: '《工伤保险条例》',
    basisText:
      '第十八条 提出工伤认定申请应当提交下列材料：……（二）与用人单位存在劳动关系（包括事实劳动关系）的证明材料；',
    requestingUnit: '社会保险行政部门',
    replacementText: '已参加工伤保险的，通过社会保险参保缴费信息数据共享核查劳动关系',
    method: 'dataSharing',
    level: 'city',
    itemType: '行政确认',
  },
  {
    name: '亲属关系证明',
    linkKey: 'RS-yl-qsgx',
    basis: '《工伤保险条例》',
    basisText:
      '第三十九条 职工因工死亡，其近亲属按照下列规定从工伤保险基金领取丧葬补助金、供养亲属抚恤金和一次性工亡补助金',
    requestingUnit: '社会保险经办机构',
    replacementText: '实行告知承诺，申领人签署亲属关系告知承诺书，经办机构事后通过部门协查核实',
    method: 'commitment',
    level: 'city',
    itemType: '公共服务',
  },
  {
    name: '火化证明',
    linkKey: 'RS-yl-hhzm',
    basis: '《山东省企业职工基本养老保险丧葬补助金和抚恤金发放办法》',
    basisText: '第五条 ……',
    requestingUnit: '社会保险经办机构',
    replacementText: '通过民政殡葬管理信息系统数据共享核查火化信息',
    method: 'dataSharing',
    level: 'city',
    itemType: '公共服务',
  },
  {
    name: '户籍证明（出生日期证明）',
    linkKey: 'RS-yl-hjzm',
    basis: '《国务院关于工人退休、退职的暂行办法》（国发〔1978〕104号）',
    basisText: '……',
    requestingUnit: '社会保险经办机构',
    replacementText: '通过公安户籍信息共享核验出生日期',
    method: 'dataSharing',
    level: 'city',
    itemType: '行政确认',
  },
];

/** 安徽省民政厅证明事项取消清单 rows, wording as published (PRODUCT.md). */
const anhuiCivilAffairs: DemoEntry[] = [
  {
    name: '收入证明',
    linkKey: 'MZ-jz-srzm',
    basis: '《社会救助暂行办法》',
    basisText:
      '第十一条 申请最低生活保障，按照下列程序办理：（一）由共同生活的家庭成员向户籍所在地的乡镇人民政府、街道办事处提出书面申请；家庭成员申请有困难的，可以委托村民委员会、居民委员会代为提出申请。',
    requestingUnit: '县级人民政府民政部门',
    replacementText: '申请人提供收入情况声明，作出书面承诺',
    method: 'commitment',
    level: 'county',
    itemType: '行政给付',
  },
  {
    name: '家庭（个人）遭遇困难证明',
    linkKey: 'MZ-jz-knzm',
    basis: '《社会救助暂行办法》',
    basisText:
      '第四十八条 申请临时救助的，应当向乡镇人民政府、街道办事处提出，经审核、公示后，由县级人民政府民政部门审批',
    requestingUnit: '乡镇人民政府（街道办事处）',
    replacementText: '申请人提供困难情况声明，作出书面承诺',
    method: 'commitment',
    level: 'township',
    itemType: '行政给付',
  },
  {
    name: '财产状况证明',
    linkKey: 'MZ-jz-cczm',
    basis: '《最低生活保障审核确认办法》',
    basisText: '第十二条 ……',
    requestingUnit: '县级人民政府民政部门',
    replacementText: '申请人提供财产状况声明，作出书面承诺，由民政部门通过居民家庭经济状况核对系统核对',
    method: 'commitment',
    level: 'county',
    itemType: '行政给付',
  },
];

/**
 * The demo items' other dropped certificates. Their method and wording used to be written into each
 * item's materials as well; they live here now, once, and the items link to them by `linkKey`.
 */
const hrssDroppedMore: DemoEntry[] = [
  {
    name: '失业登记证明',
    linkKey: 'RS-sy-sydjzm',
    replacementText: '申领失业保险金即同步办理失业登记，通过就业信息系统共享，不再要求提交',
    method: 'dataSharing',
  },
  {
    name: '参保缴费凭证',
    linkKey: 'RS-yl-jfpz',
    replacementText: '通过全国社会保险公共服务平台获取转出地参保缴费信息，无需提交纸质凭证',
    method: 'dataSharing',
  },
];

const civilAffairsDroppedMore: DemoEntry[] = [
  {
    name: '父母死亡证明',
    linkKey: 'MZ-et-fmsw',
    replacementText: '通过公安户籍注销信息和卫生健康部门死亡医学证明信息共享核查',
    method: 'dataSharing',
  },
  {
    name: '户籍证明',
    linkKey: 'MZ-yl-hjzm',
    replacementText: '通过公安户籍信息共享核验户籍和出生日期',
    method: 'dataSharing',
  },
  {
    name: '家庭经济困难证明',
    linkKey: 'MZ-yl-jjknzm',
    replacementText: '通过社会救助信息系统核查低保、低保边缘或特困身份',
    method: 'dataSharing',
  },
  {
    name: '婚姻状况证明',
    linkKey: 'HY-jh-hyzk',
    basis: '《婚姻登记条例》（2025年修订）',
    replacementText: '以当事人当场签署的《申请结婚登记声明书》代替',
    method: 'otherMaterial',
    level: 'county',
  },
];

const keptReasons: Record<string, string> = {
  '医疗诊断证明或者职业病诊断证明书（职业病诊断鉴定书）':
    '涉及医学专业判断，事后核查难以纠正，不适用告知承诺',
  道路交通事故认定书: '属于公安机关法定认定文书，直接决定工伤认定结论',
  '居民死亡医学证明（推断）书': '涉及人身关系消灭，风险较高，不适用告知承诺',
  医疗诊断证明或病历: '涉及医学专业判断，决定救助对象认定',
  人民法院宣告失踪判决书: '属于人民法院生效裁判文书，不能以承诺替代',
  老年人能力评估报告: '需具备资质的第三方评估机构专业评估，决定补贴等级',
};

const itemsByCertificate = (departmentId: DepartmentId, dropped: boolean) => {
  const found = new Map<string, { issuer: string; items: string[]; basis: string }>();
  for (const item of demoCatalog) {
    if (item.departmentId !== departmentId) continue;
    for (const material of item.materials) {
      if (!material.isCertificate || Boolean(material.dropped) !== dropped) continue;
      const known = found.get(material.name);
      if (known) known.items.push(item.name);
      else
        found.set(material.name, {
          issuer: material.issuer ?? '',
          items: [item.name],
          basis: item.basis,
        });
    }
  }
  return found;
};

const entryOf = (
  kind: ListKind,
  serial: number,
  demo: DemoEntry,
  fromCatalog?: ReturnType<typeof itemsByCertificate> extends Map<string, infer V> ? V : never,
): EntryDraft => {
  const method = kind === 'dropped' ? (demo.method ?? 'unclassified') : null;
  const replacementText = kind === 'dropped' ? (demo.replacementText ?? '') : '';
  return {
    serial: String(serial),
    name: demo.name,
    purpose: demo.purpose ?? fromCatalog?.items.join('；') ?? '',
    basis: demo.basis ?? fromCatalog?.basis ?? '',
    basisText: demo.basisText ?? '',
    requestingUnit: demo.requestingUnit ?? '',
    issuer: demo.issuer ?? fromCatalog?.issuer ?? '',
    level: demo.level ?? 'city',
    itemType: demo.itemType ?? '公共服务',
    keptReason: kind === 'kept' ? (demo.keptReason ?? keptReasons[demo.name] ?? '') : '',
    replacementText,
    method,
    verificationMethod: method === 'commitment' ? (classifyVerification(replacementText) ?? 'written') : null,
    falseCommitmentConsequence: method === 'commitment' ? defaultConsequence : '',
    ...(demo.linkKey ? { linkKey: demo.linkKey } : {}),
    extra: {},
  };
};

/** The listed rows first (their wording wins), then the demo items' other certificates of that kind. */
const entriesFor = (
  departmentId: DepartmentId,
  kind: ListKind,
  listed: readonly DemoEntry[],
): EntryDraft[] => {
  const fromCatalog = itemsByCertificate(departmentId, kind === 'dropped');
  const listedKeys = new Set(listed.map((entry) => certificateKey(entry.name)));
  const rest = [...fromCatalog.keys()]
    .filter((name) => !listedKeys.has(certificateKey(name)))
    .map((name) => ({ name }));
  return [...listed, ...rest].map((demo, index) =>
    entryOf(kind, index + 1, demo, fromCatalog.get(demo.name)),
  );
};

type DemoList = {
  departmentId: DepartmentId;
  kind: ListKind;
  title: string;
  documentNumber: string;
  effectiveDate: string;
  source: string;
  listed: DemoEntry[];
};

const demoListDefinitions: DemoList[] = [
  {
    departmentId: demoDepartmentIds.hrss,
    kind: 'dropped',
    title: '济宁市人力资源和社会保障局证明事项取消清单',
    documentNumber: '',
    effectiveDate: '2019-12-01',
    source:
      '演示数据。报道（齐鲁晚报《一线党旗红，党员干部当标兵》）称济宁市人社局精简证明材料7项并编制保留清单和取消清单，但未列出名称；本清单前7项参照人社领域同类公开清单编写，其余为演示事项中已取消的证明。',
    listed: [...hrssDroppedSeven, ...hrssDroppedMore],
  },
  {
    departmentId: demoDepartmentIds.hrss,
    kind: 'kept',
    title: '济宁市人力资源和社会保障局证明事项保留清单',
    documentNumber: '',
    effectiveDate: '2019-12-01',
    source: '演示数据：演示事项中仍需提交的证明，保留原因为示例。',
    listed: [],
  },
  {
    departmentId: demoDepartmentIds.civilAffairs,
    kind: 'dropped',
    title: '济宁市民政局证明事项取消清单',
    documentNumber: '',
    effectiveDate: '2019-12-01',
    source:
      '演示数据。收入证明、家庭（个人）遭遇困难证明、财产状况证明三项的名称和替代方式取自安徽省民政厅公布的证明事项取消清单；其余为演示事项中已取消的证明。',
    listed: [...anhuiCivilAffairs, ...civilAffairsDroppedMore],
  },
  {
    departmentId: demoDepartmentIds.civilAffairs,
    kind: 'kept',
    title: '济宁市民政局证明事项保留清单',
    documentNumber: '',
    effectiveDate: '2019-12-01',
    source: '演示数据：演示事项中仍需提交的证明，保留原因为示例。',
    listed: [],
  },
];

export type DemoListRows = {
  list: { id: CertificateListId; fields: CertificateListFields };
  entries: { id: string; fields: CertificateEntryFields }[];
};

/** Fixed, not the seeding time: every desk and the server must seed identical rows. */
export const demoListsPublishedAt = '2019-12-01T00:00:00.000Z' as IsoInstant;

/** Published version 1 of each demo list, with deterministic ids so desks and the server agree. */
export const demoCertificateLists = (publishedAt: IsoInstant): DemoListRows[] =>
  demoListDefinitions.map((definition) => {
    const listId = certificateListIdSchema.parse(`certlist-${definition.departmentId}-${definition.kind}-v1`);
    const entries = entriesFor(definition.departmentId, definition.kind, definition.listed);
    const draft = draftRows({
      listId,
      entryIds: entries.map((_, index) => certificateEntryIdSchema.parse(`${listId}-${index + 1}`)),
      departmentId: definition.departmentId,
      kind: definition.kind,
      title: definition.title,
      documentNumber: definition.documentNumber,
      effectiveDate: definition.effectiveDate as IsoDay,
      source: definition.source,
      entries,
      series: [],
    });
    return {
      list: { id: listId, fields: { ...draft.list, status: 'published', publishedAt, publishedBy: 'seed' } },
      entries: draft.entries,
    };
  });
