import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Department } from '../../../shared/domain/organization';
import type { ServiceItem } from '../../../shared/domain/serviceItem';
import { useDb } from '../../app/DbContext';
import { getMeta } from '../../db/meta';
import { listableItems, orderDepartments } from './catalogFilter';
import { buildCatalogSearch, loadSearchModule, type CatalogSearch, type SearchModule } from './catalogSearch';

export type Catalog = {
  items: ServiceItem[];
  /** Ranked search by name, 事项编码 or pinyin; an empty query lists the catalog in order. */
  search: CatalogSearch;
  departments: Department[];
  departmentById: ReadonlyMap<string, Department>;
};

type CatalogContextValue = { catalog: Catalog | undefined; request: () => void };

const CatalogContext = createContext<CatalogContextValue | null>(null);

/**
 * Holds the published catalog and its search for the whole session. Reading 2,000 items and their
 * pinyin costs several hundred milliseconds, so it starts only when a screen first asks for it (the
 * home screen paints its figures first) and then stays live: the catalog, an item's guide and back
 * again reuse it, and a sync that changes items updates it in place.
 */
export const CatalogProvider = ({ children }: { children: ReactNode }) => {
  const db = useDb();
  const [requested, setRequested] = useState(false);
  const rows = useLiveQuery(
    async () =>
      requested
        ? {
            items: await db.items.toArray(),
            departments: await db.departments.toArray(),
            ownDepartmentId: (await getMeta(db, 'desk'))?.departmentId ?? null,
          }
        : undefined,
    [db, requested],
  );
  const [module, setModule] = useState<SearchModule | null>(null);
  const [loadError, setLoadError] = useState<Error | null>(null);
  useEffect(() => {
    if (!requested) return;
    let live = true;
    loadSearchModule().then(
      (loaded) => live && setModule(loaded),
      (error: unknown) => live && setLoadError(error instanceof Error ? error : new Error('search module')),
    );
    return () => {
      live = false;
    };
  }, [requested]);
  // A chunk that fails to load (a damaged installation) reaches the route's error screen, not a hang.
  if (loadError) throw loadError;

  const catalog = useMemo(() => {
    if (!rows || !module) return undefined;
    const items = listableItems(rows.items, rows.ownDepartmentId);
    return {
      items,
      search: buildCatalogSearch(module, items),
      departments: orderDepartments(rows.departments, rows.ownDepartmentId),
      departmentById: new Map(rows.departments.map((department) => [department.id, department])),
    };
  }, [rows, module]);
  const request = useCallback(() => setRequested(true), []);
  const value = useMemo(() => ({ catalog, request }), [catalog, request]);
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
};

const useCatalogContext = (): CatalogContextValue => {
  const value = useContext(CatalogContext);
  if (!value) throw new Error('useCatalog outside CatalogProvider');
  return value;
};

/**
 * The catalog, or `undefined` while it loads. `when: false` defers loading until the caller is ready
 * (e.g. the clerk focuses the home search box).
 */
export const useCatalog = ({ when = true }: { when?: boolean } = {}): Catalog | undefined => {
  const { catalog, request } = useCatalogContext();
  useEffect(() => {
    if (when) request();
  }, [when, request]);
  return catalog;
};
