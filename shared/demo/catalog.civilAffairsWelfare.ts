import { departmentIdSchema } from '../ids';
import type { DemoCatalogItem } from './catalogParts';
import {
  allChannels,
  certificate,
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

/** 民政：残疾人福利、养老服务与殡葬服务类事项. */
export const civilAffairsWelfareItems: DemoCatalogItem[] = [
  demoItem({
    code: '370800-MZ-JF-005',
    name: '困难残疾人生活补贴申请',
    departmentId: civilAffairs,
    category: '残疾人福利',
    summary:
      '具有本市户籍、持有第二代残疾人证的低保家庭中的残疾人，以及低保边缘家庭中的重度残疾人，可申请困难残疾人生活补贴。',
    basis:
      '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）；《山东省人民政府关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的实施意见》',
    legalLimit: workingDays(30),
    promisedLimit: workingDays(15),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: true,
    materials: [
      signedForm('sqb', '残疾人两项补贴申请审批表'),
      idCard('委托他人代办的，另需提交代办人身份证件'),
      disabilityCard,
      droppedCertificate(
        'dbzm',
        '最低生活保障证明',
        '县级民政部门',
        'dataSharing',
        '通过社会救助信息系统核查低保或低保边缘家庭身份',
      ),
    ],
    steps: [
      step('sq', '提出申请', 'window', '受理申请，核验身份证和残疾人证，出具受理回执。'),
      step('cs', '乡镇初审', 'backOffice', '乡镇（街道）核查申请人户籍、残疾等级和家庭经济状况。'),
      step('sh', '县级审核', 'backOffice', '县级残联审核残疾信息，县级民政部门审定。'),
      step('ff', '按月发放', 'system', '自受理申请次月起按月发放至申请人社会保障卡账户。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-JF-006',
    name: '重度残疾人护理补贴申请',
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
    materials: [signedForm('sqb', '残疾人两项补贴申请审批表'), idCard(), disabilityCard],
    steps: [
      step('sq', '提出申请', 'window', '受理申请，核验身份证和残疾人证。'),
      step('sh', '审核审定', 'backOffice', '乡镇（街道）初审，县级残联审核、民政部门审定。'),
      step('ff', '按月发放', 'system', '审定后按月发放护理补贴。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-JF-007',
    name: '高龄津贴申请',
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
    materials: [
      idCard('老年人本人身份证；代办的另需代办人身份证'),
      material('sbk', '老年人本人社会保障卡', { note: '津贴发放至社会保障卡银行账户' }),
      droppedCertificate(
        'hjzm',
        '户籍证明',
        '公安派出所',
        'dataSharing',
        '通过公安户籍信息共享核验户籍和出生日期',
      ),
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
    departmentId: civilAffairs,
    category: '养老服务',
    summary:
      '低保、低保边缘家庭和特困人员中的失能、半失能老年人，可申请养老服务补贴，用于购买居家和社区养老服务或入住养老机构。',
    basis:
      '《中华人民共和国老年人权益保障法》第三十三条；《财政部 民政部 全国老龄办关于建立健全经济困难的高龄、失能等老年人补贴制度的通知》（财社〔2014〕113号）',
    legalLimit: workingDays(30),
    promisedLimit: workingDays(15),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    materials: [
      signedForm('sqb', '养老服务补贴申请表'),
      idCard(),
      certificate('nlpg', '老年人能力评估报告', '具备资质的第三方评估机构', {
        note: '未评估的，受理后由民政部门委托评估机构上门评估',
        required: false,
      }),
      droppedCertificate(
        'jjknzm',
        '家庭经济困难证明',
        '村（居）民委员会',
        'dataSharing',
        '通过社会救助信息系统核查低保、低保边缘或特困身份',
      ),
    ],
    steps: [
      step('sq', '提出申请', 'window', '受理申请，核验身份，登记评估需求。'),
      step('pg', '能力评估', 'backOffice', '委托评估机构开展老年人能力评估，确定失能等级。'),
      step('sp', '审核审批', 'backOffice', '乡镇（街道）审核，县级民政部门审批并确定补贴标准。'),
      step('ff', '发放补贴', 'system', '补贴按月发放或以服务券形式拨付至服务机构。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-GG-009',
    name: '殡葬补贴申领（惠民殡葬基本服务费用减免）',
    departmentId: civilAffairs,
    category: '殡葬服务',
    summary:
      '本市户籍居民去世后实行火化的，免除遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用，由殡仪馆直接减免结算，丧属无需垫付。',
    basis:
      '《殡葬管理条例》；《民政部等16部门关于进一步推动殡葬改革促进殡葬事业发展的指导意见》（民发〔2018〕5号）；《山东省殡葬管理规定》',
    legalLimit: workingDays(5),
    promisedLimit: workingDays(0),
    immediate: true,
    channels: ['window'],
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    materials: [
      material('sfz', '逝者居民身份证或户口簿'),
      material('jbrsfz', '经办丧属居民身份证'),
      certificate('swzm', '居民死亡医学证明（推断）书', '医疗卫生机构', {
        note: '非正常死亡的，提交公安机关出具的死亡证明',
      }),
      droppedCertificate(
        'hhzm',
        '火化证明',
        '殡仪馆',
        'dataSharing',
        '火化信息由殡葬管理信息系统共享，殡仪馆直接减免，无需另行开具',
      ),
    ],
    steps: [
      step('hy', '核验信息', 'window', '核验逝者户籍和死亡医学证明，核对经办人身份。'),
      step('jm', '直接减免', 'system', '在殡葬管理信息系统中登记，基本殡葬服务费用直接减免。'),
      step('bj', '出具清单', 'window', '向丧属出具费用减免清单，办结。'),
    ],
  }),
];
