import { useCallback, useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  acknowledge,
  changeNotice,
  unseenPublications,
  type ChangeNotice,
} from '../../../../shared/certificates/changeNotice';
import type { CertificateEntry } from '../../../../shared/certificates/model';
import { toIsoInstant } from '../../../../shared/time';
import { useDb } from '../../../app/DbContext';
import { useDeskDetails } from '../../../app/useDeskDetails';
import { getMeta, setMeta } from '../../../db/meta';

/**
 * The notice for the clerk at this desk now, and how to dismiss it. The first time a staff member is
 * seen here their record starts "now", so only later publications are news to them.
 */
export const useChangeNotice = (): { notice: ChangeNotice | null; dismiss: () => Promise<void> } => {
  const db = useDb();
  const details = useDeskDetails();
  const staffId = details?.desk.staffId;
  const departmentId = details?.desk.departmentId;
  const seenAll = useLiveQuery(async () => (await getMeta(db, 'certificateChangesSeen')) ?? {}, [db]);
  const seen = staffId === undefined ? undefined : seenAll?.[staffId];

  useEffect(() => {
    if (staffId === undefined || seenAll === undefined || seen !== undefined) return;
    void setMeta(db, 'certificateChangesSeen', {
      ...seenAll,
      [staffId]: { since: toIsoInstant(new Date()), acknowledged: [] },
    });
  }, [db, staffId, seenAll, seen]);

  const notice = useLiveQuery(async () => {
    if (!seen || staffId === undefined || departmentId === undefined) return null;
    const publications = unseenPublications(await db.certificateLists.toArray(), seen, {
      staffId,
      departmentId,
    });
    if (publications.length === 0) return null;
    const wanted = publications.flatMap((list) =>
      list.previousVersionId === null ? [list.id] : [list.id, list.previousVersionId],
    );
    const byList = new Map<string, CertificateEntry[]>();
    for (const entry of await db.certificateEntries.where('listId').anyOf(wanted).toArray()) {
      if (entry.deleted) continue;
      byList.set(entry.listId, [...(byList.get(entry.listId) ?? []), entry]);
    }
    return changeNotice(publications, (listId) => byList.get(listId) ?? []);
  }, [db, seen, staffId, departmentId]);

  const dismiss = useCallback(async () => {
    if (!notice || staffId === undefined) return;
    const current = (await getMeta(db, 'certificateChangesSeen')) ?? {};
    const mine = current[staffId] ?? { since: toIsoInstant(new Date()), acknowledged: [] };
    await setMeta(db, 'certificateChangesSeen', { ...current, [staffId]: acknowledge(mine, notice.listIds) });
  }, [db, notice, staffId]);

  return { notice: notice ?? null, dismiss };
};
