import { pinyin } from 'pinyin-pro';

/**
 * Catalog search by name, 事项编码 or pinyin (PRODUCT.md: typing `sybxj` finds 失业保险金申领).
 *
 * Converting Chinese to pinyin is the expensive part (dictionary lookups and word segmentation for
 * polyphonic characters such as 重 in 重度残疾人), so it happens once per item in `buildSearchIndex`;
 * a query then only does plain string comparisons and stays well under a millisecond for a city's
 * whole catalog. pinyin-pro segments by words, so readings come from context (重度 → zhongdu).
 */
export type SearchableItem = {
  code: string;
  name: string;
  category?: string;
  /** 常用名和简称 (社保卡, 低保, 五保): matched by characters, initials and full pinyin like the name. */
  aliases?: readonly string[];
};

type AliasKeys = { name: string; initials: string; pinyin: string };

export type SearchIndexEntry<T extends SearchableItem> = {
  item: T;
  /** Lowercased, NFKC-normalized name (full-width letters become ASCII). */
  name: string;
  code: string;
  /** The code without hyphens: clerks often type `370800rs` for `370800-RS-…`. */
  codeCompact: string;
  /** First letters of each Chinese syllable, other letters and digits kept: 失业保险金申领 → sybxjsl. */
  initials: string;
  /** Full toneless pinyin without separators: shiyebaoxianjinshenling. */
  pinyin: string;
  category: string;
  aliases: readonly AliasKeys[];
};

export type SearchIndex<T extends SearchableItem> = readonly SearchIndexEntry<T>[];

/** Why an item matched; lower ranks first. */
export type MatchKind =
  | 'codeExact'
  | 'nameExact'
  | 'aliasExact'
  | 'namePrefix'
  | 'aliasPrefix'
  | 'codePrefix'
  | 'initialsPrefix'
  | 'pinyinPrefix'
  | 'nameSubstring'
  | 'aliasSubstring'
  | 'codeSubstring'
  | 'initialsSubstring'
  | 'pinyinSubstring'
  | 'category'
  /** An empty query lists the whole catalog. */
  | 'everything';

/** A common name said in full (低保, ylj for 养老金) ranks right after the item's own name. */
const rankOf: Record<MatchKind, number> = {
  codeExact: 0,
  nameExact: 1,
  aliasExact: 2,
  namePrefix: 3,
  aliasPrefix: 4,
  codePrefix: 5,
  initialsPrefix: 6,
  pinyinPrefix: 7,
  nameSubstring: 8,
  aliasSubstring: 9,
  codeSubstring: 10,
  initialsSubstring: 11,
  pinyinSubstring: 12,
  category: 13,
  everything: 14,
};

export type SearchHit<T extends SearchableItem> = { item: T; matchedBy: MatchKind };

const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

const isAsciiWordChar = (char: string): boolean => /^[a-z0-9]$/.test(char);

const pinyinKeys = (name: string): { initials: string; pinyin: string } => {
  let initials = '';
  let full = '';
  for (const syllable of pinyin(name, { type: 'all', toneType: 'none' })) {
    if (syllable.isZh) {
      initials += syllable.first.toLowerCase();
      full += syllable.pinyin.toLowerCase();
    } else {
      // Letters and digits in a name (APP, 2 号) are typed as they are; punctuation is not typed at all.
      const char = normalize(syllable.origin);
      if (isAsciiWordChar(char)) {
        initials += char;
        full += char;
      }
    }
  }
  return { initials, pinyin: full };
};

export const buildSearchIndex = <T extends SearchableItem>(items: readonly T[]): SearchIndex<T> =>
  items.map((item) => {
    const code = normalize(item.code);
    return {
      item,
      name: normalize(item.name),
      code,
      codeCompact: code.replaceAll('-', ''),
      ...pinyinKeys(item.name),
      category: normalize(item.category ?? ''),
      aliases: (item.aliases ?? []).map((alias) => ({ name: normalize(alias), ...pinyinKeys(alias) })),
    };
  });

/** How a token matches one alias: its characters, its initials or its full pinyin. */
const matchAlias = (alias: AliasKeys, token: string, pinyinLike: boolean): MatchKind | null => {
  const keys = pinyinLike ? [alias.name, alias.initials, alias.pinyin] : [alias.name];
  if (keys.includes(token)) return 'aliasExact';
  if (keys.some((key) => key.startsWith(token))) return 'aliasPrefix';
  if (alias.name.includes(token)) return 'aliasSubstring';
  if (pinyinLike && (alias.initials.includes(token) || (token.length >= 2 && alias.pinyin.includes(token))))
    return 'aliasSubstring';
  return null;
};

/** The best way one query token matches an entry, or null. */
const matchToken = <T extends SearchableItem>(
  entry: SearchIndexEntry<T>,
  token: string,
): MatchKind | null => {
  const own = matchOwnToken(entry, token);
  const pinyinLike = /^[a-z0-9]+$/.test(token);
  let best = own;
  for (const alias of entry.aliases) {
    const kind = matchAlias(alias, token, pinyinLike);
    if (kind !== null && (best === null || rankOf[kind] < rankOf[best])) best = kind;
  }
  return best;
};

const matchOwnToken = <T extends SearchableItem>(
  entry: SearchIndexEntry<T>,
  token: string,
): MatchKind | null => {
  if (entry.code === token) return 'codeExact';
  if (entry.name === token) return 'nameExact';
  if (entry.name.startsWith(token)) return 'namePrefix';
  const compact = token.replaceAll('-', '');
  // A token of hyphens only would compact to '' and match every code.
  const codeLike = compact !== '';
  if (entry.code.startsWith(token) || (codeLike && entry.codeCompact.startsWith(compact)))
    return 'codePrefix';
  // Pinyin keys hold only [a-z0-9]; a token with Chinese in it cannot match them.
  const pinyinLike = /^[a-z0-9]+$/.test(token);
  if (pinyinLike && entry.initials.startsWith(token)) return 'initialsPrefix';
  if (pinyinLike && entry.pinyin.startsWith(token)) return 'pinyinPrefix';
  if (entry.name.includes(token)) return 'nameSubstring';
  if (entry.code.includes(token) || (codeLike && entry.codeCompact.includes(compact))) return 'codeSubstring';
  if (pinyinLike && entry.initials.includes(token)) return 'initialsSubstring';
  if (pinyinLike && token.length >= 2 && entry.pinyin.includes(token)) return 'pinyinSubstring';
  if (entry.category !== '' && entry.category.includes(token)) return 'category';
  return null;
};

/**
 * Ranked matches for what a clerk typed. Several words separated by spaces must all match (工伤 待遇);
 * an item ranks by its weakest word. Ties keep the catalog's order. An empty query returns the catalog
 * in order, so the same call serves the unfiltered list.
 */
export const searchItemHits = <T extends SearchableItem>(
  index: SearchIndex<T>,
  query: string,
  limit = 50,
): SearchHit<T>[] => {
  // Apostrophes separate pinyin syllables (xi'an); they are never part of a name or code.
  const tokens = normalize(query)
    .replace(/['’]/g, '')
    .split(/\s+/)
    .filter((token) => token !== '');
  if (tokens.length === 0)
    return index.slice(0, limit).map((entry) => ({ item: entry.item, matchedBy: 'everything' }));
  const hits: { hit: SearchHit<T>; rank: number; order: number }[] = [];
  index.forEach((entry, order) => {
    let worst: MatchKind | null = null;
    for (const token of tokens) {
      const kind = matchToken(entry, token);
      if (kind === null) return;
      if (worst === null || rankOf[kind] > rankOf[worst]) worst = kind;
    }
    if (worst !== null)
      hits.push({ hit: { item: entry.item, matchedBy: worst }, rank: rankOf[worst], order });
  });
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return hits.slice(0, Math.max(0, limit)).map(({ hit }) => hit);
};

export const searchItems = <T extends SearchableItem>(
  index: SearchIndex<T>,
  query: string,
  limit = 50,
): T[] => searchItemHits(index, query, limit).map((hit) => hit.item);
