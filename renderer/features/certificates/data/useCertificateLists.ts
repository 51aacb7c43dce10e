import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CertificateEntry, CertificateList } from '../../../../shared/certificates/model';
import { buildCertificateIndex, type CertificateIndex } from '../../../../shared/certificates/resolve';
import { useDb } from '../../../app/DbContext';

/** Every list version on this desk (drafts too), newest version first within a series. */
export const useCertificateLists = (): CertificateList[] | undefined => {
  const db = useDb();
  return useLiveQuery(
    async () =>
      (await db.certificateLists.toArray())
        .filter((list) => !list.deleted)
        .sort((a, b) => a.seriesId.localeCompare(b.seriesId) || b.versionNumber - a.versionNumber),
    [db],
  );
};

export const useListEntries = (listId: string | undefined): CertificateEntry[] | undefined => {
  const db = useDb();
  return useLiveQuery(
    async () =>
      listId === undefined
        ? []
        : (
            await db.certificateEntries
              .where('[listId+position]')
              .between([listId, 0], [listId, Infinity])
              .toArray()
          ).filter((entry) => !entry.deleted),
    [db, listId],
  );
};

/** The published lists' entries, indexed for the window (one source of truth for 还需/不再索要). */
export const useCertificateIndex = (): CertificateIndex | undefined => {
  const db = useDb();
  const data = useLiveQuery(async () => {
    const lists = (await db.certificateLists.where('status').equals('published').toArray()).filter(
      (list) => !list.deleted,
    );
    const entries = await db.certificateEntries
      .where('listId')
      .anyOf(lists.map((list) => list.id))
      .toArray();
    return { lists, entries };
  }, [db]);
  return useMemo(() => (data ? buildCertificateIndex(data.lists, data.entries) : undefined), [data]);
};
