import { diffVersions, type DiffRow } from '../../../shared/certificates/diff';
import {
  certificateKey,
  type CertificateEntry,
  type CertificateList,
} from '../../../shared/certificates/model';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import type { OnceDeskDb } from '../../db/schema';

const entriesOf = (db: OnceDeskDb, listId: string | undefined) =>
  listId ? db.certificateEntries.where('listId').equals(listId).toArray() : Promise.resolve([]);

/**
 * What publishing `draft` changes for the window: the department's lists as published now against the
 * same with `draft` in place of its series' published version (so a certificate moving from the kept
 * list to this dropped list shows as moved), and the catalog items whose materials name a changed
 * certificate.
 */
export const publishImpact = async (
  db: OnceDeskDb,
  draft: CertificateList,
): Promise<{ rows: DiffRow<CertificateEntry>[]; items: ServiceItem[] }> => {
  const published = (await db.certificateLists.where('status').equals('published').toArray()).filter(
    (list) => !list.deleted && list.departmentId === draft.departmentId,
  );
  const sameSeries = published.find((list) => list.seriesId === draft.seriesId);
  const others = published.filter((list) => list.seriesId !== draft.seriesId);
  const otherEntries = (await Promise.all(others.map((list) => entriesOf(db, list.id)))).flat();
  const before = [...(await entriesOf(db, sameSeries?.id)), ...otherEntries];
  const after = [...(await entriesOf(db, draft.id)), ...otherEntries];
  const rows = diffVersions(before, after);
  const changed = new Set(
    rows.map((row) => certificateKey(row.change === 'removed' ? row.before.name : row.after.name)),
  );
  const items = (await db.items.toArray()).filter(
    (item) =>
      !item.deleted &&
      (draft.departmentId === null || item.departmentId === draft.departmentId) &&
      item.materials.some((material) => material.isCertificate && changed.has(certificateKey(material.name))),
  );
  return { rows, items };
};
