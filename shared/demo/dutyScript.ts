import type {
  BottleneckCategory,
  BottleneckSeverity,
  BottleneckStatus,
  BottleneckUpdateKind,
} from '../duty/bottleneck';
import type { DepartmentId, HallId } from '../ids';
import { demoDepartmentIds, demoHallIds } from './organization';

/**
 * What happened at the two halls during the demo week, as a leader would tell it. `day` counts the
 * week's working days from the oldest (0) to the last before today (4); `minutesAgo` is today. Staff
 * are named by code (organization.ts): RS-001 王晓燕, RS-002 李振华, RS-003 孔令娟 (clerks), RS-004
 * 张志强, RS-005 刘海燕 (leaders), RS-006 赵建国 (科长); MZ-001 孟凡英, MZ-002 陈磊 (clerks), MZ-003
 * 颜丽娜 (leader), MZ-004 周德明 (科长). Who writes what follows the duty rules (demo test checks it).
 */
export type DemoMoment = { day: number; time: string } | { minutesAgo: number };

export type DemoStep = {
  at: DemoMoment;
  by: string;
  kind: BottleneckUpdateKind;
  text?: string;
  status?: BottleneckStatus;
  owner?: string;
  /** For a deadline: days after the day the note was raised. */
  deadlineDays?: number;
};

export type DemoNote = {
  key: string;
  departmentId: DepartmentId;
  hallId: HallId;
  window: string;
  itemCode: string | null;
  /** The certificate-list entry it concerns, by 证明名称 in the department's demo lists. */
  certificate?: string;
  category: BottleneckCategory;
  severity: BottleneckSeverity;
  applicants: number;
  description: string;
  raised: { day: number; time: string; by: string };
  updates: DemoStep[];
};

const rs = { departmentId: demoDepartmentIds.hrss, hallId: demoHallIds.hrssMain };
const mz = { departmentId: demoDepartmentIds.civilAffairs, hallId: demoHallIds.civilAffairsCenter };

export const rsNotes: DemoNote[] = [
  {
    ...rs,
    key: 'rs-01',
    window: 'win-JN-RS-ZWDT-01',
    itemCode: null,
    category: 'systemFault',
    severity: 'medium',
    applicants: 3,
    description: '养老金领取资格认证：92岁卧床老人手机人脸识别连续失败，家属代为来窗口，申请改为上门认证',
    raised: { day: 0, time: '09:40', by: 'JN-RS-001' },
    updates: [
      {
        at: { day: 0, time: '10:15' },
        by: 'JN-RS-001',
        kind: 'comment',
        text: '本周已遇到3起：老人无法下床，光线和眨眼动作都过不了，家属不知道可以申请上门认证。',
      },
      { at: { day: 0, time: '11:20' }, by: 'JN-RS-004', kind: 'assign', owner: 'JN-RS-003' },
      { at: { day: 0, time: '11:21' }, by: 'JN-RS-004', kind: 'deadline', deadlineDays: 3 },
      { at: { day: 1, time: '09:05' }, by: 'JN-RS-003', kind: 'status', status: 'inProgress' },
      {
        at: { day: 1, time: '15:40' },
        by: 'JN-RS-003',
        kind: 'comment',
        text: '社保中心待遇科同意：窗口登记家属电话，社区网格员预约，每周三下午上门认证。',
      },
      {
        at: { day: 2, time: '16:30' },
        by: 'JN-RS-006',
        kind: 'status',
        status: 'resolved',
        text: '上门认证登记表已放在1号窗口，本周三已为4位卧床老人上门完成认证；一次性告知书加印上门认证预约电话。',
      },
    ],
  },
  {
    ...rs,
    key: 'rs-02',
    window: 'win-JN-RS-ZWDT-06',
    itemCode: '370800-RS-QR-006',
    certificate: '与用人单位存在劳动关系（包括事实劳动关系）的证明材料',
    category: 'guideMismatch',
    severity: 'high',
    applicants: 2,
    description:
      '线上预审与纸质指南不一致：网上预审已不要求劳动关系证明，窗口纸质指南仍列为必交材料，申请人白跑一趟',
    raised: { day: 1, time: '10:05', by: 'JN-RS-002' },
    updates: [
      {
        at: { day: 1, time: '10:30' },
        by: 'JN-RS-002',
        kind: 'comment',
        text: '已先按网上预审口径收件，没有让申请人回去开证明。',
      },
      { at: { day: 1, time: '11:00' }, by: 'JN-RS-004', kind: 'assign', owner: 'JN-RS-006' },
      { at: { day: 1, time: '11:01' }, by: 'JN-RS-004', kind: 'deadline', deadlineDays: 2 },
      { at: { day: 2, time: '09:30' }, by: 'JN-RS-006', kind: 'status', status: 'inProgress' },
      {
        at: { day: 3, time: '14:10' },
        by: 'JN-RS-006',
        kind: 'comment',
        text: '核对取消清单：该证明已取消，改为数据共享核查；大厅摆放的是旧版纸质指南。',
      },
      {
        at: { day: 4, time: '10:20' },
        by: 'JN-RS-006',
        kind: 'status',
        status: 'escalated',
        text: '纸质指南由市政务服务中心统一印制，已报市政务服务管理局更换新版，等待答复。',
      },
      {
        at: { minutesAgo: 60 },
        by: 'JN-RS-004',
        kind: 'comment',
        text: '市政务服务管理局回复：新版指南统一更换前，窗口先张贴更正说明。',
      },
    ],
  },
  {
    ...rs,
    key: 'rs-03',
    window: 'win-JN-RS-ZWDT-04',
    itemCode: '370800-RS-GG-001',
    category: 'crossDepartment',
    severity: 'medium',
    applicants: 5,
    description: '失业保险金申领：申请人社会保障卡未激活金融功能，待遇发不下去，还要另跑银行网点激活',
    raised: { day: 2, time: '14:20', by: 'JN-RS-001' },
    updates: [
      { at: { day: 2, time: '14:50' }, by: 'JN-RS-006', kind: 'assign', owner: 'JN-RS-001' },
      { at: { day: 2, time: '14:51' }, by: 'JN-RS-006', kind: 'deadline', deadlineDays: 2 },
      { at: { day: 3, time: '09:10' }, by: 'JN-RS-001', kind: 'status', status: 'inProgress' },
      {
        at: { day: 3, time: '16:00' },
        by: 'JN-RS-001',
        kind: 'comment',
        text: '已联系合作银行，银行同意每周二、四派员到大厅现场激活，协议还没签。',
      },
    ],
  },
  {
    ...rs,
    key: 'rs-04',
    window: 'win-JN-RS-ZWDT-01',
    itemCode: null,
    category: 'waitingTime',
    severity: 'high',
    applicants: 23,
    description: '上午9点到10点取号排队超过40分钟，综合受理只开了两个窗口',
    raised: { day: 3, time: '09:50', by: 'JN-RS-003' },
    updates: [
      {
        at: { day: 3, time: '10:05' },
        by: 'JN-RS-004',
        kind: 'comment',
        text: '临时调5号窗口兼办综合受理。',
      },
      {
        at: { day: 3, time: '11:50' },
        by: 'JN-RS-004',
        kind: 'status',
        status: 'resolved',
        text: '高峰时段（9:00—10:30）5号窗口兼办综合受理，已写入排班表；11点后排队降到10分钟以内。',
      },
    ],
  },
  {
    ...rs,
    key: 'rs-05',
    window: 'win-JN-RS-ZWDT-05',
    itemCode: '370800-RS-GG-009',
    category: 'systemFault',
    severity: 'medium',
    applicants: 6,
    description: '社保卡即时制卡系统下午间歇性掉线，制卡失败，只能登记后邮寄',
    raised: { day: 4, time: '15:10', by: 'JN-RS-002' },
    updates: [
      {
        at: { day: 4, time: '15:30' },
        by: 'JN-RS-005',
        kind: 'comment',
        text: '已报信息科，说是省平台升级引起的。',
      },
      { at: { day: 4, time: '15:31' }, by: 'JN-RS-005', kind: 'assign', owner: 'JN-RS-002' },
      { at: { minutesAgo: 40 }, by: 'JN-RS-002', kind: 'status', status: 'inProgress' },
    ],
  },
  {
    ...rs,
    key: 'rs-06',
    window: 'win-JN-RS-ZWDT-03',
    itemCode: '370800-RS-GG-004',
    category: 'rigidPolicy',
    severity: 'low',
    applicants: 1,
    description: '外省户籍灵活就业人员参保，有的窗口要居住证有的不要，指南没写明，口径不一',
    raised: { day: 4, time: '10:30', by: 'JN-RS-003' },
    updates: [],
  },
];

export const mzNotes: DemoNote[] = [
  {
    ...mz,
    key: 'mz-01',
    window: 'win-JN-MZ-WMFW-02',
    itemCode: '370800-MZ-JF-001',
    category: 'materials',
    severity: 'medium',
    applicants: 3,
    description:
      '低保申请授权书填写说明不清：家庭经济状况核查授权书要求全体家庭成员签字，外出务工的成员怎么签没写，3户返工',
    raised: { day: 0, time: '10:10', by: 'JN-MZ-001' },
    updates: [
      {
        at: { day: 0, time: '10:40' },
        by: 'JN-MZ-002',
        kind: 'comment',
        text: '外出务工成员可以签好后把签字页寄回来，这一点要写进指南。',
      },
      { at: { day: 0, time: '11:00' }, by: 'JN-MZ-003', kind: 'assign', owner: 'JN-MZ-001' },
      { at: { day: 0, time: '11:01' }, by: 'JN-MZ-003', kind: 'deadline', deadlineDays: 5 },
      { at: { day: 1, time: '09:20' }, by: 'JN-MZ-001', kind: 'status', status: 'inProgress' },
      {
        at: { day: 2, time: '15:00' },
        by: 'JN-MZ-001',
        kind: 'comment',
        text: '授权书填写样表和一次性告知书补充说明已起草，送科长审核。',
      },
      {
        at: { day: 3, time: '16:10' },
        by: 'JN-MZ-004',
        kind: 'status',
        status: 'resolved',
        text: '填写样表已张贴在2号窗口并随一次性告知书发放；外出务工成员可邮寄签字页，网上指南同步更新。',
      },
    ],
  },
  {
    ...mz,
    key: 'mz-02',
    window: 'win-JN-MZ-WMFW-05',
    itemCode: '370800-MZ-JF-007',
    category: 'rigidPolicy',
    severity: 'high',
    applicants: 2,
    description: '高龄津贴申请要求老人本人到场，卧床老人来不了，家属代办被拒',
    raised: { day: 1, time: '14:30', by: 'JN-MZ-002' },
    updates: [
      {
        at: { day: 1, time: '15:00' },
        by: 'JN-MZ-003',
        kind: 'comment',
        text: '政策允许委托代办，是窗口口径过严。',
      },
      { at: { day: 1, time: '15:05' }, by: 'JN-MZ-003', kind: 'assign', owner: 'JN-MZ-002' },
      { at: { day: 1, time: '15:06' }, by: 'JN-MZ-003', kind: 'deadline', deadlineDays: 7 },
      { at: { day: 2, time: '10:00' }, by: 'JN-MZ-002', kind: 'status', status: 'inProgress' },
      {
        at: { minutesAgo: 20 },
        by: 'JN-MZ-002',
        kind: 'comment',
        text: '区民政局养老服务科确认：家属持委托书和老人身份证可以代办，卧床老人由社区入户核实。',
      },
    ],
  },
  {
    ...mz,
    key: 'mz-03',
    window: 'win-JN-MZ-WMFW-04',
    itemCode: '370800-MZ-JF-005',
    category: 'crossDepartment',
    severity: 'medium',
    applicants: 4,
    description: '新办的残疾人证在残联系统里查不到，困难残疾人生活补贴无法受理',
    raised: { day: 2, time: '09:40', by: 'JN-MZ-001' },
    updates: [
      { at: { day: 2, time: '10:00' }, by: 'JN-MZ-003', kind: 'assign', owner: 'JN-MZ-004' },
      { at: { day: 2, time: '10:01' }, by: 'JN-MZ-003', kind: 'deadline', deadlineDays: 1 },
      { at: { day: 3, time: '11:00' }, by: 'JN-MZ-004', kind: 'status', status: 'inProgress' },
      {
        at: { day: 3, time: '11:30' },
        by: 'JN-MZ-004',
        kind: 'comment',
        text: '已致函市残联：数据交换每周只同步一次，请求改为每日同步。',
      },
    ],
  },
  {
    ...mz,
    key: 'mz-04',
    window: 'win-JN-MZ-WMFW-02',
    itemCode: '370800-MZ-JF-001',
    certificate: '收入证明',
    category: 'rigidPolicy',
    severity: 'high',
    applicants: 2,
    description: '收入证明已取消、改为收入情况声明，有的村（居）仍让申请人回村开收入证明',
    raised: { day: 3, time: '14:00', by: 'JN-MZ-002' },
    updates: [
      {
        at: { day: 3, time: '14:20' },
        by: 'JN-MZ-004',
        kind: 'status',
        status: 'escalated',
        text: '属于村（居）执行问题，已报区民政局社会救助科统一通知各乡镇（街道）。',
      },
      {
        at: { day: 4, time: '09:00' },
        by: 'JN-MZ-002',
        kind: 'comment',
        text: '南张街道已答复：不再要求收入证明。',
      },
    ],
  },
  {
    ...mz,
    key: 'mz-05',
    window: 'win-JN-MZ-WMFW-03',
    itemCode: '370800-MZ-JF-002',
    category: 'legacy',
    severity: 'medium',
    applicants: 1,
    description: '特困供养对象户籍迁移后原乡镇档案没有移交，新户籍地无法受理',
    raised: { day: 4, time: '16:00', by: 'JN-MZ-002' },
    updates: [],
  },
];

/** One per shift, in the order the shifts ran (人社 hall: morning and afternoon of each working day). */
export const rsHandovers: string[] = [
  '养老金资格认证卧床老人人脸识别问题已记堵点，孔令娟跟进；上午办件正常。',
  '下午无新增堵点；2号窗口读卡器接触不良，已报后勤更换。',
  '工伤认定线上预审与纸质指南不一致，已请赵科长核对取消清单；上门认证方案等社保中心答复。',
  '社保中心同意每周三下午上门认证，登记表放在1号窗口；无其他遗留。',
  '上午办件量大，排队时间偏长，明天上午请提前安排5号窗口兼办综合受理。',
  '失业保险金卡未激活问题已记堵点，王晓燕联系合作银行；上门认证问题已办结。',
  '排队问题已办结，高峰时段5号窗口兼办综合受理；工伤认定指南问题赵科长处理中。',
  '银行现场激活协议待签；孔令娟下午请假；无新增堵点。',
  '灵活就业参保居住证口径不一，已记堵点，待指定责任人；工伤认定指南问题已上报市政务服务管理局。',
  '社保卡制卡系统间歇性掉线，已报信息科，李振华跟进，明早先试制一张卡再开窗口；失业保险金卡激活问题已超期，请督促。',
];

/** 民政 center: one whole-day shift per working day. */
export const mzHandovers: string[] = [
  '低保授权书填写说明问题已记堵点，孟凡英起草填写样表；其余正常。',
  '高龄津贴代办口径问题已记堵点，陈磊与区养老服务科核实。',
  '残疾人证数据不同步已记堵点，周科长联系市残联；授权书样表待审核。',
  '授权书问题已办结；村（居）仍要求收入证明问题已上报区民政局。',
  '特困供养户籍迁移档案未移交问题已记堵点，待指定责任人；残疾人证数据问题已超期，请继续督促市残联。',
];
