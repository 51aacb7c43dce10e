import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { openDatabase, type OnceDeskDb } from '../../renderer/db/schema';
import { mutate } from '../../renderer/db/mutate';
import { SyncEngine } from '../../renderer/sync/engine';
import { setSyncState } from '../../renderer/sync/stores';
import type { PullFaults } from '../../renderer/sync/pull';
import { caseFieldsSchema, type CaseFields } from '../../shared/domain/case';
import { hallDayOf, toIsoInstant } from '../../shared/time';
import type { RuleWriter } from '../../shared/sync/rowRules';

export type TestClient = {
  name: string;
  db: OnceDeskDb;
  engine: SyncEngine;
  faults: PullFaults;
  /** While `down`, every request of this desk fails as with the cable pulled. */
  network: { down: boolean };
  /** This desk's clock: the real one shifted by `skewMs` (desk clocks may be a day off). */
  now: () => Date;
  staffId: string;
  /** Who signs the desk's writes, as the table rules see them. */
  writer: RuleWriter;
  close: () => Promise<void>;
};

export const openTestClient = async (options: {
  serverUrl: string;
  username: string;
  password: string;
  skewMs?: number;
  pullLimit?: number;
}): Promise<TestClient> => {
  const name = `sync-client-${randomUUID()}`;
  const db = openDatabase(name);
  const skewMs = options.skewMs ?? 0;
  const now = () => new Date(Date.now() + skewMs);
  const faults: PullFaults = {};
  const network = { down: false };
  const engine = new SyncEngine({
    db,
    fetch: (input, init) =>
      network.down ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init),
    now,
    pbkdf2Iterations: 1000,
    faults,
    ...(options.pullLimit ? { pullLimit: options.pullLimit } : {}),
  });
  await setSyncState(db, 'serverUrl', options.serverUrl);
  const session = await engine.signIn(options.username, options.password);
  return {
    name,
    db,
    engine,
    faults,
    network,
    now,
    staffId: session.staff.id,
    writer: {
      staffId: session.staff.id,
      roles: session.staff.roles,
      departmentId: session.staff.departmentId,
    },
    close: async () => {
      db.close();
      await db.delete();
    },
  };
};

export const caseFields = (
  departmentId: string,
  staffId: string,
  applicantName: string,
  at: Date,
): CaseFields =>
  caseFieldsSchema.parse({
    itemId: 'item-test',
    itemCode: 'T-001',
    itemName: '测试事项',
    departmentId,
    hallId: 'hall-test',
    windowId: 'win-test',
    staffId,
    applicantName,
    applicantIdNumber: null,
    status: 'started',
    completedStepIds: [],
    receivedMaterialIds: [],
    startedAt: toIsoInstant(at),
    day: hallDayOf(at),
    promisedBy: toIsoInstant(at),
    finishedAt: null,
    outcomeNote: '',
    transferredTo: null,
    supplementNotice: null,
    rating: null,
  });

/** A new case made at the desk by `by` (default: the clerk the desk was opened with). */
export const createCase = async (
  client: TestClient,
  departmentId: string,
  applicantName: string,
  by = client.staffId,
) => {
  const rowId = uuidv7();
  await mutate(client.db, {
    table: 'cases',
    rowId,
    op: 'upsert',
    fields: caseFields(departmentId, by, applicantName, client.now()),
    by,
    now: client.now(),
    writer: { ...client.writer, staffId: by },
  });
  return rowId;
};

export const editCase = (client: TestClient, rowId: string, fields: Partial<CaseFields>) =>
  mutate(client.db, {
    table: 'cases',
    rowId,
    op: 'upsert',
    fields,
    by: client.staffId,
    now: client.now(),
    writer: client.writer,
  });

export const deleteCase = (client: TestClient, rowId: string) =>
  mutate(client.db, {
    table: 'cases',
    rowId,
    op: 'delete',
    by: client.staffId,
    now: client.now(),
    writer: client.writer,
  });

/** The synced state of a desk's cases, comparable with the server's rows. */
export const localCases = async (client: TestClient) =>
  (await client.db.cases.toArray())
    .map(({ id, version, deleted, updatedAt: _at, updatedBy: _by, ...fields }) => ({
      id,
      version,
      deleted,
      fields,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

/** Every store of a desk's database, as plain rows: a copy of the profile at one moment. */
export type DeskCopy = Map<string, unknown[]>;

export const copyDesk = async (client: TestClient): Promise<DeskCopy> => {
  const copy: DeskCopy = new Map();
  for (const table of client.db.tables) copy.set(table.name, await table.toArray());
  return copy;
};

/** Puts a desk's database back to an earlier copy (a disk-restore card, a VM snapshot). */
export const rollBackDesk = async (client: TestClient, copy: DeskCopy): Promise<void> => {
  await client.db.transaction('rw', client.db.tables, async () => {
    for (const table of client.db.tables) {
      await table.clear();
      await table.bulkPut(copy.get(table.name) ?? []);
    }
  });
};

/**
 * A second PC made from an image of this desk: the same clientId, deviceId and session, its own
 * database and engine from now on.
 */
export const cloneDesk = async (client: TestClient, skewMs = 0): Promise<TestClient> => {
  const name = `sync-clone-${randomUUID()}`;
  const db = openDatabase(name);
  await db.open();
  const copy = await copyDesk(client);
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.bulkPut(copy.get(table.name) ?? []);
  });
  const now = () => new Date(Date.now() + skewMs);
  const faults: PullFaults = {};
  const network = { down: false };
  const engine = new SyncEngine({
    db,
    fetch: (input, init) =>
      network.down ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init),
    now,
    faults,
  });
  await engine.load();
  return {
    name,
    db,
    engine,
    faults,
    network,
    now,
    staffId: client.staffId,
    writer: client.writer,
    close: async () => {
      db.close();
      await db.delete();
    },
  };
};
