import { z } from 'zod';
import { departmentIdSchema, recordIdSchema } from '../ids';
import { syncMetaSchema } from '../sync/meta';
import { isoDaySchema, isoInstantSchema } from '../time';

/**
 * Certificate lists (证明事项保留清单 / 取消清单) as bureaus publish them. A list row is ONE VERSION of
 * one list; its versions share `seriesId`. Entries belong to one version, so a published version is
 * never edited: a change is a new draft (an import or a copy), published in one step. That keeps
 * "what did the window tell applicants on 3 May" answerable and makes diffs between versions trivial.
 */
export const certificateListIdSchema = recordIdSchema.brand<'CertificateListId'>();
export type CertificateListId = z.infer<typeof certificateListIdSchema>;
export const certificateEntryIdSchema = recordIdSchema.brand<'CertificateEntryId'>();
export type CertificateEntryId = z.infer<typeof certificateEntryIdSchema>;

export const listKindSchema = z.enum(['kept', 'dropped']);
export type ListKind = z.infer<typeof listKindSchema>;

/** `superseded`: a later version of the same series was published; kept for history and diffs. */
export const listStatusSchema = z.enum(['draft', 'published', 'superseded']);
export type ListStatus = z.infer<typeof listStatusSchema>;

/**
 * 取消后办理方式, classified. 数据共享 and 网络核验 stay apart because the clerk acts differently (ask a
 * system vs. look a record up online). `unclassified` (待分类) is what the importer gives published text
 * that fits no method; a version with any such entry cannot be published.
 */
export const certificateMethodSchema = z.enum([
  'directlyCancelled',
  'commitment',
  'departmentVerification',
  'dataSharing',
  'onlineVerification',
  'otherMaterial',
  'unclassified',
]);
export type CertificateMethod = z.infer<typeof certificateMethodSchema>;

/** 核查方式 after a 告知承诺 (国办发〔2020〕42号). */
export const verificationMethodSchema = z.enum([
  'written',
  'online',
  'onSite',
  'publicNotice',
  'interDepartment',
  'exempt',
]);
export type VerificationMethod = z.infer<typeof verificationMethodSchema>;

/** 行使层级 as published; free text elsewhere would make "按层级筛选" useless. */
export const exerciseLevelSchema = z.enum(['province', 'city', 'county', 'township', 'unspecified']);
export type ExerciseLevel = z.infer<typeof exerciseLevelSchema>;

const text = (max: number) => z.string().max(max);

export const certificateListFieldsSchema = z.object({
  /** null: a city-wide list (市级清单) every department reads. */
  departmentId: departmentIdSchema.nullable(),
  kind: listKindSchema,
  /** Shared by all versions of one list. */
  seriesId: recordIdSchema,
  title: z.string().min(1).max(120),
  /** 文号 of the issuing document, e.g. 济人社字〔2019〕58号. */
  documentNumber: text(80),
  effectiveDate: isoDaySchema.nullable(),
  versionNumber: z.number().int().min(1).max(10_000),
  status: listStatusSchema,
  /** The version this one replaces when published (for "what changed"). */
  previousVersionId: certificateListIdSchema.nullable(),
  publishedAt: isoInstantSchema.nullable(),
  publishedBy: text(80).nullable(),
  entryCount: z.number().int().min(0).max(20_000),
  /** Where the rows came from (file name, or a truthful note for demo data). */
  source: text(300),
});
export type CertificateListFields = z.infer<typeof certificateListFieldsSchema>;
export const certificateListSchema = certificateListFieldsSchema
  .extend({ id: certificateListIdSchema })
  .extend(syncMetaSchema.shape);
export type CertificateList = z.infer<typeof certificateListSchema>;

export const certificateEntryFieldsSchema = z.object({
  listId: certificateListIdSchema,
  /** Same as the list's: the server scopes rows by it. */
  departmentId: departmentIdSchema.nullable(),
  kind: listKindSchema,
  /** 序号 as published (may be "3-1"); also the order of the list. */
  serial: z.string().min(1).max(20),
  position: z.number().int().min(0).max(20_000),
  /** 证明名称 */
  name: z.string().min(1).max(200),
  /** 证明用途: which items ask for it, as published. */
  purpose: text(1000),
  /** 设定依据 */
  basis: text(1000),
  /** 依据条文及内容 */
  basisText: text(4000),
  /** 索要单位 */
  requestingUnit: text(200),
  /** 开具单位 */
  issuer: text(200),
  level: exerciseLevelSchema,
  /** 事项类型 (行政许可, 公共服务 …) */
  itemType: text(60),
  /** Kept entries: 保留原因 (e.g. 不能实行告知承诺的原因). */
  keptReason: text(1000),
  /** Dropped entries: 取消后的办理方式 exactly as published. */
  replacementText: text(1000),
  method: certificateMethodSchema.nullable(),
  verificationMethod: verificationMethodSchema.nullable(),
  /** 告知承诺: what happens after a false commitment. */
  falseCommitmentConsequence: text(500),
  /**
   * The key catalog materials link to (`dropped.key`, e.g. MZ-jz-srzm). Published files have no such
   * column: a new version takes it over from the entry of the same certificate in the version it
   * replaces, so links survive a re-import.
   */
  linkKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .optional(),
  /** Columns the published file had beyond ours (备注 …), header → value, kept so export loses nothing. */
  extra: z.record(z.string().max(60), z.string().max(1000)),
});
export type CertificateEntryFields = z.infer<typeof certificateEntryFieldsSchema>;
export const certificateEntrySchema = certificateEntryFieldsSchema
  .extend({ id: certificateEntryIdSchema })
  .extend(syncMetaSchema.shape);
export type CertificateEntry = z.infer<typeof certificateEntrySchema>;

/** What the importer and the demo data produce: an entry before it belongs to a stored list. */
export type EntryDraft = Omit<CertificateEntryFields, 'listId' | 'departmentId' | 'kind' | 'position'>;

/**
 * How entries are matched across versions and to item materials: the certificate's name with width,
 * spaces and bracket styles normalized (bureaus write （） and () interchangeably).
 */
export const certificateKey = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[“”"'‘’]/g, '')
    .toLowerCase();

export const defaultConsequence =
  '承诺不实的，行政机关依法终止办理、撤销相关决定，并将虚假承诺情况记入申请人信用记录，依法追究相应责任。';
