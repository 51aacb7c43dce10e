import { useEffect } from 'react';
import { useDb } from '../../app/DbContext';
import { getMeta, setMeta } from '../../db/meta';

/**
 * Puts the case the handling screen has open on the applicant screen, and takes it off when the clerk
 * leaves it (finishing swaps the handling screen for the record, which unmounts this too). Clearing
 * only if it still shows this case, so opening the next case first is never undone by the cleanup.
 */
export const useShowToApplicant = (caseId: string): void => {
  const db = useDb();
  useEffect(() => {
    void setMeta(db, 'applicantCaseId', caseId);
    return () => {
      void db.transaction('rw', db.meta, async () => {
        if ((await getMeta(db, 'applicantCaseId')) === caseId) await setMeta(db, 'applicantCaseId', null);
      });
    };
  }, [db, caseId]);
};
