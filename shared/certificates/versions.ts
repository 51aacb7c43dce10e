import type { DepartmentId } from '../ids';
import type { IsoDay, IsoInstant } from '../time';
import type { ParsedEntry } from './importList';
import {
  certificateKey,
  type CertificateEntryFields,
  type CertificateEntryId,
  type CertificateListFields,
  type CertificateListId,
  type ListKind,
} from './model';

/**
 * One series per department (or the city) and kind: the 人社局's 取消清单 has versions 1, 2, 3 …;
 * an import or the operator command adds the next version as a draft. Deterministic, so a desk and
 * the server name the same series without asking each other.
 */
export const seriesIdOf = (departmentId: DepartmentId | null, kind: ListKind): string =>
  `certlist-${departmentId ?? 'city'}-${kind}`;

type SeriesVersion = Pick<CertificateListFields, 'versionNumber' | 'status'> & { id: CertificateListId };

export type DraftInput = {
  listId: CertificateListId;
  entryIds: readonly CertificateEntryId[];
  departmentId: DepartmentId | null;
  kind: ListKind;
  title: string;
  documentNumber: string;
  effectiveDate: IsoDay | null;
  source: string;
  entries: readonly Omit<ParsedEntry, 'row'>[];
  /** The versions the series has so far (any status). */
  series: readonly SeriesVersion[];
  /** The entries of the series' published version: their link keys carry over (see `carryLinkKeys`). */
  published?: readonly Pick<CertificateEntryFields, 'name' | 'linkKey'>[];
};

/**
 * Catalog materials link to entries by `linkKey`, a column no published file has: a new version keeps
 * the key of the same certificate (by name) in the version it replaces, so re-importing a bureau's
 * list never cuts the catalog's links. A name new to the list gets none.
 */
export const carryLinkKeys = <E extends Pick<CertificateEntryFields, 'name' | 'linkKey'>>(
  entries: readonly E[],
  published: readonly Pick<CertificateEntryFields, 'name' | 'linkKey'>[],
): E[] => {
  const keys = new Map(
    published.flatMap((entry) =>
      entry.linkKey ? [[certificateKey(entry.name), entry.linkKey] as const] : [],
    ),
  );
  return entries.map((entry) => {
    const linkKey = entry.linkKey ?? keys.get(certificateKey(entry.name));
    return linkKey ? { ...entry, linkKey } : entry;
  });
};

/** The rows of a new draft version: the list and its entries, in the published order. */
export const draftRows = (
  input: DraftInput,
): { list: CertificateListFields; entries: { id: CertificateEntryId; fields: CertificateEntryFields }[] } => {
  const published = input.series.find((version) => version.status === 'published');
  const list: CertificateListFields = {
    departmentId: input.departmentId,
    kind: input.kind,
    seriesId: seriesIdOf(input.departmentId, input.kind),
    title: input.title,
    documentNumber: input.documentNumber,
    effectiveDate: input.effectiveDate,
    versionNumber: Math.max(0, ...input.series.map((version) => version.versionNumber)) + 1,
    status: 'draft',
    previousVersionId: published?.id ?? null,
    publishedAt: null,
    publishedBy: null,
    entryCount: input.entries.length,
    source: input.source,
  };
  if (input.entryIds.length !== input.entries.length) throw new Error('one id per entry');
  return {
    list,
    entries: carryLinkKeys(input.entries, input.published ?? []).map((entry, position) => {
      const { row: _row, ...fields } = entry as ParsedEntry;
      return {
        id: input.entryIds[position]!,
        fields: {
          ...fields,
          listId: input.listId,
          departmentId: input.departmentId,
          kind: input.kind,
          position,
        },
      };
    }),
  };
};

/** Entries that stop publication: a 待分类 entry would put no instruction in front of the clerk. */
export const publishBlockers = <E extends Pick<CertificateEntryFields, 'kind' | 'method'>>(
  entries: readonly E[],
): E[] =>
  entries.filter(
    (entry) => entry.kind === 'dropped' && (entry.method === null || entry.method === 'unclassified'),
  );

/** The field changes that publish a draft and retire the version it replaces. */
export const publishChanges = (
  draft: { id: CertificateListId; status: CertificateListFields['status'] },
  series: readonly SeriesVersion[],
  by: string,
  now: IsoInstant,
): { id: CertificateListId; fields: Partial<CertificateListFields> }[] => {
  if (draft.status !== 'draft') throw new Error('only a draft can be published');
  const current = series.find((version) => version.status === 'published' && version.id !== draft.id);
  return [
    ...series
      .filter((version) => version.status === 'published' && version.id !== draft.id)
      .map((version) => ({ id: version.id, fields: { status: 'superseded' as const } })),
    {
      id: draft.id,
      fields: {
        status: 'published' as const,
        publishedAt: now,
        publishedBy: by,
        // The version it replaces as of publication (another draft may have been published meanwhile).
        ...(current ? { previousVersionId: current.id } : {}),
      },
    },
  ];
};
