import { uuidv7 } from 'uuidv7';
import type { ParsedEntry } from '../../../../shared/certificates/importList';
import type { CheckedListFacts } from '../../../../shared/certificates/listFacts';
import {
  certificateEntryIdSchema,
  certificateListIdSchema,
  defaultConsequence,
  type CertificateEntry,
  type CertificateList,
  type CertificateMethod,
  type ListKind,
  type VerificationMethod,
} from '../../../../shared/certificates/model';
import {
  draftRows,
  publishBlockers,
  publishChanges,
  seriesIdOf,
} from '../../../../shared/certificates/versions';
import type { DepartmentId } from '../../../../shared/ids';
import { toIsoInstant } from '../../../../shared/time';
import { mutate, mutateMany, type AnyMutationRequest } from '../../../db/mutate';
import type { OnceDeskDb } from '../../../db/schema';

type Author = { by: string; now: Date };

/**
 * A checked import becomes a new draft version in ONE transaction (mutateMany): the list and all its
 * entries with their outbox entries, or nothing. Returns the new list id.
 */
export const saveImportedDraft = async (
  db: OnceDeskDb,
  input: {
    departmentId: DepartmentId | null;
    kind: ListKind;
    title: string;
    documentNumber: string;
    effectiveDate: CertificateList['effectiveDate'];
    source: string;
    entries: readonly ParsedEntry[];
  },
  { by, now }: Author,
): Promise<CertificateList['id']> => {
  const listId = certificateListIdSchema.parse(uuidv7());
  const series = await db.certificateLists
    .where('seriesId')
    .equals(seriesIdOf(input.departmentId, input.kind))
    .toArray();
  const current = series.find((version) => version.status === 'published' && !version.deleted);
  const published = current
    ? (await db.certificateEntries.where('listId').equals(current.id).toArray()).filter(
        (entry) => !entry.deleted,
      )
    : [];
  const draft = draftRows({
    ...input,
    published,
    listId,
    entryIds: input.entries.map(() => certificateEntryIdSchema.parse(uuidv7())),
    entries: input.entries,
    series: series.filter((version) => !version.deleted),
  });
  const requests: AnyMutationRequest[] = [
    { table: 'certificateLists', op: 'upsert', rowId: listId, fields: draft.list, by, now },
    ...draft.entries.map((entry): AnyMutationRequest => ({
      table: 'certificateEntries',
      op: 'upsert',
      rowId: entry.id,
      fields: entry.fields,
      by,
      now,
    })),
  ];
  await mutateMany(db, requests);
  return listId;
};

/** A supervisor decides a 待分类 entry (or corrects a classification) in the draft. */
export const classifyEntry = (
  db: OnceDeskDb,
  entry: CertificateEntry,
  method: CertificateMethod,
  verificationMethod: VerificationMethod | null,
  author: Author,
) =>
  mutate(db, {
    table: 'certificateEntries',
    op: 'upsert',
    rowId: entry.id,
    fields: {
      method,
      verificationMethod: method === 'commitment' ? (verificationMethod ?? 'written') : null,
      falseCommitmentConsequence:
        method === 'commitment'
          ? entry.falseCommitmentConsequence || defaultConsequence
          : entry.falseCommitmentConsequence,
    },
    ...author,
  });

/** A draft's 名称, 文号 and 施行日期 (checked by checkListFacts); a published version is never edited. */
export const saveListFacts = (
  db: OnceDeskDb,
  list: CertificateList,
  facts: CheckedListFacts,
  author: Author,
) => {
  if (list.status !== 'draft') throw new Error('only a draft can be edited');
  return mutate(db, {
    table: 'certificateLists',
    op: 'upsert',
    rowId: list.id,
    fields: facts,
    ...author,
  });
};

export class PublishBlockedError extends Error {
  constructor(
    readonly unclassified: number,
    readonly missingEffectiveDate = false,
  ) {
    super(
      missingEffectiveDate ? 'the list has no effective date' : `${unclassified} entries are unclassified`,
    );
    this.name = 'PublishBlockedError';
  }
}

/** Publishes a draft and retires the version it replaces, in one transaction. */
export const publishDraft = async (
  db: OnceDeskDb,
  list: CertificateList,
  { by, now }: Author,
): Promise<void> => {
  const entries = await db.certificateEntries.where('listId').equals(list.id).toArray();
  const blockers = publishBlockers(entries.filter((entry) => !entry.deleted));
  if (blockers.length > 0) throw new PublishBlockedError(blockers.length);
  // The windows tell clerks "自 X 起不再索要": a version goes out only with the day it takes effect.
  if (list.effectiveDate === null) throw new PublishBlockedError(0, true);
  const series = (await db.certificateLists.where('seriesId').equals(list.seriesId).toArray()).filter(
    (version) => !version.deleted,
  );
  await mutateMany(
    db,
    publishChanges(list, series, by, toIsoInstant(now)).map((change): AnyMutationRequest => ({
      table: 'certificateLists',
      op: 'upsert',
      rowId: change.id,
      fields: change.fields,
      by,
      now,
    })),
  );
};
