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
  publicNotice,
  signedForm,
  step,
  workingDays,
} from './catalogParts';

const civilAffairs = departmentIdSchema.parse('dept-JN-MZ');

/** Dropped by 告知承诺: the applicant signs a declaration instead (PRODUCT.md's examples). */
const incomeCertificate = droppedCertificate('srzm', '收入证明', '申请人所在单位或村（居）民委员会', {
  key: 'MZ-jz-srzm',
});
const hardshipCertificate = droppedCertificate('knzm', '家庭（个人）遭遇困难证明', '村（居）民委员会', {
  key: 'MZ-jz-knzm',
});
const propertyCertificate = droppedCertificate('cczm', '财产状况证明', '村（居）民委员会', {
  key: 'MZ-jz-cczm',
});
const verificationConsent = signedForm(
  'hcsqs',
  '家庭经济状况核查授权书',
  '共同生活的家庭成员均需签字，授权民政部门核对存款、车辆、房产、工商、社保等信息',
);
const householdRegister = material('hkb', '居民户口簿', { form: 'originalAndCopy' });
const agentLetter = material('wts', '委托书', {
  required: false,
  note: '本人申请有困难，委托村（居）民委员会或他人代为提出的提交，代办人另带本人身份证',
});
const agentRule = {
  letterMaterialId: 'wts',
  note: '本人申请有困难的，可委托村（居）民委员会或者他人代为提出申请',
};

/**
 * Social assistance is applied for at the 乡镇人民政府（街道办事处） where the household is registered and
 * decided (审核确认) by the county 民政 department, which may delegate it to the 乡镇.
 */
const townshipToCounty = decidedAt(
  '县级人民政府民政部门',
  ['township'],
  'county',
  '县级人民政府民政部门',
  'accept',
);

/** 民政：社会救助类事项. */
export const civilAffairsAssistanceItems: DemoCatalogItem[] = [
  demoItem({
    code: '370800-MZ-JF-001',
    name: '城乡最低生活保障申请',
    aliases: ['低保', '最低生活保障'],
    departmentId: civilAffairs,
    category: '社会救助',
    summary:
      '共同生活的家庭成员人均收入低于当地最低生活保障标准，且家庭财产状况符合规定的，可由申请人向户籍所在地乡镇人民政府（街道办事处）提出低保申请；在经常居住地申请的按属地规定办理。市、县政务服务大厅不直接受理，应引导申请人到乡镇（街道）窗口办理。',
    basis:
      '《社会救助暂行办法》（国务院令第649号）第九条至第十三条；《最低生活保障审核确认办法》（民发〔2021〕57号）；《山东省社会救助办法》',
    legalLimit: workingDays(30),
    promisedLimit: workingDays(20),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    parties: [
      { role: 'applicant', inPerson: false },
      { role: 'householdMember', inPerson: false },
    ],
    agent: agentRule,
    authority: townshipToCounty,
    conditions: [
      { id: 'disabled', question: '共同生活的家庭成员中是否有残疾人？' },
      { id: 'illness', question: '家庭成员是否患有重大疾病？' },
    ],
    excludedPeriods: [publicNotice(7, 'gs')],
    materials: [
      signedForm('sqs', '最低生活保障申请书'),
      idCard('共同生活家庭成员的居民身份证均需提供'),
      householdRegister,
      verificationConsent,
      incomeCertificate,
      propertyCertificate,
      material('cjz', '中华人民共和国残疾人证', {
        appliesWhen: { conditionId: 'disabled', answer: true },
        note: '可经残联数据共享核验的，只需出示',
      }),
      certificate('bzzm', '医疗诊断证明或病历', '二级以上医疗机构', {
        form: 'copy',
        appliesWhen: { conditionId: 'illness', answer: true },
      }),
      agentLetter,
    ],
    steps: [
      step(
        'sq',
        '提出申请',
        'window',
        '乡镇（街道）窗口受理低保申请，审核申请书、身份证件、户口簿及家庭经济状况核查授权书，材料齐全的出具受理通知书。',
      ),
      step(
        'dc',
        '入户调查和经济状况核对',
        'backOffice',
        '乡镇（街道）组织入户调查，通过居民家庭经济状况核对系统核对收入和财产信息。',
      ),
      step('cs', '乡镇初审', 'backOffice', '乡镇人民政府（街道办事处）根据调查核对结果提出初审意见。'),
      step(
        'gs',
        '公示',
        'backOffice',
        '在申请家庭所在村（社区）公示初审意见，公示期 7 天；公示期不计入办理时限。',
      ),
      step(
        'qr',
        '县级民政审核确认',
        'backOffice',
        '县级民政部门审核确认（可委托乡镇人民政府、街道办事处），确认的发放低保金，不予确认的书面说明理由。',
      ),
    ],
  }),
  demoItem({
    code: '370800-MZ-JF-002',
    name: '特困人员救助供养申请',
    aliases: ['五保', '三无人员', '特困供养'],
    departmentId: civilAffairs,
    category: '社会救助',
    summary:
      '无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其法定义务人无履行义务能力的老年人、残疾人以及未满 18 周岁的未成年人，可申请特困人员救助供养（原农村五保、城市“三无”人员），选择分散供养或集中供养。',
    basis: '《社会救助暂行办法》第十四条至第二十条；《特困人员认定办法》（民发〔2021〕43号）',
    legalLimit: workingDays(35),
    promisedLimit: workingDays(20),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    agent: agentRule,
    authority: townshipToCounty,
    conditions: [{ id: 'disabled', question: '是否以残疾为由认定无劳动能力？' }],
    excludedPeriods: [publicNotice(7, 'gs')],
    materials: [
      signedForm('sqs', '特困人员救助供养申请书'),
      idCard(),
      householdRegister,
      verificationConsent,
      propertyCertificate,
      hardshipCertificate,
      material('cjz', '中华人民共和国残疾人证', {
        appliesWhen: { conditionId: 'disabled', answer: true },
        note: '残疾等级为一、二、三级的智力、精神残疾人，一、二级的肢体残疾人，一级的视力残疾人，认定为无劳动能力',
      }),
      agentLetter,
    ],
    steps: [
      step('sq', '提出申请', 'window', '乡镇（街道）窗口受理申请，审核材料，出具受理通知书。'),
      step(
        'dc',
        '调查核实',
        'backOffice',
        '乡镇（街道）入户调查，核对收入财产状况及法定义务人情况，提出初审意见。',
      ),
      step('gs', '公示', 'backOffice', '在申请人所在村（社区）公示 7 天，公示期不计入办理时限。'),
      step('qr', '县级审核确认', 'backOffice', '县级民政部门审核确认，确定供养形式和生活自理能力等级。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-JF-003',
    name: '临时救助申请',
    aliases: ['急难救助'],
    departmentId: civilAffairs,
    category: '社会救助',
    summary:
      '因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因导致基本生活暂时出现严重困难的家庭或个人，可申请临时救助；情况紧急的，可先行救助，事后补齐材料。',
    basis: '《社会救助暂行办法》第四十七条；《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）',
    legalLimit: workingDays(20),
    promisedLimit: workingDays(10),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    agent: agentRule,
    authority: decidedAt(
      '县级人民政府民政部门',
      ['township', 'county'],
      'county',
      '县级人民政府民政部门',
      'accept',
    ),
    conditions: [{ id: 'illness', question: '是否因病致困？' }],
    deferral: { maxDays: 10, unit: 'workingDays' },
    materials: [
      signedForm('sqs', '临时救助申请书'),
      idCard(),
      householdRegister,
      verificationConsent,
      hardshipCertificate,
      incomeCertificate,
      material('ylfy', '医疗费用票据', {
        form: 'copy',
        appliesWhen: { conditionId: 'illness', answer: true },
        deferrable: true,
        note: '已经医保结算的以结算单为准；情况紧急的可容缺受理，事后补交',
      }),
      agentLetter,
    ],
    steps: [
      step('sq', '提出申请', 'window', '受理申请，审核材料；情况紧急的报请先行救助。'),
      step('hs', '审核核实', 'backOffice', '乡镇（街道）核实困难情况，核对家庭经济状况。'),
      step('sp', '审批', 'backOffice', '按救助金额权限审批，确定救助方式和金额。'),
      step('ff', '发放救助', 'system', '救助金发放至申请人社会保障卡或银行账户。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-JF-004',
    name: '孤儿基本生活费申请',
    aliases: ['孤儿补贴'],
    departmentId: civilAffairs,
    category: '儿童福利',
    summary:
      '失去父母、查找不到生父母的未满 18 周岁的未成年人，由其监护人向户籍所在地乡镇人民政府（街道办事处）申请孤儿基本生活费。',
    basis:
      '《国务院办公厅关于加强孤儿保障工作的意见》（国办发〔2010〕54号）；《民政部 财政部关于发放孤儿基本生活费的通知》（民发〔2010〕161号）',
    legalLimit: workingDays(30),
    promisedLimit: workingDays(20),
    immediate: false,
    channels: ['window', 'online'],
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    parties: [
      { role: 'guardian', inPerson: false },
      { role: 'applicant', inPerson: false },
    ],
    authority: townshipToCounty,
    conditions: [{ id: 'missingParent', question: '父母一方或双方是否被人民法院宣告失踪？' }],
    materials: [
      signedForm('sqb', '孤儿基本生活费申请审批表'),
      material('etsfz', '儿童居民身份证或户口簿', { form: 'originalAndCopy' }),
      material('jhrsfz', '监护人居民身份证', { form: 'originalAndCopy' }),
      droppedCertificate('fmsw', '父母死亡证明', '医疗卫生机构或公安机关', { key: 'MZ-et-fmsw' }),
      certificate('sxpj', '人民法院宣告失踪判决书', '人民法院', {
        form: 'copy',
        appliesWhen: { conditionId: 'missingParent', answer: true },
      }),
    ],
    steps: [
      step('sq', '提出申请', 'window', '监护人提出申请，乡镇（街道）窗口审核材料，出具受理通知书。'),
      step('hs', '乡镇审核', 'backOffice', '乡镇（街道）调查核实并公示。'),
      step('sp', '县级审批', 'backOffice', '县级民政部门审批，自批准次月起发放基本生活费。'),
    ],
  }),
];
