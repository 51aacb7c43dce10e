import { departmentIdSchema } from '../ids';
import type { DemoCatalogItem } from './catalogParts';
import {
  allChannels,
  certificate,
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

/** 人社：工伤保险、养老保险与社会保障卡类事项. */
export const hrssInsuranceItems: DemoCatalogItem[] = [
  demoItem({
    code: '370800-RS-QR-006',
    name: '工伤认定申请',
    departmentId: hrss,
    category: '工伤保险',
    summary:
      '职工发生事故伤害或者被诊断、鉴定为职业病，所在单位应自事故伤害发生之日或者被诊断、鉴定为职业病之日起 30 日内提出工伤认定申请；单位未提出的，职工或其近亲属、工会组织可在 1 年内提出。',
    basis:
      '《中华人民共和国社会保险法》第三十六条；《工伤保险条例》第十七条、第十八条、第二十条；《工伤认定办法》（人力资源社会保障部令第8号）',
    legalLimit: naturalDays(60),
    promisedLimit: workingDays(20),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: true,
    materials: [
      signedForm('sqb', '工伤认定申请表'),
      idCard('受伤职工本人身份证件；由近亲属申请的，另需提交申请人身份证件'),
      certificate(
        'zdzm',
        '医疗诊断证明或者职业病诊断证明书（职业病诊断鉴定书）',
        '医疗机构或职业病诊断机构',
        {
          form: 'originalAndCopy',
        },
      ),
      droppedCertificate(
        'ldgx',
        '与用人单位存在劳动关系（包括事实劳动关系）的证明材料',
        '用人单位',
        'dataSharing',
        '已参加工伤保险的，通过社会保险参保缴费信息核查劳动关系；未参保的仍需提交劳动合同等材料',
      ),
      certificate('jtsg', '道路交通事故认定书', '公安机关交通管理部门', {
        required: false,
        form: 'copy',
        note: '上下班途中发生交通事故的提交',
      }),
      material('zjzy', '证人证言', {
        required: false,
        note: '事故发生时有证人的，提交证人签字的书面证言及证人身份证复印件',
      }),
    ],
    steps: [
      step(
        'sl',
        '窗口受理',
        'window',
        '审核申请材料；材料完整的当场出具《工伤认定申请受理决定书》，不完整的一次性书面告知。',
      ),
      step(
        'dc',
        '调查核实',
        'backOffice',
        '根据需要对事故伤害进行调查核实，向用人单位、职工、证人了解情况。',
      ),
      step(
        'rd',
        '作出认定',
        'backOffice',
        '自受理之日起 60 日内作出工伤认定决定；事实清楚、权利义务明确的，15 日内作出。',
      ),
      step(
        'sd',
        '送达决定',
        'backOffice',
        '自作出决定之日起 20 日内将《认定工伤决定书》送达职工和用人单位。',
      ),
    ],
  }),
  demoItem({
    code: '370800-RS-JF-007',
    name: '工伤保险待遇核定',
    departmentId: hrss,
    category: '工伤保险',
    summary:
      '已认定工伤的职工，对工伤医疗费、住院伙食补助费、一次性伤残补助金、伤残津贴等工伤保险基金支付的待遇申请核定支付。',
    basis:
      '《中华人民共和国社会保险法》第三十八条；《工伤保险条例》第三十条至第三十七条；《山东省贯彻〈工伤保险条例〉实施办法》',
    legalLimit: workingDays(20),
    promisedLimit: workingDays(10),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    materials: [
      idCard('可用社会保障卡代替'),
      signedForm('sqb', '工伤保险待遇申请表', '由用人单位盖章'),
      material('fypj', '医疗费用票据及费用明细清单', { note: '已联网直接结算的费用不再提交' }),
      material('bl', '病历、出院记录', { form: 'copy' }),
      droppedCertificate(
        'rdjds',
        '认定工伤决定书',
        '社会保险行政部门',
        'departmentVerification',
        '工伤认定结论在人社业务系统内查询，无需提交',
      ),
      droppedCertificate(
        'jdjl',
        '劳动能力鉴定结论书',
        '济宁市劳动能力鉴定委员会',
        'dataSharing',
        '鉴定结论由劳动能力鉴定系统共享，无需提交',
      ),
    ],
    steps: [
      step('sl', '窗口受理', 'window', '核验身份，审核待遇申请表和费用票据。'),
      step('hd', '待遇核定', 'backOffice', '按目录和标准审核费用，核定各项待遇金额。'),
      step('fh', '复核', 'backOffice', '复核核定结果，确认支付金额。'),
      step('zf', '待遇支付', 'system', '待遇支付至用人单位或职工本人社会保障卡账户。'),
    ],
  }),
  demoItem({
    code: '370800-RS-JF-008',
    name: '丧葬补助金和抚恤金申领',
    departmentId: hrss,
    category: '养老保险',
    summary:
      '参加职工基本养老保险的个人因病或者非因工死亡的，其遗属可以领取丧葬补助金和抚恤金；符合条件的，同时办理个人账户余额继承。',
    basis:
      '《中华人民共和国社会保险法》第十四条、第十七条；《人力资源社会保障部 财政部关于企业职工基本养老保险遗属待遇有关问题的通知》（人社部发〔2021〕18号）',
    legalLimit: workingDays(20),
    promisedLimit: workingDays(5),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: true,
    materials: [
      material('sfz', '申领人居民身份证'),
      material('yhzh', '申领人社会保障卡或本人银行账户', { note: '遗属待遇发放至申领人账户' }),
      certificate('swzm', '居民死亡医学证明（推断）书', '医疗卫生机构', {
        form: 'copy',
        note: '已办理户籍注销或火化的，窗口通过公安、殡葬信息核查，可不提交',
      }),
      droppedCertificate(
        'qsgx',
        '亲属关系证明',
        '公安派出所或村（居）民委员会',
        'commitment',
        '申领人签署亲属关系告知承诺书',
      ),
      droppedCertificate('hhzm', '火化证明', '殡仪馆', 'dataSharing', '通过民政殡葬管理信息系统核查火化信息'),
    ],
    steps: [
      step('hysf', '核验身份', 'window', '核验申领人身份，核对参保人死亡信息。'),
      step('cn', '签署承诺', 'applicant', '申领人签署亲属关系告知承诺书。'),
      step('hd', '待遇核定', 'backOffice', '核定丧葬补助金、抚恤金及个人账户余额。'),
      step('ff', '待遇发放', 'system', '核定金额一次性发放至申领人账户。'),
    ],
  }),
  demoItem({
    code: '370800-RS-GG-009',
    name: '社会保障卡申领',
    departmentId: hrss,
    category: '社会保障卡',
    summary:
      '参保人员首次申领第三代社会保障卡，可在服务大厅和合作银行网点即时制卡，当场领取；同步开通金融功能和电子社保卡。',
    basis: '《中华人民共和国社会保险法》第五十八条',
    legalLimit: workingDays(20),
    promisedLimit: workingDays(0),
    immediate: true,
    channels: [...allChannels, 'selfService'],
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    materials: [
      idCard('16 周岁以下未办理身份证的，提交户口簿和监护人身份证'),
      material('zp', '近期一寸白底免冠彩色照片', {
        required: false,
        note: '可在窗口现场免费拍照',
      }),
    ],
    steps: [
      step('hysf', '核验身份', 'window', '读取居民身份证，核查参保信息和是否已有有效卡。'),
      step('cj', '采集照片', 'window', '现场拍照或读取已有照片，采集签名。'),
      step('zk', '即时制卡', 'system', '写入个人信息，打印制卡。'),
      step('fk', '激活发卡', 'applicant', '申请人设置密码，激活金融功能，领取社会保障卡。'),
    ],
  }),
  demoItem({
    code: '370800-RS-GG-010',
    name: '职工养老保险关系转移',
    departmentId: hrss,
    category: '养老保险',
    summary:
      '参加职工基本养老保险的人员跨省、市流动就业的，由新参保地（转入地）向原参保地（转出地）申请转移基本养老保险关系和资金。',
    basis:
      '《中华人民共和国社会保险法》第十九条；《城镇企业职工基本养老保险关系转移接续暂行办法》（国办发〔2009〕66号）',
    legalLimit: workingDays(45),
    promisedLimit: workingDays(15),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: true,
    materials: [
      idCard('可用社会保障卡代替'),
      signedForm('sqb', '基本养老保险关系转移接续申请表'),
      droppedCertificate(
        'jfpz',
        '参保缴费凭证',
        '转出地社会保险经办机构',
        'dataSharing',
        '通过全国社会保险公共服务平台获取转出地参保缴费信息，无需提交纸质凭证',
      ),
    ],
    steps: [
      step('sl', '转入地受理', 'window', '审核转移接续申请，符合条件的向转出地发出联系函。'),
      step('zc', '转出地办理', 'backOffice', '转出地核对信息，办理转出手续并转移基金。'),
      step('jr', '转入地接续', 'backOffice', '基金到账后记录个人账户和缴费年限，办结告知。'),
    ],
  }),
  demoItem({
    code: '370800-RS-JF-011',
    name: '职工基本养老保险退休待遇核定',
    departmentId: hrss,
    category: '养老保险',
    summary:
      '达到法定退休年龄（含按规定弹性提前、弹性延迟退休）且累计缴费满最低缴费年限的参保职工，申请核定并按月领取基本养老金。',
    basis:
      '《中华人民共和国社会保险法》第十六条；《国务院关于完善企业职工基本养老保险制度的决定》（国发〔2005〕38号）；《国务院关于渐进式延迟法定退休年龄的办法》',
    legalLimit: workingDays(20),
    promisedLimit: workingDays(10),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    materials: [
      idCard(),
      material('sbk', '社会保障卡（已激活金融功能）'),
      material('da', '职工人事档案', { note: '由档案保管单位提供，用于审核出生时间、参加工作时间' }),
      signedForm('sqb', '职工退休申请表'),
      droppedCertificate(
        'hjzm',
        '户籍证明（出生日期证明）',
        '公安派出所',
        'dataSharing',
        '通过公安户籍信息共享核验出生日期',
      ),
    ],
    steps: [
      step('sl', '窗口受理', 'window', '核验身份，接收申请表和人事档案。'),
      step('dash', '档案审核', 'backOffice', '审核出生时间、参加工作时间、视同缴费年限。'),
      step('hd', '待遇核定', 'backOffice', '计算基础养老金、个人账户养老金及过渡性养老金。'),
      step('gs', '公示确认', 'backOffice', '核定结果告知本人确认，按月发放。'),
    ],
  }),
];
