import type { IsoDay, IsoInstant } from '../time';
import { diffVersions } from './diff';
import type { CertificateEntry, CertificateList, CertificateMethod } from './model';

/**
 * "What changed" after a new list version reaches a desk (issue #7: 自 12月1日起 “收入证明” 不再索要，
 * 改为申请人声明). Shown to each clerk once per desk: what they acknowledged is kept on the desk per
 * staff member, and only publications after the clerk first used the desk count — a new desk does not
 * greet its clerk with years of history, and a supervisor is not told about their own publication.
 */
export type ChangeLine =
  | { kind: 'dropped'; name: string; method: CertificateMethod; replacement: string; from: IsoDay | null }
  | { kind: 'kept'; name: string; issuer: string; from: IsoDay | null }
  | { kind: 'method'; name: string; method: CertificateMethod; replacement: string };

export type ChangeNotice = {
  /** The versions this notice covers; acknowledging it marks them seen. */
  listIds: CertificateList['id'][];
  lines: ChangeLine[];
  /** Changes not spelled out (removed entries, other fields, lines beyond the limit). */
  more: number;
};

/** What one staff member has seen on this desk. */
export type SeenChanges = { since: IsoInstant; acknowledged: readonly string[] };

export const unseenPublications = (
  lists: readonly CertificateList[],
  seen: SeenChanges,
  reader: { staffId: string; departmentId: string },
): CertificateList[] =>
  lists
    .filter(
      (list) =>
        !list.deleted &&
        list.status !== 'draft' &&
        list.previousVersionId !== null &&
        list.publishedAt !== null &&
        list.publishedAt > seen.since &&
        list.publishedBy !== reader.staffId &&
        (list.departmentId === null || list.departmentId === reader.departmentId) &&
        !seen.acknowledged.includes(list.id),
    )
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));

const replacementOf = (entry: CertificateEntry) => entry.replacementText;

/** The lines for some unseen publications, each against the version it replaced. */
export const changeNotice = (
  publications: readonly CertificateList[],
  entriesOf: (listId: CertificateList['id']) => readonly CertificateEntry[],
  limit = 8,
): ChangeNotice | null => {
  if (publications.length === 0) return null;
  const lines: ChangeLine[] = [];
  let more = 0;
  for (const list of publications) {
    const before = list.previousVersionId === null ? [] : entriesOf(list.previousVersionId);
    for (const row of diffVersions(before, entriesOf(list.id))) {
      if (row.change === 'added' && row.after.kind === 'dropped' && row.after.method)
        lines.push({
          kind: 'dropped',
          name: row.after.name,
          method: row.after.method,
          replacement: replacementOf(row.after),
          from: list.effectiveDate,
        });
      else if (row.change === 'added' && row.after.kind === 'kept')
        lines.push({
          kind: 'kept',
          name: row.after.name,
          issuer: row.after.issuer,
          from: list.effectiveDate,
        });
      else if (
        row.change === 'changed' &&
        row.after.kind === 'dropped' &&
        row.after.method &&
        row.fields.some((field) => field.field === 'method' || field.field === 'replacementText')
      )
        lines.push({
          kind: 'method',
          name: row.after.name,
          method: row.after.method,
          replacement: replacementOf(row.after),
        });
      else more += 1;
    }
  }
  return {
    listIds: publications.map((list) => list.id),
    lines: lines.slice(0, limit),
    more: more + Math.max(0, lines.length - limit),
  };
};

/** The record after the clerk dismissed a notice. */
export const acknowledge = (seen: SeenChanges, listIds: readonly string[]): SeenChanges => ({
  since: seen.since,
  // Bounded: a desk lives for years and lists are republished a few times a year.
  acknowledged: [...new Set([...seen.acknowledged, ...listIds])].slice(-200),
});
