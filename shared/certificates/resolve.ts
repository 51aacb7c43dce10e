import type { DepartmentId } from '../ids';
import { certificateKey, type CertificateEntry, type CertificateList } from './model';

/** What the window needs to know about one certificate an item asks for. */
export type CertificateStatus =
  | { state: 'kept'; entry: CertificateEntry; list: CertificateList }
  | { state: 'dropped'; entry: CertificateEntry; list: CertificateList }
  /** On no published list: the item's own guide is all there is. */
  | { state: 'unlisted' };

export type CertificateIndex = {
  /** department id ('' for city-wide) → certificate key → entry and its list */
  byScope: Map<string, Map<string, { entry: CertificateEntry; list: CertificateList }>>;
};

/**
 * Only published versions count at the window: a draft is a supervisor's work in progress, a
 * superseded version is history. Entries are matched by name (`certificateKey`) because that is what
 * a published list and an item's 办事指南 have in common; a material may name its list entry
 * explicitly (`certificateName`) when the guide words it differently.
 */
export const buildCertificateIndex = (
  lists: readonly CertificateList[],
  entries: readonly CertificateEntry[],
): CertificateIndex => {
  const published = new Map(
    lists.filter((list) => list.status === 'published' && !list.deleted).map((list) => [list.id, list]),
  );
  const byScope: CertificateIndex['byScope'] = new Map();
  for (const entry of entries) {
    const list = published.get(entry.listId);
    if (!list || entry.deleted) continue;
    const scope = list.departmentId ?? '';
    let keys = byScope.get(scope);
    if (!keys) {
      keys = new Map<string, { entry: CertificateEntry; list: CertificateList }>();
      byScope.set(scope, keys);
    }
    const key = certificateKey(entry.name);
    // Both lists of one department should never name the same certificate; if they do, the dropped
    // entry wins only when its list is the newer publication.
    const existing = keys.get(key);
    if (!existing || (existing.list.publishedAt ?? '') < (list.publishedAt ?? ''))
      keys.set(key, { entry, list });
  }
  return { byScope };
};

/** The item's own department's lists first, then the city-wide ones. */
export const certificateStatus = (
  index: CertificateIndex,
  certificateName: string,
  departmentId: DepartmentId | null,
): CertificateStatus => {
  const key = certificateKey(certificateName);
  const found =
    (departmentId === null ? undefined : index.byScope.get(departmentId)?.get(key)) ??
    index.byScope.get('')?.get(key);
  if (!found) return { state: 'unlisted' };
  return { state: found.entry.kind, entry: found.entry, list: found.list };
};
