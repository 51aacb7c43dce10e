import { z } from 'zod';

/**
 * What a published 办事指南 says beyond materials and steps: who takes part, how many visits and what
 * waiting lies between them, who decides and at which level, which answers change the materials, and
 * how the item is handled online. Every field here is optional on the item so rows written before it
 * existed still validate; the helpers in itemGuideRules.ts give each absent field its plain meaning.
 */
export const guideLocalIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'invalid local id');

export const timeUnitSchema = z.enum(['workingDays', 'naturalDays']);

/** Who takes part (当事人): 申请人; 男方/女方 for marriage; 家庭成员/近亲属; 监护人; 代办人. */
export const partyRoleSchema = z.enum([
  'applicant',
  'male',
  'female',
  'householdMember',
  'closeRelative',
  'guardian',
  'agent',
]);
export type PartyRole = z.infer<typeof partyRoleSchema>;

export const itemPartySchema = z.object({
  role: partyRoleSchema,
  /** 须本人到场: marriage and divorce registration cannot be done by an agent. */
  inPerson: z.boolean(),
});
export type ItemParty = z.infer<typeof itemPartySchema>;

/** 代办: an agent may act where the guide allows it, with a 委托书 (a material of the item). */
export const agentRuleSchema = z.object({
  letterMaterialId: guideLocalIdSchema,
  note: z.string().max(200),
});

/** Administrative levels of China's government below the centre, as guides name them. */
export const adminLevelSchema = z.enum(['province', 'city', 'county', 'township']);
export type AdminLevel = z.infer<typeof adminLevelSchema>;

/** What the window itself does: 受理 (accepts; its body decides), 代收代办, 帮办, 当场办结. */
export const windowRoleSchema = z.enum(['accept', 'collectAndForward', 'assist', 'onTheSpot']);
export type WindowRole = z.infer<typeof windowRoleSchema>;

/** 实施主体 / 受理层级 / 审批层级. */
export const authoritySchema = z.object({
  implementingBody: z.string().min(1).max(80),
  acceptLevels: z.array(adminLevelSchema).min(1).max(4),
  decisionLevel: adminLevelSchema,
  /** The body that decides, named for the applicant (县级民政部门, 县级残联, 殡仪馆, 转出地社保经办机构). */
  decidingBody: z.string().min(1).max(80),
  /** What a window at the deciding level does; a window below it always 代收 and forwards. */
  windowRole: windowRoleSchema,
});
export type Authority = z.infer<typeof authoritySchema>;

/** A yes/no question the clerk answers once per case; materials and drops may depend on it. */
export const guideConditionSchema = z.object({
  id: guideLocalIdSchema,
  question: z.string().min(1).max(120),
});
export type GuideCondition = z.infer<typeof guideConditionSchema>;

export const conditionRefSchema = z.object({ conditionId: guideLocalIdSchema, answer: z.boolean() });
export type ConditionRef = z.infer<typeof conditionRefSchema>;

/**
 * Time that is not the office's: a 冷静期 the applicants wait out, or 公示/调查/评估/鉴定 that the law
 * leaves out of the handling limit. `startsFrom: 'nextDay'` is the 民法典 way of counting (期间开始的当日
 * 不计入).
 */
export const waitingKindSchema = z.enum([
  'coolingOff',
  'publicNotice',
  'investigation',
  'assessment',
  'appraisal',
]);
export type WaitingKind = z.infer<typeof waitingKindSchema>;

export const waitingPeriodSchema = z.object({
  kind: waitingKindSchema,
  value: z.number().int().min(1).max(365),
  unit: timeUnitSchema,
  startsFrom: z.enum(['sameDay', 'nextDay']),
  /** The step during which the period runs (公示 in the village), for the guide's wording. */
  stepId: guideLocalIdSchema.optional(),
});
export type WaitingPeriod = z.infer<typeof waitingPeriodSchema>;

/**
 * One visit of an item that takes more than one by design (离婚登记: 申请 → 冷静期 → 登记). A later stage
 * opens after `waitBefore` and must happen `within` the days after it ends; `onLapse` says what missing
 * the window means (离婚: 视为撤回).
 */
export const visitStageSchema = z.object({
  id: guideLocalIdSchema,
  title: z.string().min(1).max(30),
  stepIds: z.array(guideLocalIdSchema).min(1).max(30),
  materialIds: z.array(guideLocalIdSchema).max(60),
  waitBefore: waitingPeriodSchema.optional(),
  within: z.object({ value: z.number().int().min(1).max(365), unit: timeUnitSchema }).optional(),
  onLapse: z.enum(['deemedWithdrawn']).optional(),
});
export type VisitStage = z.infer<typeof visitStageSchema>;

/** 容缺受理: accept with a non-key material missing against a promise to hand it in within `maxDays`. */
export const deferralRuleSchema = z.object({
  maxDays: z.number().int().min(1).max(60),
  unit: timeUnitSchema,
});

/** 全程网办 / 智能秒批: where the applicant does it online, and how the window helps (帮办代办). */
export const onlineGuideSchema = z.object({
  path: z.string().min(1).max(200),
  windowHelp: z.string().min(1).max(300),
});

/** Where a channel differs from the guide's main flow (掌上办 needs 人脸识别, 自助终端 prints there…). */
export const channelNoteSchema = z.object({
  channel: z.enum(['window', 'online', 'mobile', 'selfService']),
  note: z.string().min(1).max(200),
});

/** The guide fields, spread into the item schema. */
export const itemGuideShape = {
  /** 常用名和简称 (社保卡, 低保, 五保…), searched like the name. */
  aliases: z.array(z.string().min(1).max(20)).max(10).optional(),
  parties: z.array(itemPartySchema).min(1).max(6).optional(),
  agent: agentRuleSchema.optional(),
  authority: authoritySchema.optional(),
  conditions: z.array(guideConditionSchema).max(10).optional(),
  stages: z.array(visitStageSchema).min(2).max(5).optional(),
  /** Periods inside the handling that do not count towards the limit (公示 7 日…). */
  excludedPeriods: z.array(waitingPeriodSchema).max(5).optional(),
  deferral: deferralRuleSchema.optional(),
  onlineGuide: onlineGuideSchema.optional(),
  channelNotes: z.array(channelNoteSchema).max(4).optional(),
  /** 撤回: how the applicant withdraws before the decision, when the guide provides for it. */
  withdrawal: z.string().min(1).max(200).optional(),
};
