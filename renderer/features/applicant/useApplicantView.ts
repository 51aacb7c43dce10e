import { useLiveQuery } from 'dexie-react-hooks';
import { isFinished, type Case } from '../../../shared/domain/case';
import { caseIdSchema } from '../../../shared/ids';
import { useDb } from '../../app/DbContext';
import { getMeta } from '../../db/meta';
import { applyCertificateLists, type ListedItem } from '../../../shared/certificates/applyLists';
import { loadCertificateIndex } from '../certificates/data/certificateIndex';

export type ApplicantView = {
  hallName: string | null;
  windowNumber: number | null;
  /** The desk is locked: nothing of a case is shown, whatever the clerk left open. */
  locked: boolean;
  current: { caseRecord: Case; item: ListedItem } | null;
};

/**
 * What the applicant screen shows, live. Dexie's liveQuery also wakes on writes from the clerk's window
 * (same origin, another window), so a tick there shows up here without any messaging of our own.
 * A finished or deleted case counts as none: the screen falls back to the welcome.
 */
export const useApplicantView = (): ApplicantView | undefined => {
  const db = useDb();
  return useLiveQuery(async (): Promise<ApplicantView> => {
    const [desk, locked, shownId] = await Promise.all([
      getMeta(db, 'desk'),
      getMeta(db, 'locked'),
      getMeta(db, 'applicantCaseId'),
    ]);
    const [hall, serviceWindow] = desk
      ? await Promise.all([db.halls.get(desk.hallId), db.windows.get(desk.windowId)])
      : [undefined, undefined];
    const base = {
      hallName: hall?.name ?? null,
      windowNumber: serviceWindow?.number ?? null,
      locked: Boolean(locked),
    };
    const id = caseIdSchema.safeParse(shownId);
    if (locked || !id.success) return { ...base, current: null };
    const caseRecord = await db.cases.get(id.data);
    if (!caseRecord || caseRecord.deleted || isFinished(caseRecord.status)) return { ...base, current: null };
    const stored = await db.items.get(caseRecord.itemId);
    // The applicant is never shown a certificate the published lists dropped as still needed.
    const item = stored ? applyCertificateLists(stored, await loadCertificateIndex(db)) : undefined;
    return { ...base, current: item ? { caseRecord, item } : null };
  }, [db]);
};
