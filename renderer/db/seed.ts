import { demoCatalog } from '../../shared/demo/catalog';
import { demoDepartments, demoHalls, demoStaff, demoWindows } from '../../shared/demo/organization';
import type { ServiceItem } from '../../shared/domain/serviceItem';
import { toIsoInstant } from '../../shared/time';
import type { OnceDeskDb } from './schema';
import { getMeta, setMeta } from './meta';
import { demoCertificateLists, demoListsPublishedAt } from '../../shared/demo/certificateLists';
import type { IsoInstant } from '../../shared/time';

/** Bump when the demo data changes so existing desks receive the new rows. */
export const demoDataVersion = 2;

/**
 * Seeds the organization and the demo catalog on first start. Catalog rows get deterministic ids
 * (`item-<事项编码>`) and version 0 with no outbox entry: every desk and the server seed the very same
 * rows, so there is nothing to push, and the server's copy replaces ours on the first pull. Rows a
 * pull already brought (version > 0) are never overwritten.
 */
export const seedDemoData = async (db: OnceDeskDb, now: Date): Promise<void> => {
  await db.transaction(
    'rw',
    [
      db.items,
      db.certificateLists,
      db.certificateEntries,
      db.departments,
      db.halls,
      db.windows,
      db.staff,
      db.meta,
    ],
    async () => {
      if (((await getMeta(db, 'seededDemo')) ?? 0) >= demoDataVersion) return;
      await db.departments.bulkPut(demoDepartments);
      await db.halls.bulkPut(demoHalls);
      await db.windows.bulkPut(demoWindows);
      await db.staff.bulkPut(demoStaff.map(({ username: _username, ...staff }) => staff));
      const existing = new Set(
        (
          await db.items
            .where('id')
            .anyOf(demoCatalog.map((item) => item.id))
            .toArray()
        )
          .filter((item) => item.version > 0)
          .map((item) => item.id),
      );
      const at = toIsoInstant(now);
      const rows: ServiceItem[] = demoCatalog
        .filter((item) => !existing.has(item.id))
        .map((item) => ({ ...item, version: 0, updatedAt: at, updatedBy: 'seed', deleted: false }));
      await db.items.bulkPut(rows);
      await seedCertificateLists(db, at);
      await setMeta(db, 'seededDemo', demoDataVersion);
    },
  );
};

/** The demo lists, like the catalog: deterministic rows at version 0, never over a pulled row. */
const seedCertificateLists = async (db: OnceDeskDb, at: IsoInstant): Promise<void> => {
  const demo = demoCertificateLists(demoListsPublishedAt);
  const meta = { version: 0, updatedAt: at, updatedBy: 'seed', deleted: false };
  const pulled = async (table: 'certificateLists' | 'certificateEntries', ids: string[]) =>
    new Set(
      (await db.syncedTable(table).where('id').anyOf(ids).toArray())
        .filter((row) => typeof row.version === 'number' && row.version > 0)
        .map((row) => row.id),
    );
  const lists = demo.map(({ list }) => list);
  const entries = demo.flatMap((rows) => rows.entries);
  const pulledLists = await pulled(
    'certificateLists',
    lists.map((list) => list.id),
  );
  const pulledEntries = await pulled(
    'certificateEntries',
    entries.map((entry) => entry.id),
  );
  await db.certificateLists.bulkPut(
    lists
      .filter((list) => !pulledLists.has(list.id))
      .map((list) => ({ ...list.fields, id: list.id, ...meta })),
  );
  await db.certificateEntries.bulkPut(
    entries
      .filter((entry) => !pulledEntries.has(entry.id))
      .map((entry) => ({ ...entry.fields, id: entry.id as never, ...meta })),
  );
};
