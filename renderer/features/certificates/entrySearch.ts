import type { CertificateEntry } from '../../../shared/certificates/model';
import type { SearchIndexEntry } from '../../../shared/catalog/search';
import type { SearchModule } from '../catalog/catalogSearch';

/**
 * Entries searched like catalog items (shared/catalog/search.ts): name, pinyin initials and full
 * pinyin, with the issuing unit as the secondary field. pinyin is computed once per entry and reused
 * while the entry is unchanged.
 */
type Searchable = { code: string; name: string; category: string; entry: CertificateEntry };

const cache = new Map<string, { updatedAt: string; indexed: SearchIndexEntry<Searchable> }>();

/** The first `limit` matches the filter accepts, best first, and how many it accepts in all. */
export type EntrySearch = (
  query: string,
  accept: (entry: CertificateEntry) => boolean,
  limit: number,
) => { entries: CertificateEntry[]; total: number };

export const buildEntrySearch = (module: SearchModule, entries: readonly CertificateEntry[]): EntrySearch => {
  const index = entries.map((entry) => {
    const cached = cache.get(entry.id);
    if (cached && cached.updatedAt === entry.updatedAt) return cached.indexed;
    const [indexed] = module.buildSearchIndex([
      { code: '', name: entry.name, category: entry.issuer, entry },
    ]);
    if (!indexed) throw new Error('search index entry missing');
    cache.set(entry.id, { updatedAt: entry.updatedAt, indexed });
    return indexed;
  });
  return (query, accept, limit) => {
    const { hits, total } = module.searchTop(index, query, limit, (item) => accept(item.entry));
    return { entries: hits.map((hit) => hit.item.entry), total };
  };
};
