import { departmentIdSchema } from '../ids';
import type { DemoCatalogItem } from './catalogParts';
import {
  demoItem,
  droppedCertificate,
  material,
  naturalDays,
  signedForm,
  step,
  workingDays,
} from './catalogParts';

const civilAffairs = departmentIdSchema.parse('dept-JN-MZ');

/**
 * 民政：婚姻登记类事项. Since 2025-05-10 the revised 《婚姻登记条例》 makes marriage and divorce
 * registration 全国通办 and no longer asks for the 户口簿.
 */
export const civilAffairsMarriageItems: DemoCatalogItem[] = [
  demoItem({
    code: '370800-MZ-QR-010',
    name: '结婚登记',
    departmentId: civilAffairs,
    category: '婚姻登记',
    summary:
      '内地居民结婚，男女双方应当亲自到婚姻登记机关申请结婚登记。自 2025 年 5 月 10 日起实行全国通办，双方可在任一方户籍所在地或经常居住地以外的婚姻登记机关办理。',
    basis: '《中华人民共和国民法典》第一千零四十六条至第一千零四十九条；《婚姻登记条例》（2025年修订）',
    legalLimit: workingDays(0),
    promisedLimit: workingDays(0),
    immediate: true,
    channels: ['window'],
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    materials: [
      material('sfz', '男女双方本人的居民身份证'),
      signedForm(
        'smsm',
        '申请结婚登记声明书',
        '双方在登记员面前亲笔签署本人无配偶以及与对方没有直系血亲和三代以内旁系血亲关系的声明',
      ),
      material('hz', '近期 2 寸半身免冠合影照片 3 张', {
        required: false,
        note: '登记处可现场拍照',
      }),
      droppedCertificate(
        'hyzk',
        '婚姻状况证明',
        '所在单位或村（居）民委员会',
        'otherMaterial',
        '以当事人当场签署的《申请结婚登记声明书》代替',
      ),
      droppedCertificate(
        'hkb',
        '居民户口簿',
        '公安机关',
        'directlyCancelled',
        '2025年5月10日起施行的《婚姻登记条例》不再要求提交户口簿',
      ),
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
    departmentId: civilAffairs,
    category: '婚姻登记',
    summary:
      '夫妻双方自愿离婚并已对子女抚养、财产以及债务处理等事项协商一致的，双方亲自到婚姻登记机关申请离婚登记。自婚姻登记机关收到申请之日起 30 日为离婚冷静期，冷静期届满后 30 日内双方应亲自到场申请发给离婚证，未申请的视为撤回离婚登记申请。',
    basis: '《中华人民共和国民法典》第一千零七十六条至第一千零七十八条；《婚姻登记条例》（2025年修订）',
    legalLimit: naturalDays(60),
    promisedLimit: naturalDays(30),
    immediate: false,
    channels: ['window'],
    doItOnce: false,
    instantApproval: false,
    fullyOnline: false,
    materials: [
      material('sfz', '男女双方本人的居民身份证'),
      material('jhz', '男女双方本人的结婚证', { note: '结婚证遗失的，先申请补领婚姻登记证' }),
      signedForm(
        'lhxy',
        '离婚协议书',
        '一式三份，载明双方自愿离婚的意思表示以及对子女抚养、财产及债务处理等事项协商一致的意见',
      ),
      material('hz', '近期 2 寸单人半身免冠照片各 2 张', { required: false, note: '登记处可现场拍照' }),
    ],
    steps: [
      step(
        'sl',
        '离婚申请受理',
        'window',
        '查验双方身份证、结婚证和离婚协议书，双方签署《离婚登记申请书》，出具受理回执。',
      ),
      step(
        'ljq',
        '离婚冷静期',
        'applicant',
        '自收到申请之日起 30 日内，任何一方不愿意离婚的，可向登记机关撤回申请。',
      ),
      step('sqfz', '申请发证', 'applicant', '冷静期届满后 30 日内，双方持证件亲自到场申请发给离婚证。'),
      step('sc', '审查', 'window', '登记员审查并询问双方离婚意愿及协议履行情况。'),
      step('fz', '登记发证', 'window', '予以登记，发给离婚证，收回结婚证。'),
    ],
  }),
  demoItem({
    code: '370800-MZ-GG-012',
    name: '补领婚姻登记证',
    departmentId: civilAffairs,
    category: '婚姻登记',
    summary: '当事人遗失、损毁结婚证或离婚证的，可持本人身份证件向婚姻登记机关申请补领，全国通办。',
    basis: '《婚姻登记条例》（2025年修订）；《婚姻登记工作规范》',
    legalLimit: workingDays(0),
    promisedLimit: workingDays(0),
    immediate: true,
    channels: ['window'],
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    materials: [
      material('sfz', '本人的居民身份证'),
      signedForm('sms', '申请补领婚姻登记证声明书'),
      material('zp', '近期 2 寸半身免冠照片', { required: false, note: '登记处可现场拍照' }),
      droppedCertificate(
        'dacl',
        '婚姻登记档案证明',
        '原婚姻登记机关或档案保管部门',
        'dataSharing',
        '通过全国婚姻登记信息系统查询原始登记记录',
      ),
    ],
    steps: [
      step('hysf', '核验身份', 'window', '查验身份证，人脸比对核验本人。'),
      step('cx', '查询记录', 'system', '在全国婚姻登记信息系统中查询原婚姻登记记录。'),
      step('bz', '补发证件', 'window', '当事人签署声明书后，当场补发婚姻登记证。'),
    ],
  }),
];
