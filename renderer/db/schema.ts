import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Case } from '../../shared/domain/case';
import type { CertificateEntry, CertificateList } from '../../shared/certificates/model';
import type { ServiceItem } from '../../shared/domain/serviceItem';
import type { Shift } from '../../shared/duty/shift';
import type { Bottleneck, BottleneckUpdate } from '../../shared/duty/bottleneck';
import type { Department, Hall, ServiceWindow, Staff } from '../../shared/domain/organization';
import type { Mutation } from '../../shared/sync/contract';
import type { SyncedTableName } from '../../shared/sync/tables';

/** An outbox entry is a mutation as it goes on the wire; `seq` is its primary key. */
export type OutboxEntry = Mutation;

/** Local-only settings and counters (never synced). */
export type MetaEntry = { key: string; value: unknown };

/**
 * Dexie index strings of each synced table. Typed by the shared table registry, so declaring a new
 * synced table in shared/sync/tables.ts fails typecheck until its local store is declared here too.
 * The first index is the primary key; `version` lets the sync engine find unsynced rows.
 */
export const syncedStores: Record<SyncedTableName, string> = {
  cases: 'id, day, status, itemId, staffId, startedAt, [day+startedAt]',
  items: 'id, code, departmentId, category',
  certificateLists: 'id, seriesId, departmentId, kind, status',
  certificateEntries: 'id, listId, departmentId, [listId+position]',
  shifts: 'id, day, hallId, status',
  bottlenecks: 'id, raisedDay, hallId, caseId, raisedById',
  bottleneckUpdates: 'id, noteId, at',
};

type ForeignRecord = {
  table: string;
  id: string;
  version: number;
  deleted: boolean;
  fields: Record<string, unknown>;
};

/**
 * Rows an older build pulled before it knew these tables wait in foreignRows; they move into their
 * stores when the version that declares them opens, so nothing pulled is lost to the upgrade (the
 * cursor is already past them and would never bring them again).
 */
const adoptForeignRows = async (tx: Transaction, tables: readonly string[]): Promise<void> => {
  const foreign = tx.table<ForeignRecord, [string, string]>('foreignRows');
  for (const table of tables) {
    const range = foreign.where('[table+id]').between([table, Dexie.minKey], [table, Dexie.maxKey]);
    const waiting = await range.toArray();
    if (waiting.length === 0) continue;
    await tx.table(table).bulkPut(
      waiting.map(({ id, version, deleted, fields }) => ({
        ...fields,
        id,
        version,
        deleted,
        updatedAt: new Date(0).toISOString(),
        updatedBy: '',
      })),
    );
    await range.delete();
  }
};

/**
 * The local database. One module owns the schema; each version's stores and upgrade live here, in
 * order, and a version is never edited once released (add a new one instead).
 */
export class OnceDeskDb extends Dexie {
  cases!: EntityTable<Case, 'id'>;
  items!: EntityTable<ServiceItem, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  departments!: EntityTable<Department, 'id'>;
  halls!: EntityTable<Hall, 'id'>;
  windows!: EntityTable<ServiceWindow, 'id'>;
  staff!: EntityTable<Staff, 'id'>;
  certificateLists!: EntityTable<CertificateList, 'id'>;
  certificateEntries!: EntityTable<CertificateEntry, 'id'>;
  shifts!: EntityTable<Shift, 'id'>;
  bottlenecks!: EntityTable<Bottleneck, 'id'>;
  bottleneckUpdates!: EntityTable<BottleneckUpdate, 'id'>;

  constructor(name: string) {
    // Strict: a write the server may acknowledge must survive a power cut. Chromium commits with relaxed
    // durability otherwise, and a desk that comes back without a write the server counted hands its
    // seq out again (docs/sync.md, "Seq reuse").
    super(name, { chromeTransactionDurability: 'strict' });
    // Version 1's synced stores are spelled out: it is released and must not grow with the registry.
    this.version(1).stores({
      cases: 'id, day, status, itemId, staffId, startedAt, [day+startedAt]',
      items: 'id, code, departmentId, category',
      outbox: 'seq, mutationId, [table+rowId]',
      meta: 'key',
      departments: 'id',
      halls: 'id, departmentId',
      windows: 'id, hallId',
      staff: 'id, departmentId',
    });
    // Sync bookkeeping (renderer/sync/stores.ts types them): mutations the server refused, conflicts it
    // reported, the pull cursor and session, and pulled rows of tables this build does not know yet.
    this.version(2).stores({
      rejections: 'mutationId, [table+rowId]',
      conflicts: '++id, [table+rowId]',
      syncState: 'key',
      foreignRows: '[table+id]',
    });
    // Certificate lists (保留清单 / 取消清单). Rows an older build pulled before it knew these tables wait
    // in foreignRows; they move into their stores here so nothing pulled is lost to the upgrade.
    this.version(3)
      .stores({
        certificateLists: syncedStores.certificateLists,
        certificateEntries: syncedStores.certificateEntries,
      })
      .upgrade((tx) => adoptForeignRows(tx, ['certificateLists', 'certificateEntries']));
    // 今日我带班: shifts, bottleneck notes and their append-only updates (shared/duty).
    this.version(4)
      .stores({
        shifts: syncedStores.shifts,
        bottlenecks: syncedStores.bottlenecks,
        bottleneckUpdates: syncedStores.bottleneckUpdates,
      })
      .upgrade((tx) => adoptForeignRows(tx, ['shifts', 'bottlenecks', 'bottleneckUpdates']));
    // Rows whose change of ours the server acknowledged, with the version and the fields: after a
    // server restore the desk sends again those the server lost (renderer/sync/restore.ts).
    this.version(5).stores({
      acked: '[table+rowId], version',
    });
    // When each acknowledgement was recorded, so old ones can be pruned (renderer/sync/ackedPrune.ts).
    // Entries from before are stamped with the upgrade's time: they are kept a full period from now.
    this.version(6)
      .stores({ acked: '[table+rowId], version, ackedAt' })
      .upgrade(async (tx) => {
        const now = new Date().toISOString();
        await tx
          .table('acked')
          .toCollection()
          .modify((entry: { ackedAt?: string }) => {
            entry.ackedAt ??= now;
          });
      });
    // Outbox entries set aside until their author signs in on this desk (renderer/sync/held.ts): work
    // from the desk's standalone days by a clerk the server cannot yet take as its author.
    this.version(7).stores({ held: 'mutationId, [table+rowId]' });
    // Outbox entries queued by a build that did not record authors carry none, and the server would
    // put them under whoever pushes them next. They are the desk's clerk's (meta desk.staffId: who had
    // the desk when this build arrived — the clerk picker and every sign-in set it), which is recorded
    // as an assumption (syncState assumedAuthors) for the sync panel; held.ts holds them until that
    // clerk has signed in here, so they are neither refused for good nor sent under another name.
    this.version(8)
      .stores({})
      .upgrade(async (tx) => {
        const desk = (await tx.table('meta').get('desk')) as { value?: { staffId?: string } } | undefined;
        const staffId = desk?.value?.staffId;
        if (staffId === undefined) return;
        const entries = await tx
          .table('outbox')
          .filter((entry: { author?: string }) => entry.author === undefined)
          .modify((entry: { author?: string }) => {
            entry.author = staffId;
          });
        if (entries > 0)
          await tx.table('syncState').put({
            key: 'assumedAuthors',
            value: { staffId, entries, at: new Date().toISOString() },
          });
      });
  }

  /** A synced table by its wire name, for generic code (mutation path, sync engine). */
  syncedTable(name: SyncedTableName): Table<Record<string, unknown> & { id: string }, string> {
    return this.table(name);
  }
}

export const openDatabase = (name = 'oncedesk'): OnceDeskDb => new OnceDeskDb(name);
