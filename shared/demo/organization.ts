import { departmentIdSchema, hallIdSchema, staffIdSchema, windowIdSchema } from '../ids';
import type { DepartmentId, HallId } from '../ids';
import type { Department, Hall, Role, ServiceWindow, Staff } from '../domain/organization';

/**
 * Demo organization of the two Jining bureaus. Ids are deterministic (derived from codes) so that every
 * desk and the server seed the same rows and sync never duplicates them. Ids go through the schemas
 * rather than casts so a malformed demo id fails at start-up, not deep inside sync.
 */
export const demoDepartmentIds = {
  hrss: departmentIdSchema.parse('dept-JN-RS'),
  civilAffairs: departmentIdSchema.parse('dept-JN-MZ'),
} as const;

export const demoDepartments: Department[] = [
  { id: demoDepartmentIds.hrss, code: 'JN-RS', name: '济宁市人力资源和社会保障局', bureau: 'hrss' },
  { id: demoDepartmentIds.civilAffairs, code: 'JN-MZ', name: '济宁市民政局', bureau: 'civilAffairs' },
];

export const demoHallIds = {
  hrssMain: hallIdSchema.parse('hall-JN-RS-ZWDT'),
  hrssSocialInsurance: hallIdSchema.parse('hall-JN-RS-SBZX'),
  civilAffairsCenter: hallIdSchema.parse('hall-JN-MZ-WMFW'),
  marriageRegistry: hallIdSchema.parse('hall-JN-MZ-HYDJ'),
  townshipCenter: hallIdSchema.parse('hall-JN-MZ-NZJD'),
} as const;

export const demoHalls: Hall[] = [
  {
    id: demoHallIds.hrssMain,
    departmentId: demoDepartmentIds.hrss,
    name: '济宁市人社局政务服务大厅',
    level: 'city',
    address: '济宁市任城区洸河路9号 济宁市为民服务中心二楼人社服务区',
  },
  {
    id: demoHallIds.hrssSocialInsurance,
    departmentId: demoDepartmentIds.hrss,
    name: '济宁市社会保险事业中心服务大厅',
    level: 'city',
    address: '济宁市任城区太白楼中路68号 一楼',
  },
  {
    id: demoHallIds.civilAffairsCenter,
    departmentId: demoDepartmentIds.civilAffairs,
    name: '济宁市为民服务中心民政窗口',
    level: 'city',
    address: '济宁市任城区洸河路9号 济宁市为民服务中心三楼民政服务区',
  },
  {
    id: demoHallIds.marriageRegistry,
    departmentId: demoDepartmentIds.civilAffairs,
    // Marriage registration is a county-level job: the registry is the 任城区 民政局's.
    name: '任城区婚姻登记处',
    level: 'county',
    address: '济宁市任城区共青团路57号',
  },
  {
    // Social assistance is applied for at the 乡镇（街道）: this window collects and forwards to the county.
    id: demoHallIds.townshipCenter,
    departmentId: demoDepartmentIds.civilAffairs,
    name: '任城区南张街道便民服务中心',
    level: 'township',
    address: '济宁市任城区南张街道办事处一楼',
  },
];

const windowsOf = (hallId: HallId, hallCode: string, labels: readonly string[]): ServiceWindow[] =>
  labels.map((label, index) => ({
    id: windowIdSchema.parse(`win-${hallCode}-${String(index + 1).padStart(2, '0')}`),
    hallId,
    number: index + 1,
    label,
  }));

export const demoWindows: ServiceWindow[] = [
  ...windowsOf(demoHallIds.hrssMain, 'JN-RS-ZWDT', [
    '综合受理',
    '综合受理',
    '就业创业',
    '失业保险',
    '社保卡',
    '工伤认定',
    '工伤待遇',
    '出件窗口',
  ]),
  ...windowsOf(demoHallIds.hrssSocialInsurance, 'JN-RS-SBZX', [
    '参保登记',
    '关系转移',
    '退休待遇',
    '遗属待遇',
  ]),
  ...windowsOf(demoHallIds.civilAffairsCenter, 'JN-MZ-WMFW', [
    '综合受理',
    '低保救助',
    '特困供养',
    '残疾人补贴',
    '养老服务',
    '殡葬服务',
  ]),
  ...windowsOf(demoHallIds.marriageRegistry, 'JN-MZ-HYDJ', ['结婚登记', '结婚登记', '离婚登记', '补领证件']),
  ...windowsOf(demoHallIds.townshipCenter, 'JN-MZ-NZJD', ['社会救助', '养老服务', '综合受理']),
];

export type DemoStaff = Staff & { username: string };

const person = (
  code: string,
  name: string,
  roles: Role[],
  departmentId: DepartmentId,
  username: string,
): DemoStaff => ({ id: staffIdSchema.parse(`staff-${code}`), name, roles, departmentId, username });

/**
 * The first account per role of each department carries the plain role name (rs-staff, mz-leader…):
 * these are the demo logins the server's `seed-demo` creates and the README lists.
 */
export const demoStaff: DemoStaff[] = [
  person('JN-RS-001', '王晓燕', ['staff'], demoDepartmentIds.hrss, 'rs-staff'),
  person('JN-RS-002', '李振华', ['staff'], demoDepartmentIds.hrss, 'rs-staff2'),
  person('JN-RS-003', '孔令娟', ['staff'], demoDepartmentIds.hrss, 'rs-staff3'),
  person('JN-RS-004', '张志强', ['leader'], demoDepartmentIds.hrss, 'rs-leader'),
  person('JN-RS-005', '刘海燕', ['leader'], demoDepartmentIds.hrss, 'rs-leader2'),
  person('JN-RS-006', '赵建国', ['supervisor'], demoDepartmentIds.hrss, 'rs-chief'),
  person('JN-MZ-001', '孟凡英', ['staff'], demoDepartmentIds.civilAffairs, 'mz-staff'),
  person('JN-MZ-002', '陈磊', ['staff'], demoDepartmentIds.civilAffairs, 'mz-staff2'),
  person('JN-MZ-003', '颜丽娜', ['leader'], demoDepartmentIds.civilAffairs, 'mz-leader'),
  person('JN-MZ-004', '周德明', ['supervisor'], demoDepartmentIds.civilAffairs, 'mz-chief'),
];
