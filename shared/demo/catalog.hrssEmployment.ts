import { departmentIdSchema } from '../ids';
import type { DemoCatalogItem } from './catalogParts';
import {
  allChannels,
  decidedAt,
  demoItem,
  droppedCertificate,
  idCard,
  material,
  naturalDays,
  signedForm,
  step,
  workingDays,
} from './catalogParts';

const hrss = departmentIdSchema.parse('dept-JN-RS');

/** The 人社 online hall as Shandong applicants reach it. */
const onlineHall = '“爱山东”APP 或山东省人力资源和社会保障网上服务大厅';

/** 人社：就业创业与失业保险类事项. */
export const hrssEmploymentItems: DemoCatalogItem[] = [
  demoItem({
    code: '370800-RS-GG-001',
    name: '失业保险金申领',
    aliases: ['失业金', '失业保险'],
    departmentId: hrss,
    category: '失业保险',
    summary:
      '参加失业保险、所在单位和本人已按规定履行缴费义务满 1 年，非因本人意愿中断就业，已进行失业登记并有求职要求的失业人员，可申领失业保险金。经办机构通过信息系统核实缴费中断情况，不要求提交终止或解除劳动合同证明、失业登记证明。领取期间同步代缴基本医疗保险费。',
    basis:
      '《中华人民共和国社会保险法》第四十五条、第五十条；《失业保险条例》第十四条、第十六条；《失业保险金申领发放办法》',
    legalLimit: naturalDays(10),
    promisedLimit: workingDays(0),
    immediate: true,
    channels: [...allChannels, 'selfService'],
    doItOnce: true,
    instantApproval: true,
    fullyOnline: true,
    authority: decidedAt(
      '失业保险经办机构',
      ['city', 'county'],
      'county',
      '参保地失业保险经办机构',
      'onTheSpot',
    ),
    onlineGuide: {
      path: `${onlineHall} → 失业保险金申领，刷脸核验身份后提交，系统比对通过即时出结果`,
      windowHelp:
        '窗口帮办代办：指导申请人在手机或自助终端上申领；不会使用手机的，窗口工作人员代为录入，当场核定。',
    },
    materials: [
      idCard('可用社会保障卡代替'),
      material('sbk', '社会保障卡（已激活金融功能）', {
        note: '失业保险金按月发放至本人社会保障卡银行账户',
      }),
      droppedCertificate('jcldht', '终止或者解除劳动合同的证明', '原用人单位', { key: 'RS-sy-jcldht' }),
      droppedCertificate('sydjzm', '失业登记证明', '公共就业服务机构', { key: 'RS-sy-sydjzm' }),
    ],
    steps: [
      step('hysf', '核验身份', 'window', '读取居民身份证或社会保障卡，核对申请人本人。'),
      step('xtjc', '系统核查', 'system', '自动核查参保缴费年限和缴费中断情况，确认是否符合领取条件。'),
      step('qzqr', '签字确认', 'applicant', '申请人核对《失业保险金申领登记表》信息后签字确认。'),
      step('mpsh', '智能秒批', 'system', '系统比对通过后即时核定领取期限和标准，当场出具核定结果。'),
      step('bj', '办结告知', 'window', '告知按月领取时间、领取期间义务及停发情形，出具办结回执。'),
    ],
  }),
  demoItem({
    code: '370800-RS-GG-002',
    name: '就业创业证申领',
    aliases: ['就业证', '失业证'],
    departmentId: hrss,
    category: '就业创业',
    summary:
      '在法定劳动年龄内、有劳动能力的城乡劳动者，可申领《就业创业证》，用于记录就业失业状态，享受就业创业扶持政策。已签发电子证，可通过“爱山东”APP 自助申领。',
    basis:
      '《就业服务与就业管理规定》；《人力资源社会保障部关于进一步完善就业失业登记管理办法的通知》（人社部发〔2014〕97号）',
    legalLimit: workingDays(5),
    promisedLimit: workingDays(0),
    immediate: true,
    channels: [...allChannels, 'selfService'],
    doItOnce: true,
    instantApproval: true,
    fullyOnline: true,
    authority: decidedAt(
      '公共就业服务机构',
      ['city', 'county', 'township'],
      'township',
      '公共就业服务机构',
      'onTheSpot',
    ),
    onlineGuide: {
      path: `${onlineHall} → 就业创业证申领，实名认证后填报，系统比对通过即时生成电子证`,
      windowHelp: '窗口帮办代办：指导申请人在线申领并查询电子证；需要纸质证的当场打印。',
    },
    materials: [idCard()],
    steps: [
      step('hysf', '核验身份', 'window', '读取居民身份证，核对申请人本人。'),
      step('xxlr', '信息录入', 'window', '录入就业失业状态、学历、技能等基本信息。'),
      step('mpsh', '智能秒批', 'system', '与户籍、参保信息自动比对，通过后即时生成电子证。'),
      step('bj', '发证办结', 'window', '告知电子证查询方式；需要纸质证的当场打印发放。'),
    ],
  }),
  demoItem({
    code: '370800-RS-JF-003',
    name: '一次性创业补贴申领',
    aliases: ['创业补贴'],
    departmentId: hrss,
    category: '就业创业',
    summary:
      '首次创办小微企业或从事个体经营，自工商登记注册之日起正常运营 1 年以上的重点群体创业人员，可申领一次性创业补贴。营业执照信息由窗口通过市场监管部门登记信息核验，无需提交。',
    basis: '《就业补助资金管理办法》（财社〔2017〕164号）',
    legalLimit: workingDays(20),
    promisedLimit: workingDays(15),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: true,
    authority: decidedAt(
      '县级以上人力资源社会保障部门',
      ['city', 'county'],
      'county',
      '经营所在地人力资源社会保障部门',
      'accept',
    ),
    excludedPeriods: [
      { kind: 'publicNotice', value: 5, unit: 'workingDays', startsFrom: 'nextDay', stepId: 'gs' },
    ],
    deferral: { maxDays: 5, unit: 'workingDays' },
    onlineGuide: {
      path: `${onlineHall} → 就业创业 → 一次性创业补贴申领`,
      windowHelp: '窗口帮办代办：指导申请人在线填报并上传材料，材料扫描件可由窗口代为上传。',
    },
    materials: [
      idCard(),
      signedForm('sqb', '一次性创业补贴申请表'),
      material('yhzh', '本人社会保障卡或银行账户信息', { form: 'copy' }),
      material('dlmd', '带动就业人员花名册及劳动合同', {
        form: 'copy',
        deferrable: true,
        note: '非关键材料，可容缺受理，申请人承诺 5 个工作日内补交',
      }),
      droppedCertificate('jyzt', '就业困难人员认定证明', '县（市、区）公共就业服务机构', {
        key: 'RS-cy-jyzt',
      }),
    ],
    steps: [
      step(
        'sl',
        '窗口受理',
        'window',
        '核验身份，审核申请表，在线核验营业执照信息，材料齐全的出具受理回执。',
      ),
      step('hc', '审核核查', 'backOffice', '核查经营状态、社会保险缴纳及带动就业情况。'),
      step('gs', '审核公示', 'backOffice', '拟发放名单在市人社局网站公示 5 个工作日，公示期不计入办理时限。'),
      step('bf', '拨付资金', 'backOffice', '公示无异议的，补贴资金拨付至申请人账户。'),
    ],
  }),
  demoItem({
    code: '370800-RS-GG-004',
    name: '灵活就业人员参保登记',
    aliases: ['个人参保', '灵活就业参保'],
    departmentId: hrss,
    category: '社会保险',
    summary:
      '无雇工的个体工商户、未在用人单位参加社会保险的非全日制从业人员以及其他灵活就业人员，可以个人身份参加职工基本养老保险、职工基本医疗保险。',
    basis:
      '《中华人民共和国社会保险法》第十条、第二十三条、第五十八条；《社会保险费申报缴纳管理规定》（人力资源社会保障部令第20号）',
    legalLimit: workingDays(5),
    promisedLimit: workingDays(0),
    immediate: true,
    channels: [...allChannels, 'selfService'],
    doItOnce: true,
    instantApproval: false,
    fullyOnline: true,
    authority: decidedAt('社会保险经办机构', ['city', 'county'], 'county', '社会保险经办机构', 'onTheSpot'),
    onlineGuide: {
      path: `${onlineHall} → 社会保险 → 灵活就业人员参保登记`,
      windowHelp: '窗口帮办代办：指导申请人在线登记并签订委托代扣协议。',
    },
    materials: [
      idCard(),
      material('yhk', '本人社会保障卡或银行卡', { note: '用于签订缴费协议、委托银行代扣' }),
      droppedCertificate('lhjyzm', '灵活就业证明', '街道（乡镇）或村（居）民委员会', { key: 'RS-cb-lhjyzm' }),
    ],
    steps: [
      step('hysf', '核验身份', 'window', '读取居民身份证，核查是否已在其他单位或地区参保。'),
      step('dj', '参保登记', 'window', '选择参保险种和缴费档次，录入参保信息。'),
      step('xy', '签订代扣协议', 'applicant', '申请人签订社会保险费委托代扣协议，签署就业形式告知承诺书。'),
      step('bj', '办结告知', 'window', '告知缴费时间、缴费档次调整办法，出具参保登记回执。'),
    ],
  }),
  demoItem({
    code: '370800-RS-GG-005',
    name: '城乡居民基本养老保险参保登记',
    aliases: ['居民养老保险', '城乡居民养老'],
    departmentId: hrss,
    category: '养老保险',
    summary:
      '年满 16 周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险覆盖范围的城乡居民，可在户籍地参加城乡居民基本养老保险。',
    basis:
      '《中华人民共和国社会保险法》第二十条至第二十二条；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）',
    legalLimit: workingDays(5),
    promisedLimit: workingDays(0),
    immediate: true,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: true,
    authority: decidedAt(
      '社会保险经办机构',
      ['city', 'county', 'township'],
      'township',
      '户籍地社会保险经办机构',
      'onTheSpot',
    ),
    onlineGuide: {
      path: `${onlineHall} → 城乡居民养老保险 → 参保登记`,
      windowHelp: '窗口帮办代办：老年人不会操作的，由窗口代为在线登记。',
    },
    materials: [
      idCard(),
      material('hkb', '居民户口簿', {
        required: false,
        note: '户籍信息可经数据共享核验的不再提交；核验不到的请提交户口簿首页和本人页',
      }),
    ],
    steps: [
      step('hysf', '核验身份', 'window', '读取居民身份证，核查户籍和参保状态。'),
      step('dj', '参保登记', 'window', '录入参保信息，告知缴费档次和政府补贴标准。'),
      step('bj', '出具回执', 'window', '出具参保登记回执，办结。'),
    ],
  }),
];
