import type * as Search from '../../../shared/catalog/search';
import type { SearchIndexEntry } from '../../../shared/catalog/search';
import type { ServiceItem } from '../../../shared/domain/serviceItem';

export type SearchModule = typeof Search;

let searchModule: Promise<SearchModule> | null = null;

/**
 * The search code carries pinyin-pro's dictionary (about a quarter of the app's code). It is loaded
 * on first use, after the first screen has painted, so start-up does not wait for it.
 */
export const loadSearchModule = (): Promise<SearchModule> =>
  (searchModule ??= import('../../../shared/catalog/search'));

/** Index entries by item id, reused while the item is unchanged: pinyin is computed once per edit. */
const entries = new Map<string, { updatedAt: string; entry: SearchIndexEntry<ServiceItem> }>();

export type CatalogSearch = (query: string, limit: number) => ServiceItem[];

/**
 * Builds the search over `items`, converting only items that are new or changed since the last call:
 * opening the catalog a second time, or a sync that touches a few items, costs almost nothing.
 */
export const buildCatalogSearch = (module: SearchModule, items: readonly ServiceItem[]): CatalogSearch => {
  const index = items.map((item) => {
    const cached = entries.get(item.id);
    if (cached && cached.updatedAt === item.updatedAt && cached.entry.item.name === item.name)
      return cached.entry.item === item ? cached.entry : { ...cached.entry, item };
    const [entry] = module.buildSearchIndex([item]);
    if (!entry) throw new Error('search index entry missing');
    entries.set(item.id, { updatedAt: item.updatedAt, entry });
    return entry;
  });
  return (query, limit) => module.searchItems(index, query, limit);
};
