import { departmentIdSchema } from '../ids';
import type { DemoCatalogItem } from './catalogParts';
import {
  allChannels,
  certificate,
  decidedAt,
  demoItem,
  droppedCertificate,
  idCard,
  material,
  signedForm,
  step,
  workingDays,
} from './catalogParts';

const civilAffairs = departmentIdSchema.parse('dept-JN-MZ');

const disabilityCard = material('cjz', '中华人民共和国残疾人证（第二代）', {
  note: '可经残联数据共享核验的，只需出示，不留复印件',
});

/** 残疾人两项补贴: applied for at the 乡镇, 残联 checks the disability, the county 民政 decides. */
const disabilitySubsidies = decidedAt(
  '县级人民政府民政部门',
  ['township', 'county'],
  'county',
  '县级民政部门（县级残联审核残疾信息）',
  'accept',
);
const subsidiesOnline = {
  path: '“爱山东”APP → 残疾人两项补贴申请（全国残疾人两项补贴“跨省通办”）',
  windowHelp: '窗口帮办代办：残疾人或其家属不便操作的，由窗口工作人员代为在线申请并上传材料。',
};
const agentLetter = material('wts', '委托书', {
  required: false,
  note: '委托他人代办的提交，代办人另带本人身份证',
});
const agentRule = { letterMaterialId: 'wts', note: '残疾人本人不便到场的，可由法定监护人或委托他人代办' };

/** 民政：残疾人福利、养老服务与殡葬服务类事项. */
export const civilAffairsWelfareItems: DemoCatalogItem[] = [
  demoItem({
    code: '370800-MZ-JF-005',
    name: '困难残疾人生活补贴申请',
    aliases: ['残疾人两项补贴', '残疾人生活补贴'],
    departmentId: civilAffairs,
    category: '残疾人福利',
    summary:
      '具有本市户籍、持有第二代残疾人证的低保家庭中的残疾人，以及低保边缘家庭中的重度残疾人，可申请困难残疾人生活补贴。低保、低保边缘身份由窗口在社会救助信息系统中核查，无需开具证明。',
    basis:
      '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）；《山东省人民政府关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的实施意见》',
    legalLimit: workingDays(30),
    promisedLimit: workingDays(15),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: true,
    agent: agentRule,
    authority: disabilitySubsidies,
    onlineGuide: subsidiesOnline,
    materials: [signedForm('sqb', '残疾人两项补贴申请审批表'), idCard(), disabilityCard, agentLetter],
    steps: [
      step('sq', '提出申请', 'window', '受理申请，核验身份证和残疾人证，在社会救助信息系统中核查低保身份。'),
      step('cs', '乡镇初审', 'backOffice', '乡镇（街道）核查申请人户籍、残疾等级和家庭经济状况。'),
      step('sh', '县级审核', 'backOffice', '县级残联审核残疾信息，县级民政部门审定。'),
      step('ff', '按月发放', 'system', '自受理申请次月起按月发放至申请人社会保障卡账户。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-JF-006',
    name: '重度残疾人护理补贴申请',
    aliases: ['护理补贴'],
    departmentId: civilAffairs,
    category: '残疾人福利',
    summary: '残疾等级被评定为一级、二级且需要长期照护的重度残疾人，可申请重度残疾人护理补贴。',
    basis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
    legalLimit: workingDays(30),
    promisedLimit: workingDays(15),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: true,
    agent: agentRule,
    authority: disabilitySubsidies,
    onlineGuide: subsidiesOnline,
    materials: [signedForm('sqb', '残疾人两项补贴申请审批表'), idCard(), disabilityCard, agentLetter],
    steps: [
      step('sq', '提出申请', 'window', '受理申请，核验身份证和残疾人证。'),
      step('sh', '审核审定', 'backOffice', '乡镇（街道）初审，县级残联审核、民政部门审定。'),
      step('ff', '按月发放', 'system', '审定后按月发放护理补贴。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-JF-007',
    name: '高龄津贴申请',
    aliases: ['高龄补贴', '老年津贴'],
    departmentId: civilAffairs,
    category: '养老服务',
    summary:
      '具有本市户籍、年满 80 周岁的老年人可申请高龄津贴，按年龄段分档按月发放；年满 100 周岁的老年人享受百岁老人长寿补贴。',
    basis: '《中华人民共和国老年人权益保障法》第三十三条；《山东省老年人权益保障条例》',
    legalLimit: workingDays(20),
    promisedLimit: workingDays(5),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: true,
    agent: { letterMaterialId: 'wts', note: '老年人行动不便的，可由家属代办' },
    authority: decidedAt(
      '县级人民政府民政部门',
      ['township', 'county', 'city'],
      'county',
      '县级民政部门',
      'accept',
    ),
    onlineGuide: {
      path: '“爱山东”APP → 民政服务 → 高龄津贴申请，人脸识别核验老年人身份',
      windowHelp: '窗口帮办代办：子女或窗口工作人员协助老年人完成在线申请和人脸识别。',
    },
    materials: [
      idCard('老年人本人身份证；代办的另需代办人身份证'),
      material('sbk', '老年人本人社会保障卡', { note: '津贴发放至社会保障卡银行账户' }),
      material('wts', '委托书', { required: false, note: '家属代办的提交' }),
      droppedCertificate('hjzm', '户籍证明', '公安派出所', { key: 'MZ-yl-hjzm' }),
    ],
    steps: [
      step('sq', '提出申请', 'window', '核验老年人身份和户籍，录入申请信息。'),
      step('sh', '审核', 'backOffice', '乡镇（街道）审核，县级民政部门审批。'),
      step('ff', '按月发放', 'system', '自批准次月起按月发放。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-JF-008',
    name: '经济困难老年人养老服务补贴申请',
    aliases: ['养老服务补贴'],
    departmentId: civilAffairs,
    category: '养老服务',
    summary:
      '低保、低保边缘家庭和特困人员中的失能、半失能老年人，可申请养老服务补贴，用于购买居家和社区养老服务或入住养老机构。未评估的老年人由民政部门委托评估机构上门评估，评估期间不计入办理时限。',
    basis:
      '《中华人民共和国老年人权益保障法》第三十三条；《财政部 民政部 全国老龄办关于建立健全经济困难的高龄、失能等老年人补贴制度的通知》（财社〔2014〕113号）',
    legalLimit: workingDays(30),
    promisedLimit: workingDays(15),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    authority: decidedAt('县级人民政府民政部门', ['township', 'county'], 'county', '县级民政部门', 'accept'),
    conditions: [{ id: 'assessed', question: '老年人是否已有有效的能力评估报告？' }],
    excludedPeriods: [
      { kind: 'assessment', value: 10, unit: 'workingDays', startsFrom: 'nextDay', stepId: 'pg' },
    ],
    materials: [
      signedForm('sqb', '养老服务补贴申请表'),
      idCard(),
      certificate('nlpg', '老年人能力评估报告', '具备资质的第三方评估机构', {
        appliesWhen: { conditionId: 'assessed', answer: true },
        note: '未评估的，受理后由民政部门委托评估机构上门评估',
      }),
      droppedCertificate('jjknzm', '家庭经济困难证明', '村（居）民委员会', { key: 'MZ-yl-jjknzm' }),
    ],
    steps: [
      step('sq', '提出申请', 'window', '受理申请，核验身份，登记评估需求。'),
      step(
        'pg',
        '能力评估',
        'backOffice',
        '委托评估机构开展老年人能力评估，确定失能等级；评估期间不计入办理时限。',
      ),
      step('sp', '审核审批', 'backOffice', '乡镇（街道）审核，县级民政部门审批并确定补贴标准。'),
      step('ff', '发放补贴', 'system', '补贴按月发放或以服务券形式拨付至服务机构。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-GG-009',
    name: '殡葬补贴申领',
    aliases: ['丧葬补贴', '惠民殡葬'],
    departmentId: civilAffairs,
    category: '殡葬服务',
    summary:
      '本市户籍居民去世后实行火化、骨灰生态安葬的，丧属可按县（市、区）规定申领殡葬补贴（现金）。遗体接运、火化等基本殡葬服务费用的减免由殡仪馆在办理火化时按县级规定直接减免，不在本事项办理。',
    basis:
      '《殡葬管理条例》；《民政部等16部门关于进一步推动殡葬改革促进殡葬事业发展的指导意见》（民发〔2018〕5号）；《山东省殡葬管理规定》',
    legalLimit: workingDays(20),
    promisedLimit: workingDays(10),
    immediate: false,
    channels: ['window'],
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    parties: [{ role: 'closeRelative', inPerson: false }],
    authority: decidedAt(
      '县级人民政府民政部门',
      ['township', 'county', 'city'],
      'county',
      '逝者户籍地县级民政部门',
      'accept',
    ),
    materials: [
      material('sfz', '逝者居民身份证或户口簿'),
      material('jbrsfz', '经办丧属居民身份证'),
      material('yhk', '经办丧属本人银行卡或社会保障卡', { note: '补贴发放至该账户' }),
      certificate('swzm', '居民死亡医学证明（推断）书', '医疗卫生机构', {
        note: '非正常死亡的，提交公安机关出具的死亡证明',
      }),
    ],
    steps: [
      step(
        'hy',
        '核验信息',
        'window',
        '核验逝者户籍和死亡医学证明，核对经办人身份；火化信息在殡葬管理信息系统中查询，无需提交火化证明。',
      ),
      step('sh', '审核', 'backOffice', '县级民政部门审核补贴条件，确定补贴金额。'),
      step('ff', '发放补贴', 'system', '补贴发放至经办丧属账户。'),
    ],
  }),
];
