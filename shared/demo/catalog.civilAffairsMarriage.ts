import { departmentIdSchema } from '../ids';
import type { DemoCatalogItem } from './catalogParts';
import {
  decidedAt,
  demoItem,
  droppedCertificate,
  material,
  signedForm,
  step,
  workingDays,
} from './catalogParts';

const civilAffairs = departmentIdSchema.parse('dept-JN-MZ');

/** Marriage registration is a county job: the 婚姻登记机关 of a county-level 民政 department registers on the spot. */
const registry = decidedAt(
  '县级人民政府民政部门（婚姻登记机关）',
  ['county'],
  'county',
  '婚姻登记机关',
  'onTheSpot',
);
const bothInPerson = [
  { role: 'male' as const, inPerson: true },
  { role: 'female' as const, inPerson: true },
];
const idCards = material('sfz', '男女双方本人的居民身份证');
const marriageCertificates = material('jhz', '男女双方本人的结婚证', {
  note: '结婚证遗失的，先申请补领婚姻登记证',
});

/**
 * 民政：婚姻登记类事项. Since 2025-05-10 the revised 《婚姻登记条例》 makes marriage and divorce
 * registration 全国通办 and no longer asks for the 户口簿.
 */
export const civilAffairsMarriageItems: DemoCatalogItem[] = [
  demoItem({
    code: '370800-MZ-QR-010',
    name: '结婚登记',
    aliases: ['领结婚证', '婚姻登记'],
    departmentId: civilAffairs,
    category: '婚姻登记',
    summary:
      '内地居民结婚，男女双方应当亲自到婚姻登记机关申请结婚登记。自 2025 年 5 月 10 日起实行全国通办，不再要求提交户口簿，双方可在任一婚姻登记机关办理。',
    basis: '《中华人民共和国民法典》第一千零四十六条至第一千零四十九条；《婚姻登记条例》（2025年修订）',
    legalLimit: workingDays(0),
    promisedLimit: workingDays(0),
    immediate: true,
    channels: ['window'],
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    parties: bothInPerson,
    authority: registry,
    channelNotes: [
      { channel: 'window', note: '可通过“山东省婚姻登记预约”网上预约登记时间，登记须双方亲自到场' },
    ],
    materials: [
      idCards,
      signedForm(
        'smsm',
        '申请结婚登记声明书',
        '双方在登记员面前亲笔签署本人无配偶以及与对方没有直系血亲和三代以内旁系血亲关系的声明',
      ),
      material('hz', '近期 2 寸半身免冠合影照片 3 张', {
        required: false,
        note: '登记处可现场拍照',
      }),
      droppedCertificate('hyzk', '婚姻状况证明', '所在单位或村（居）民委员会', { key: 'HY-jh-hyzk' }),
    ],
    steps: [
      step('hysf', '核验身份', 'window', '查验双方居民身份证，人脸比对核验本人。'),
      step('qs', '签署声明', 'applicant', '双方当场填写《申请结婚登记声明书》，在登记员面前签名并按指纹。'),
      step('sc', '审查询问', 'window', '登记员审查证件和声明，询问双方是否自愿结婚。'),
      step('lr', '系统录入', 'system', '在全国婚姻登记信息系统中录入，生成结婚登记审查处理表。'),
      step('bz', '颁发结婚证', 'window', '打印结婚证，双方核对签字后当场颁发；可选择颁证仪式。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-QR-011',
    name: '离婚登记',
    aliases: ['协议离婚'],
    departmentId: civilAffairs,
    category: '婚姻登记',
    summary:
      '夫妻双方自愿离婚并已对子女抚养、财产以及债务处理等事项协商一致的，双方亲自到婚姻登记机关申请离婚登记。自婚姻登记机关收到申请之日起 30 日内为离婚冷静期（自次日起算），期内任何一方不愿意离婚的可以撤回申请；期满后 30 日内双方应亲自到场申请发给离婚证，未申请的视为撤回离婚登记申请。申请和登记两次到场均当场办理。',
    basis: '《中华人民共和国民法典》第一千零七十六条至第一千零七十八条；《婚姻登记条例》（2025年修订）',
    legalLimit: workingDays(0),
    promisedLimit: workingDays(0),
    immediate: false,
    channels: ['window'],
    doItOnce: false,
    instantApproval: false,
    fullyOnline: false,
    parties: bothInPerson,
    authority: registry,
    stages: [
      { id: 'apply', title: '申请受理', stepIds: ['sq', 'sl'], materialIds: ['sfz', 'jhz', 'sqs'] },
      {
        id: 'register',
        title: '审查登记',
        stepIds: ['ljq', 'sc', 'dj'],
        materialIds: ['sfz', 'jhz', 'xys', 'zp'],
        waitBefore: {
          kind: 'coolingOff',
          value: 30,
          unit: 'naturalDays',
          startsFrom: 'nextDay',
          stepId: 'ljq',
        },
        within: { value: 30, unit: 'naturalDays' },
        onLapse: 'deemedWithdrawn',
      },
    ],
    withdrawal:
      '冷静期内任何一方不愿意离婚的，可持本人身份证件和《离婚登记申请受理回执单》向受理机关申请撤回，并亲自填写《撤回离婚登记申请书》',
    materials: [
      idCards,
      marriageCertificates,
      signedForm('sqs', '离婚登记申请书', '双方在登记员面前当场填写并签名'),
      signedForm(
        'xys',
        '离婚协议书',
        '第二次到场时提交，一式三份，载明双方自愿离婚的意思表示以及对子女抚养、财产及债务处理等事项协商一致的意见',
      ),
      material('zp', '近期 2 寸单人半身免冠照片各 3 张', { note: '第二次到场时提交；登记处可现场拍照' }),
    ],
    steps: [
      step('sq', '提出申请', 'applicant', '双方持身份证、结婚证共同到场，当场填写《离婚登记申请书》。'),
      step('sl', '受理', 'window', '查验证件，双方签名按指纹，出具《离婚登记申请受理回执单》。'),
      step(
        'ljq',
        '离婚冷静期',
        'applicant',
        '自受理次日起 30 日为冷静期，期内任何一方不愿意离婚的可撤回申请。',
      ),
      step(
        'sc',
        '审查',
        'window',
        '冷静期届满后 30 日内双方再次到场，提交离婚协议书和照片，登记员审查并询问离婚意愿。',
      ),
      step('dj', '登记发证', 'window', '予以登记，当场发给离婚证，收回结婚证。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-GG-012',
    name: '补领婚姻登记证',
    aliases: ['补办结婚证', '补领结婚证'],
    departmentId: civilAffairs,
    category: '婚姻登记',
    summary:
      '当事人遗失、损毁结婚证或离婚证的，可持本人身份证件向婚姻登记机关申请补领，全国通办。原婚姻登记记录由登记机关在全国婚姻登记信息系统中查询，无需当事人开具档案证明。',
    basis: '《婚姻登记条例》（2025年修订）；《婚姻登记工作规范》',
    legalLimit: workingDays(0),
    promisedLimit: workingDays(0),
    immediate: true,
    channels: ['window'],
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    authority: registry,
    materials: [
      material('sfz', '本人的居民身份证'),
      signedForm('sms', '申请补领婚姻登记证声明书'),
      material('zp', '近期 2 寸半身免冠照片', { required: false, note: '登记处可现场拍照' }),
    ],
    steps: [
      step('hysf', '核验身份', 'window', '查验身份证，人脸比对核验本人。'),
      step('cx', '查询记录', 'system', '在全国婚姻登记信息系统中查询原婚姻登记记录。'),
      step('bz', '补发证件', 'window', '当事人签署声明书后，当场补发婚姻登记证。'),
    ],
  }),
];
