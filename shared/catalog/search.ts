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

/**
 * A query word with what every entry's comparison needs worked out once: the regex and the hyphen-less
 * form were computed per entry before, which made a short query over 5,000 certificate entries spend
 * more time re-testing the same word than comparing strings.
 */
type Token = {
  text: string;
  /** Pinyin keys hold only [a-z0-9]; a token with Chinese in it cannot match them. */
  pinyinLike: boolean;
  /** Without hyphens, for codes; '' (a token of hyphens only) must not match every code. */
  compact: string;
};

const tokenOf = (text: string): Token => ({
  text,
  pinyinLike: /^[a-z0-9]+$/.test(text),
  compact: text.replaceAll('-', ''),
});

/** How a token matches one alias: its characters, its initials or its full pinyin. */
const matchAlias = (alias: AliasKeys, { text: token, pinyinLike }: Token): MatchKind | null => {
  const keys = pinyinLike ? [alias.name, alias.initials, alias.pinyin] : [alias.name];
  if (keys.includes(token)) return 'aliasExact';
  if (keys.some((key) => key.startsWith(token))) return 'aliasPrefix';
  if (alias.name.includes(token)) return 'aliasSubstring';
  if (pinyinLike && (alias.initials.includes(token) || (token.length >= 2 && alias.pinyin.includes(token))))
    return 'aliasSubstring';
  return null;
};

/** The best way one query token matches an entry, or null. */
const matchToken = <T extends SearchableItem>(entry: SearchIndexEntry<T>, token: Token): MatchKind | null => {
  const own = matchOwnToken(entry, token);
  let best = own;
  for (const alias of entry.aliases) {
    const kind = matchAlias(alias, token);
    if (kind !== null && (best === null || rankOf[kind] < rankOf[best])) best = kind;
  }
  return best;
};

const matchOwnToken = <T extends SearchableItem>(
  entry: SearchIndexEntry<T>,
  { text: token, pinyinLike, compact }: Token,
): MatchKind | null => {
  if (entry.code === token) return 'codeExact';
  if (entry.name === token) return 'nameExact';
  if (entry.name.startsWith(token)) return 'namePrefix';
  const codeLike = compact !== '';
  if (entry.code.startsWith(token) || (codeLike && entry.codeCompact.startsWith(compact)))
    return 'codePrefix';
  if (pinyinLike && entry.initials.startsWith(token)) return 'initialsPrefix';
  if (pinyinLike && entry.pinyin.startsWith(token)) return 'pinyinPrefix';
  if (entry.name.includes(token)) return 'nameSubstring';
  if (entry.code.includes(token) || (codeLike && entry.codeCompact.includes(compact))) return 'codeSubstring';
  if (pinyinLike && entry.initials.includes(token)) return 'initialsSubstring';
  if (pinyinLike && token.length >= 2 && entry.pinyin.includes(token)) return 'pinyinSubstring';
  if (entry.category !== '' && entry.category.includes(token)) return 'category';
  return null;
};

const rankCount = Object.keys(rankOf).length;

/**
 * The best `limit` matches for what a clerk typed, and how many matched in all. Several words
 * separated by spaces must all match (工伤 待遇); an item ranks by its weakest word. Ties keep the
 * catalog's order. An empty query returns the catalog in order, so the same call serves the
 * unfiltered list. `accept` narrows the matches (a screen's filters) before they are counted.
 *
 * Ranks are a handful of small integers, so the top `limit` are picked by appending each match to its
 * rank's bucket in catalog order: linear, no sort. A one-letter query over 5,000 certificate entries
 * matches thousands, and sorting them all cost more than finding them.
 */
export const searchTop = <T extends SearchableItem>(
  index: SearchIndex<T>,
  query: string,
  limit = 50,
  accept?: (item: T) => boolean,
): { hits: SearchHit<T>[]; total: number } => {
  // Apostrophes separate pinyin syllables (xi'an); they are never part of a name or code.
  const tokens = normalize(query)
    .replace(/['’]/g, '')
    .split(/\s+/)
    .filter((token) => token !== '')
    .map(tokenOf);
  const wanted = Math.max(0, limit);
  if (tokens.length === 0) {
    const all = accept ? index.filter((entry) => accept(entry.item)) : index;
    return {
      hits: all.slice(0, wanted).map((entry) => ({ item: entry.item, matchedBy: 'everything' })),
      total: all.length,
    };
  }
  const buckets: SearchHit<T>[][] = Array.from({ length: rankCount }, () => []);
  // Once `wanted` hits rank at or better than `cutoff`, worse ranks can only be counted, not kept.
  let cutoff = rankCount;
  let kept = 0;
  let total = 0;
  for (const entry of index) {
    let worst: MatchKind | null = null;
    for (const token of tokens) {
      const kind = matchToken(entry, token);
      if (kind === null) {
        worst = null;
        break;
      }
      if (worst === null || rankOf[kind] > rankOf[worst]) worst = kind;
    }
    if (worst === null || (accept && !accept(entry.item))) continue;
    total += 1;
    const rank = rankOf[worst];
    if (rank >= cutoff) continue;
    buckets[rank]!.push({ item: entry.item, matchedBy: worst });
    kept += 1;
    // Tighten the cutoff: drop whole buckets of the worst ranks that can no longer make the top.
    while (cutoff > 0 && kept - buckets[cutoff - 1]!.length >= wanted) {
      kept -= buckets[cutoff - 1]!.length;
      buckets[cutoff - 1] = [];
      cutoff -= 1;
    }
  }
  const hits: SearchHit<T>[] = [];
  for (const bucket of buckets) {
    for (const hit of bucket) {
      if (hits.length === wanted) return { hits, total };
      hits.push(hit);
    }
  }
  return { hits, total };
};

/** Ranked matches for what a clerk typed (see `searchTop`). */
export const searchItemHits = <T extends SearchableItem>(
  index: SearchIndex<T>,
  query: string,
  limit = 50,
): SearchHit<T>[] => searchTop(index, query, limit).hits;

export const searchItems = <T extends SearchableItem>(
  index: SearchIndex<T>,
  query: string,
  limit = 50,
): T[] => searchItemHits(index, query, limit).map((hit) => hit.item);
