import { useLiveQuery } from 'dexie-react-hooks';
import { caseIdSchema, itemIdSchema } from '../../../shared/ids';
import { useDb } from '../../app/DbContext';

type RecordRef = { table: string; rowId: string };

/**
 * What a clerk calls a record (a case by applicant and item, an item by its name), keyed by
 * `table:rowId`, so the sync panel never has to show a row id. Records not stored here are left out.
 */
export const useRecordNames = (records: readonly RecordRef[]): ReadonlyMap<string, string> => {
  const db = useDb();
  const key = records.map((record) => `${record.table}:${record.rowId}`).join(',');
  return (
    useLiveQuery(
      async () => {
        // Row ids come from the sync stores as plain strings; the local tables are keyed by branded ids.
        const ids = <Id>(
          table: string,
          schema: { safeParse: (id: string) => { success: boolean; data?: Id } },
        ) =>
          records.flatMap((record) => {
            const parsed = record.table === table ? schema.safeParse(record.rowId) : null;
            return parsed?.success && parsed.data !== undefined ? [parsed.data] : [];
          });
        const [cases, items] = await Promise.all([
          db.cases.bulkGet(ids('cases', caseIdSchema)),
          db.items.bulkGet(ids('items', itemIdSchema)),
        ]);
        const names = new Map<string, string>();
        for (const row of cases)
          if (row) names.set(`cases:${row.id}`, `${row.applicantName} · ${row.itemName}`);
        for (const row of items) if (row) names.set(`items:${row.id}`, row.name);
        return names;
      },
      // The refs' identity changes every render; their content (`key`) is what matters.
      [db, key],
    ) ?? new Map<string, string>()
  );
};
