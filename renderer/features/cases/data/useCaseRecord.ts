import { useLiveQuery } from 'dexie-react-hooks';
import type { Case } from '../../../../shared/domain/case';
import { applyCertificateLists, type ListedItem } from '../../../../shared/certificates/applyLists';
import { loadCertificateIndex } from '../../certificates/data/certificateIndex';
import { caseIdSchema } from '../../../../shared/ids';
import { useDb } from '../../../app/DbContext';

export type CaseRecordState =
  | { kind: 'loading' }
  | { kind: 'notFound' }
  | { kind: 'itemMissing'; caseRecord: Case }
  | { kind: 'ready'; caseRecord: Case; item: ListedItem };

/** The case and the item it follows, live: a pull or another tab's write shows up at once. */
export const useCaseRecord = (caseId: string | undefined): CaseRecordState => {
  const db = useDb();
  const state = useLiveQuery(async (): Promise<CaseRecordState> => {
    // The id comes from the address bar: one that cannot be a case id is simply not found.
    const id = caseIdSchema.safeParse(caseId);
    const caseRecord = id.success ? await db.cases.get(id.data) : undefined;
    if (!caseRecord || caseRecord.deleted) return { kind: 'notFound' };
    const item = await db.items.get(caseRecord.itemId);
    if (!item) return { kind: 'itemMissing', caseRecord };
    // Materials as the published certificate lists say today (still required / no longer required).
    return { kind: 'ready', caseRecord, item: applyCertificateLists(item, await loadCertificateIndex(db)) };
  }, [db, caseId]);
  return state ?? { kind: 'loading' };
};

/** Outbox entries of this case not yet acknowledged by the server. */
export const usePendingChanges = (caseId: string): number | undefined => {
  const db = useDb();
  return useLiveQuery(() => db.outbox.where('[table+rowId]').equals(['cases', caseId]).count(), [db, caseId]);
};
