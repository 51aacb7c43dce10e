import { certificateKey, type CertificateEntryFields } from './model';

/** The fields a diff compares (what a clerk or applicant would notice), in display order. */
export const comparedFields = [
  'name',
  'purpose',
  'basis',
  'basisText',
  'requestingUnit',
  'issuer',
  'level',
  'itemType',
  'keptReason',
  'replacementText',
  'method',
  'verificationMethod',
  'falseCommitmentConsequence',
] as const satisfies readonly (keyof CertificateEntryFields)[];
export type ComparedField = (typeof comparedFields)[number];

type Comparable = Pick<CertificateEntryFields, ComparedField | 'kind' | 'serial'>;

export type FieldChange = { field: ComparedField; before: unknown; after: unknown };

export type DiffRow<E extends Comparable> =
  | { change: 'added'; after: E }
  | { change: 'removed'; before: E }
  /** On the kept list before, on the dropped list after (or back). */
  | { change: 'moved'; before: E; after: E; fields: FieldChange[] }
  | { change: 'changed'; before: E; after: E; fields: FieldChange[] };

/** Several entries may share a name (收入证明 for two items): the n-th of a name matches the n-th. */
const keyed = <E extends Comparable>(entries: readonly E[]): Map<string, E> => {
  const seen = new Map<string, number>();
  const result = new Map<string, E>();
  for (const entry of entries) {
    const base = certificateKey(entry.name);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    result.set(n === 1 ? base : `${base}#${n}`, entry);
  }
  return result;
};

const same = (a: unknown, b: unknown): boolean => a === b || (a == null && b == null);

/**
 * Compares two versions by certificate (name, normalized), never by 序号 (renumbering is not a
 * change) — so give each side the entries of both lists of a department to see moves from the kept
 * list to the dropped one. Linear in the number of entries: two 5,000-entry versions compare in a few
 * milliseconds.
 */
export const diffVersions = <E extends Comparable>(
  before: readonly E[],
  after: readonly E[],
): DiffRow<E>[] => {
  const old = keyed(before);
  const rows: DiffRow<E>[] = [];
  for (const [key, next] of keyed(after)) {
    const previous = old.get(key);
    if (!previous) {
      rows.push({ change: 'added', after: next });
      continue;
    }
    old.delete(key);
    const fields = comparedFields
      .filter((field) => !same(previous[field], next[field]))
      .map((field) => ({ field, before: previous[field], after: next[field] }));
    if (previous.kind !== next.kind) rows.push({ change: 'moved', before: previous, after: next, fields });
    else if (fields.length > 0) rows.push({ change: 'changed', before: previous, after: next, fields });
  }
  for (const previous of old.values()) rows.push({ change: 'removed', before: previous });
  return rows;
};

export type DiffSummary = Record<DiffRow<Comparable>['change'], number>;

export const summarizeDiff = (rows: readonly DiffRow<Comparable>[]): DiffSummary => {
  const summary: DiffSummary = { added: 0, removed: 0, moved: 0, changed: 0 };
  for (const row of rows) summary[row.change] += 1;
  return summary;
};
