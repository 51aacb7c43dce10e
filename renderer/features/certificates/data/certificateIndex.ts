import { buildCertificateIndex, type CertificateIndex } from '../../../../shared/certificates/resolve';
import type { OnceDeskDb } from '../../../db/schema';

/**
 * The published lists, indexed, read inside a caller's live query so a synced publication re-renders
 * every screen that shows materials.
 */
export const loadCertificateIndex = async (db: OnceDeskDb): Promise<CertificateIndex> => {
  const lists = (await db.certificateLists.where('status').equals('published').toArray()).filter(
    (list) => !list.deleted,
  );
  const entries = await db.certificateEntries
    .where('listId')
    .anyOf(lists.map((list) => list.id))
    .toArray();
  return buildCertificateIndex(lists, entries);
};
