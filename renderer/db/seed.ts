import { demoCatalog } from '../../shared/demo/catalog';
import { demoDepartments, demoHalls, demoStaff, demoWindows } from '../../shared/demo/organization';
import type { ServiceItem } from '../../shared/domain/serviceItem';
import { toIsoInstant } from '../../shared/time';
import type { OnceDeskDb } from './schema';
import { getMeta, setMeta } from './meta';
import { demoCertificateLists, demoListsPublishedAt } from '../../shared/demo/certificateLists';
import type { IsoInstant } from '../../shared/time';
import { demoDutyRows } from '../../shared/demo/duty';
import type { SyncedTableName } from '../../shared/sync/tables';

/** Bump when the demo data changes so existing desks receive the new rows. */
export const demoDataVersion = 3;

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
      db.shifts,
      db.bottlenecks,
      db.bottleneckUpdates,
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
      await seedDutyWeek(db, now, at);
      await setMeta(db, 'seededDemo', demoDataVersion);
    },
  );
};

type SeedRow = { id: string; fields: object };

/** Puts demo rows at version 0 (nothing to push), never over a row a pull already brought. */
const seedOnce = async (
  db: OnceDeskDb,
  table: SyncedTableName,
  rows: readonly SeedRow[],
  at: IsoInstant,
): Promise<void> => {
  const pulled = new Set(
    (
      await db
        .syncedTable(table)
        .where('id')
        .anyOf(rows.map((row) => row.id))
        .toArray()
    )
      .filter((row) => typeof row.version === 'number' && row.version > 0)
      .map((row) => row.id),
  );
  const meta = { version: 0, updatedAt: at, updatedBy: 'seed', deleted: false };
  await db
    .syncedTable(table)
    .bulkPut(
      rows.filter((row) => !pulled.has(row.id)).map((row) => ({ ...row.fields, id: row.id, ...meta })),
    );
};

/** The demo lists, like the catalog: deterministic rows at version 0, never over a pulled row. */
const seedCertificateLists = async (db: OnceDeskDb, at: IsoInstant): Promise<void> => {
  const demo = demoCertificateLists(demoListsPublishedAt);
  await seedOnce(
    db,
    'certificateLists',
    demo.map(({ list }) => list),
    at,
  );
  await seedOnce(
    db,
    'certificateEntries',
    demo.flatMap((rows) => rows.entries),
    at,
  );
};

/**
 * The demo week of 今日我带班, ending at this desk's first start. The server seeds the same ids from its
 * own clock; its rows replace these on the first pull (shared/demo/duty.ts says why ids hold no dates).
 */
const seedDutyWeek = async (db: OnceDeskDb, now: Date, at: IsoInstant): Promise<void> => {
  const week = demoDutyRows(now);
  await seedOnce(db, 'shifts', week.shifts, at);
  await seedOnce(db, 'bottlenecks', week.notes, at);
  await seedOnce(db, 'bottleneckUpdates', week.updates, at);
};
