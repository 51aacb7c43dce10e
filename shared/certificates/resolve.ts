import type { DepartmentId } from '../ids';
import { certificateKey, type CertificateEntry, type CertificateList } from './model';

/** What the window needs to know about one certificate an item asks for. */
export type CertificateStatus =
  | { state: 'kept'; entry: CertificateEntry; list: CertificateList }
  | { state: 'dropped'; entry: CertificateEntry; list: CertificateList }
  /** On no published list: the item's own guide is all there is. */
  | { state: 'unlisted' };

type Found = { entry: CertificateEntry; list: CertificateList };

export type CertificateIndex = {
  /** department id ('' for city-wide) → certificate key → entry and its list */
  byScope: Map<string, Map<string, Found>>;
  /** department id ('' for city-wide) → the entry's `linkKey` (what catalog materials link to) */
  byLink: Map<string, Map<string, Found>>;
};

/** Both lists of one department should never hold the same certificate; if they do, the newer wins. */
const keepNewer = (map: Map<string, Found>, key: string, found: Found) => {
  const existing = map.get(key);
  if (!existing || (existing.list.publishedAt ?? '') < (found.list.publishedAt ?? '')) map.set(key, found);
};

const scopeMap = (maps: Map<string, Map<string, Found>>, scope: string) => {
  let map = maps.get(scope);
  if (!map) {
    map = new Map<string, Found>();
    maps.set(scope, map);
  }
  return map;
};

/**
 * Only published versions count at the window: a draft is a supervisor's work in progress, a
 * superseded version is history. A material that links to an entry (`dropped.key`) finds it by the
 * entry's `linkKey`; any other certificate is matched by name (`certificateKey`), which is what a
 * published list and an item's 办事指南 have in common.
 */
export const buildCertificateIndex = (
  lists: readonly CertificateList[],
  entries: readonly CertificateEntry[],
): CertificateIndex => {
  const published = new Map(
    lists.filter((list) => list.status === 'published' && !list.deleted).map((list) => [list.id, list]),
  );
  const byScope: CertificateIndex['byScope'] = new Map();
  const byLink: CertificateIndex['byLink'] = new Map();
  for (const entry of entries) {
    const list = published.get(entry.listId);
    if (!list || entry.deleted) continue;
    const scope = list.departmentId ?? '';
    keepNewer(scopeMap(byScope, scope), certificateKey(entry.name), { entry, list });
    if (entry.linkKey) keepNewer(scopeMap(byLink, scope), entry.linkKey, { entry, list });
  }
  return { byScope, byLink };
};

const statusOf = (found: Found | undefined): CertificateStatus =>
  found ? { state: found.entry.kind, entry: found.entry, list: found.list } : { state: 'unlisted' };

/** The entry a catalog material links to by key: its department's published lists, then the city's. */
export const linkedCertificateStatus = (
  index: CertificateIndex,
  linkKey: string,
  departmentId: DepartmentId | null,
): CertificateStatus =>
  statusOf(
    (departmentId === null ? undefined : index.byLink.get(departmentId)?.get(linkKey)) ??
      index.byLink.get('')?.get(linkKey),
  );

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
  return statusOf(found);
};
