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
  naturalDays,
  signedForm,
  step,
  workingDays,
} from './catalogParts';

const hrss = departmentIdSchema.parse('dept-JN-RS');
const onlineHall = '“爱山东”APP 或山东省人力资源和社会保障网上服务大厅';

/** 人社：工伤保险、养老保险与社会保障卡类事项. */
export const hrssInsuranceItems: DemoCatalogItem[] = [
  demoItem({
    code: '370800-RS-QR-006',
    name: '工伤认定申请',
    aliases: ['工伤认定', '工伤申报'],
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
    parties: [{ role: 'applicant', inPerson: false }],
    agent: { letterMaterialId: 'wts', note: '委托他人代为申请的，提交授权委托书和受托人身份证件' },
    authority: decidedAt(
      '社会保险行政部门',
      ['city', 'county'],
      'county',
      '统筹地区社会保险行政部门',
      'accept',
    ),
    conditions: [
      { id: 'insured', question: '受伤职工是否已参加工伤保险？' },
      { id: 'commute', question: '是否为上下班途中发生的交通事故？' },
    ],
    onlineGuide: {
      path: `${onlineHall} → 工伤保险 → 工伤认定申请，上传材料扫描件`,
      windowHelp:
        '窗口帮办代办：指导申请人或用人单位在线提交；受伤职工行动不便的，近亲属可到窗口由工作人员代为扫描上传。',
    },
    materials: [
      signedForm('sqb', '工伤认定申请表'),
      idCard('受伤职工本人身份证件；由近亲属申请的，另需提交申请人身份证件'),
      certificate(
        'zdzm',
        '医疗诊断证明或者职业病诊断证明书（职业病诊断鉴定书）',
        '医疗机构或职业病诊断机构',
        { form: 'originalAndCopy' },
      ),
      {
        ...droppedCertificate('ldgx', '与用人单位存在劳动关系（包括事实劳动关系）的证明材料', '用人单位', {
          key: 'RS-gs-ldgx',
          when: { conditionId: 'insured', answer: true },
        }),
        note: '未参加工伤保险的仍需提交劳动合同、工资支付记录等证明劳动关系的材料',
      },
      certificate('jtsg', '道路交通事故认定书', '公安机关交通管理部门', {
        form: 'copy',
        appliesWhen: { conditionId: 'commute', answer: true },
        note: '上下班途中发生交通事故的提交',
      }),
      material('zjzy', '证人证言', {
        required: false,
        note: '事故发生时有证人的，提交证人签字的书面证言及证人身份证复印件',
      }),
      material('wts', '授权委托书', { required: false, note: '委托他人代为申请的提交' }),
    ],
    steps: [
      step(
        'sl',
        '窗口受理',
        'window',
        '审核申请材料；材料完整的出具《工伤认定申请受理决定书》，不完整的一次性书面告知需补正的全部材料。',
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
        '自受理之日起 60 日内作出工伤认定决定；事实清楚、权利义务明确的，15 日内作出。需以司法机关或有关行政主管部门结论为依据的，结论作出前时限中止。',
      ),
      step(
        'sd',
        '送达决定',
        'backOffice',
        '自作出决定之日起 20 日内将《认定工伤决定书》或《不予认定工伤决定书》送达职工和用人单位。',
      ),
    ],
  }),
  demoItem({
    code: '370800-RS-JF-007',
    name: '工伤保险待遇核定',
    aliases: ['工伤待遇', '工伤报销'],
    departmentId: hrss,
    category: '工伤保险',
    summary:
      '已认定工伤的职工，对工伤医疗费、住院伙食补助费、一次性伤残补助金、伤残津贴等工伤保险基金支付的待遇申请核定支付。认定工伤决定和劳动能力鉴定结论由人社业务系统内查询，无需提交。',
    basis:
      '《中华人民共和国社会保险法》第三十八条；《工伤保险条例》第三十条至第三十七条；《山东省贯彻〈工伤保险条例〉实施办法》',
    legalLimit: workingDays(20),
    promisedLimit: workingDays(10),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: false,
    authority: decidedAt('社会保险经办机构', ['city', 'county'], 'county', '工伤保险经办机构', 'accept'),
    materials: [
      idCard('可用社会保障卡代替'),
      signedForm('sqb', '工伤保险待遇申请表', '由用人单位盖章'),
      material('fypj', '医疗费用票据及费用明细清单', { note: '已联网直接结算的费用不再提交' }),
      material('bl', '病历、出院记录', { form: 'copy' }),
    ],
    steps: [
      step(
        'sl',
        '窗口受理',
        'window',
        '核验身份，系统内查询认定工伤决定和劳动能力鉴定结论，审核待遇申请表和费用票据。',
      ),
      step('hd', '待遇核定', 'backOffice', '按目录和标准审核费用，核定各项待遇金额。'),
      step('fh', '复核', 'backOffice', '复核核定结果，确认支付金额。'),
      step('zf', '待遇支付', 'system', '待遇支付至用人单位或职工本人社会保障卡账户。'),
    ],
  }),
  demoItem({
    code: '370800-RS-JF-008',
    name: '丧葬补助金和抚恤金申领',
    aliases: ['遗属待遇', '丧葬费', '抚恤金'],
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
    parties: [{ role: 'closeRelative', inPerson: false }],
    authority: decidedAt(
      '社会保险经办机构',
      ['city', 'county'],
      'county',
      '参保地社会保险经办机构',
      'accept',
    ),
    onlineGuide: {
      path: `${onlineHall} → 养老保险 → 丧葬补助金、抚恤金申领`,
      windowHelp: '窗口帮办代办：遗属不会在线办理的，由窗口工作人员代为录入并上传材料。',
    },
    materials: [
      material('sfz', '申领人居民身份证'),
      material('yhzh', '申领人社会保障卡或本人银行账户', { note: '遗属待遇发放至申领人账户' }),
      certificate('swzm', '居民死亡医学证明（推断）书', '医疗卫生机构', {
        form: 'copy',
        note: '已办理户籍注销或火化的，窗口通过公安、殡葬信息核查，可不提交',
      }),
      droppedCertificate('qsgx', '亲属关系证明', '公安派出所或村（居）民委员会', { key: 'RS-yl-qsgx' }),
      droppedCertificate('hhzm', '火化证明', '殡仪馆', { key: 'RS-yl-hhzm' }),
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
    aliases: ['社保卡', '第三代社保卡'],
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
    agent: { letterMaterialId: 'wts', note: '16 周岁以下由监护人代办；行动不便的可委托他人代办' },
    authority: decidedAt(
      '社会保障卡服务机构',
      ['city', 'county'],
      'county',
      '社会保障卡服务机构',
      'onTheSpot',
    ),
    channelNotes: [{ channel: 'mobile', note: '掌上申领的卡片邮寄到家，不能当场领取' }],
    materials: [
      idCard('16 周岁以下未办理身份证的，提交户口簿和监护人身份证'),
      material('zp', '近期一寸白底免冠彩色照片', {
        required: false,
        note: '可在窗口现场免费拍照',
      }),
      material('wts', '代办委托书', { required: false, note: '委托他人代办的提交，代办人另带本人身份证' }),
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
    aliases: ['养老保险转移', '社保转移'],
    departmentId: hrss,
    category: '养老保险',
    summary:
      '参加职工基本养老保险的人员跨省、市流动就业的，由新参保地（转入地）向原参保地（转出地）申请转移基本养老保险关系和资金。本窗口作为转入地受理，转出由转出地社会保险经办机构办理。',
    basis:
      '《中华人民共和国社会保险法》第十九条；《城镇企业职工基本养老保险关系转移接续暂行办法》（国办发〔2009〕66号）',
    legalLimit: workingDays(45),
    promisedLimit: workingDays(15),
    immediate: false,
    channels: allChannels,
    doItOnce: true,
    instantApproval: false,
    fullyOnline: true,
    authority: decidedAt(
      '社会保险经办机构',
      ['city', 'county'],
      'county',
      '转入地、转出地社会保险经办机构',
      'accept',
    ),
    onlineGuide: {
      path: '国家社会保险公共服务平台或掌上 12333 → 养老保险关系转移接续申请',
      windowHelp: '窗口帮办代办：指导申请人在线发起转移，并告知查询办理进度的方式。',
    },
    materials: [
      idCard('可用社会保障卡代替'),
      signedForm('sqb', '基本养老保险关系转移接续申请表'),
      droppedCertificate('jfpz', '参保缴费凭证', '转出地社会保险经办机构', { key: 'RS-yl-jfpz' }),
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
    aliases: ['养老金', '退休金', '办理退休'],
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
    authority: decidedAt(
      '社会保险经办机构',
      ['city', 'county'],
      'county',
      '参保地社会保险经办机构',
      'accept',
    ),
    materials: [
      idCard(),
      material('sbk', '社会保障卡（已激活金融功能）'),
      material('da', '职工人事档案', { note: '由档案保管单位提供，用于审核出生时间、参加工作时间' }),
      signedForm('sqb', '职工退休申请表'),
      droppedCertificate('hjzm', '户籍证明（出生日期证明）', '公安派出所', { key: 'RS-yl-hjzm' }),
    ],
    steps: [
      step('sl', '窗口受理', 'window', '核验身份，接收申请表和人事档案。'),
      step('dash', '档案审核', 'backOffice', '审核出生时间、参加工作时间、视同缴费年限。'),
      step('hd', '待遇核定', 'backOffice', '计算基础养老金、个人账户养老金及过渡性养老金。'),
      step('gs', '公示确认', 'backOffice', '核定结果告知本人确认，按月发放。'),
    ],
  }),
];
