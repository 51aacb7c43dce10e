import { z } from 'zod';
import { departmentIdSchema, itemIdSchema } from '../ids';
import { syncMetaSchema } from '../sync/meta';
import { conditionRefSchema, itemGuideShape } from './itemGuide';

export const timeLimitSchema = z.object({
  value: z.number().int().min(0).max(365),
  unit: z.enum(['workingDays', 'naturalDays']),
});
export type TimeLimit = z.infer<typeof timeLimitSchema>;

/** How a dropped certificate is replaced (PRODUCT.md glossary, 取消后办理方式). */
export const replacementMethodSchema = z.enum([
  'directlyCancelled',
  'commitment',
  'departmentVerification',
  'dataSharing',
  'onlineVerification',
  'otherMaterial',
]);
export type ReplacementMethod = z.infer<typeof replacementMethodSchema>;

/** A material's link to a dropped-list entry (`linkKey` of the entry) and for whom the drop applies. */
export const droppedLinkSchema = z.object({
  key: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  /** Dropped only for some applicants (已参保的免交): otherwise the certificate is still asked for. */
  when: conditionRefSchema.optional(),
});
export type DroppedLink = z.infer<typeof droppedLinkSchema>;

export const materialFormSchema = z.enum(['original', 'copy', 'originalAndCopy', 'electronic', 'signedForm']);
export type MaterialForm = z.infer<typeof materialFormSchema>;

const localIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'invalid local id');

export const materialSchema = z.object({
  id: localIdSchema,
  name: z.string().min(1).max(120),
  required: z.boolean(),
  form: materialFormSchema,
  copies: z.number().int().min(0).max(20),
  /** 证明事项: a proof issued by some unit rather than the applicant's own document. */
  isCertificate: z.boolean(),
  /** 开具单位 for certificates. */
  issuer: z.string().max(120).optional(),
  note: z.string().max(500).optional(),
  /**
   * Set when the item's guide says a published dropped list (取消清单) covers this certificate: a link to
   * that list's entry by its key, never a copy of the entry. What replaces the certificate (告知承诺,
   * 数据共享 …) and in which words is read from the published entry (shared/certificates/applyLists.ts),
   * so the catalog and the lists cannot disagree; a link the published lists do not hold leaves the
   * certificate asked for.
   */
  dropped: droppedLinkSchema.optional(),
  /** Asked for only when the clerk's answer to a guide question matches (有残疾人的提供). */
  appliesWhen: conditionRefSchema.optional(),
  /** 容缺: a non-key material the item may accept later against the applicant's promise. */
  deferrable: z.boolean().optional(),
});
export type Material = z.infer<typeof materialSchema>;

export const stepActorSchema = z.enum(['window', 'applicant', 'backOffice', 'system']);

export const stepSchema = z.object({
  id: localIdSchema,
  title: z.string().min(1).max(60),
  description: z.string().max(500),
  actor: stepActorSchema,
});
export type Step = z.infer<typeof stepSchema>;

export const channelSchema = z.enum(['window', 'online', 'mobile', 'selfService']);
export type Channel = z.infer<typeof channelSchema>;

export const feeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }),
  z.object({
    kind: z.literal('charged'),
    amountYuan: z.number().min(0).max(100_000),
    basis: z.string().max(200),
  }),
]);
export type Fee = z.infer<typeof feeSchema>;

export const serviceItemFieldsSchema = z.object({
  /** 事项编码 */
  code: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'invalid item code'),
  name: z.string().min(1).max(80),
  /** null: a city-wide item every department reads. */
  departmentId: departmentIdSchema.nullable(),
  category: z.string().min(1).max(30),
  summary: z.string().max(500),
  /** 设定依据 */
  basis: z.string().max(500),
  /** 法定时限 */
  legalLimit: timeLimitSchema,
  /** 承诺时限 */
  promisedLimit: timeLimitSchema,
  /** 即办件: handled on the spot. */
  immediate: z.boolean(),
  fee: feeSchema,
  channels: z.array(channelSchema).min(1),
  doItOnce: z.boolean(),
  instantApproval: z.boolean(),
  fullyOnline: z.boolean(),
  materials: z.array(materialSchema).max(60),
  steps: z.array(stepSchema).min(1).max(30),
  published: z.boolean(),
  ...itemGuideShape,
});
export type ServiceItemFields = z.infer<typeof serviceItemFieldsSchema>;

export const serviceItemSchema = serviceItemFieldsSchema
  .extend({ id: itemIdSchema })
  .extend(syncMetaSchema.shape);
export type ServiceItem = z.infer<typeof serviceItemSchema>;

/**
 * A clerk's answers to the guide's yes/no questions, by condition id. An unanswered question leaves the
 * stricter reading: the material is asked for and a conditional drop does not apply.
 */
export type GuideAnswers = Readonly<Record<string, boolean>>;

const matches = (ref: { conditionId: string; answer: boolean }, answers: GuideAnswers): boolean =>
  answers[ref.conditionId] === ref.answer;

/** Whether the material concerns this applicant at all (its condition, if any, is answered its way). */
export const materialApplies = (material: Material, answers: GuideAnswers = {}): boolean =>
  !material.appliesWhen || answers[material.appliesWhen.conditionId] !== !material.appliesWhen.answer;

/** Whether the dropped-list rule replaces this certificate for this applicant. */
export const isDroppedFor = (material: Material, answers: GuideAnswers = {}): boolean =>
  material.dropped !== undefined && (!material.dropped.when || matches(material.dropped.when, answers));

/** A material the applicant must still hand in: required, concerns them, and not replaced by a drop. */
export const isNeededMaterial = (material: Material, answers: GuideAnswers = {}): boolean =>
  material.required && materialApplies(material, answers) && !isDroppedFor(material, answers);

/** Seeded items share deterministic ids across desks and the server (sync must not duplicate them). */
export const seededItemId = (code: string): ServiceItem['id'] => `item-${code}` as ServiceItem['id'];
