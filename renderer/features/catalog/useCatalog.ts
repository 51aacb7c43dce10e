import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildSearchIndex, type SearchIndex } from '../../../shared/catalog/search';
import type { Department } from '../../../shared/domain/organization';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import { useDb } from '../../app/DbContext';
import { getMeta } from '../../db/meta';
import { listableItems, orderDepartments } from './catalogFilter';

export type Catalog = {
  items: ServiceItem[];
  index: SearchIndex<ServiceItem>;
  departments: Department[];
  departmentById: ReadonlyMap<string, Department>;
};

/**
 * The published catalog and its search index, or `undefined` while loading. The index (pinyin of
 * every name) is built once per catalog change, not per keystroke: typing stays instant at 2,000 items.
 */
export const useCatalog = (): Catalog | undefined => {
  const db = useDb();
  const rows = useLiveQuery(
    async () => ({
      items: await db.items.toArray(),
      departments: await db.departments.toArray(),
      ownDepartmentId: (await getMeta(db, 'desk'))?.departmentId ?? null,
    }),
    [db],
  );
  return useMemo(() => {
    if (!rows) return undefined;
    const items = listableItems(rows.items, rows.ownDepartmentId);
    return {
      items,
      index: buildSearchIndex(items),
      departments: orderDepartments(rows.departments, rows.ownDepartmentId),
      departmentById: new Map(rows.departments.map((department) => [department.id, department])),
    };
  }, [rows]);
};
