import type { CertificateMethod, VerificationMethod } from './model';

/**
 * Classifies the published 取消后的办理方式 text. Published wording varies widely ("改为申请人书面承诺",
 * "通过省大数据平台共享获取", "由窗口人员内部核查"), so the rules look for the words that decide what the
 * clerk does, in order of precedence: a commitment outranks everything (the letter must be printed even
 * if the office also verifies), sharing and online checks outrank a generic 核查, and 声明/提供 other
 * papers outrank 直接取消. Text that fits none is `unclassified` (待分类) for a supervisor to decide —
 * guessing would put a wrong instruction in front of the clerk.
 */
const rules: readonly { method: CertificateMethod; pattern: RegExp }[] = [
  { method: 'commitment', pattern: /告知承诺|承诺书|书面承诺|个人承诺|承诺制|作出承诺|签署承诺|以承诺/ },
  {
    method: 'dataSharing',
    pattern: /数据共享|信息共享|共享获取|共享核验|共享数据|共享平台|大数据平台|部门共享/,
  },
  {
    method: 'onlineVerification',
    pattern: /网络核验|网上核验|在线核验|网上查询|在线查询|系统查询|系统核验|联网核查|网络查询/,
  },
  {
    method: 'departmentVerification',
    pattern: /部门核查|部门协查|内部核查|自行核查|自行调查|调查核实|入户调查|核实|协查|函询|核查/,
  },
  {
    method: 'otherMaterial',
    pattern:
      /声明|提供.{0,20}(材料|证|书|照|凭证|复印件|协议|合同)|改为.{0,12}(提交|提供|出具)|凭.{1,20}办理|替代/,
  },
  {
    method: 'directlyCancelled',
    pattern: /直接取消|不再(提供|索要|提交|要求|开具)|无需(提供|提交)|取消该证明|取消$|^取消/,
  },
];

export const classifyMethod = (publishedText: string): CertificateMethod => {
  const normalized = publishedText.normalize('NFKC').replace(/\s+/g, '');
  if (normalized === '') return 'unclassified';
  return rules.find((rule) => rule.pattern.test(normalized))?.method ?? 'unclassified';
};

const verificationRules: readonly { method: VerificationMethod; pattern: RegExp }[] = [
  { method: 'exempt', pattern: /免予核查|免于核查|不予核查|无需核查/ },
  { method: 'onSite', pattern: /实地(调查|核查|核实)|入户/ },
  { method: 'publicNotice', pattern: /公示/ },
  { method: 'online', pattern: /网络核验|网上核验|在线核验|系统(查询|核验)|数据共享|信息共享/ },
  { method: 'interDepartment', pattern: /部门协查|协查|函询|部门核查/ },
  { method: 'written', pattern: /书面核查|书面审查|材料核查/ },
];

/** 核查方式 named in the text, if any (a commitment without one stays null until a supervisor sets it). */
export const classifyVerification = (publishedText: string): VerificationMethod | null => {
  const normalized = publishedText.normalize('NFKC').replace(/\s+/g, '');
  return verificationRules.find((rule) => rule.pattern.test(normalized))?.method ?? null;
};
