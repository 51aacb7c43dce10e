import { useLiveQuery } from 'dexie-react-hooks';
import type { Case } from '../../../../shared/domain/case';
import { useDb } from '../../../app/DbContext';

/** Material names of the listed cases' items, read once per list; an unknown one falls back to its id. */
export const useCatalogNames = (rows: readonly Pick<Case, 'itemId'>[] | undefined) => {
  const db = useDb();
  const ids = [...new Set((rows ?? []).map((row) => row.itemId))].sort();
  const items = useLiveQuery(() => db.items.bulkGet(ids), [db, ids.join(',')]);
  return (itemId: string, materialId: string): string =>
    items?.find((item) => item?.id === itemId)?.materials.find((material) => material.id === materialId)
      ?.name ?? materialId;
};
