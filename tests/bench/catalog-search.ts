import type { SearchableItem } from '../../shared/catalog/search';
import { buildSearchIndex, searchItems } from '../../shared/catalog/search';

/**
 * Catalog search benchmark (PRODUCT.md: search by name, code or pinyin initials while typing).
 * Budget: p95 under 10 ms per query over 2,000 items. It uses no DOM and no Node API, only the
 * `performance` clock both have, so the same function runs under `npm run bench` and in Chromium.
 */
export type CatalogSearchBenchResult = {
  items: number;
  queries: number;
  indexBuildMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Total matches over all queries: keeps the work observable so it cannot be optimized away. */
  totalMatches: number;
};

const subjects = [
  '失业保险金',
  '失业补助金',
  '工伤保险待遇',
  '工伤医疗费',
  '一次性伤残补助金',
  '职工基本养老保险',
  '城乡居民基本养老保险',
  '职工基本医疗保险',
  '社会保障卡',
  '就业创业证',
  '一次性创业补贴',
  '职业技能等级证书',
  '职业培训补贴',
  '高校毕业生就业见习补贴',
  '人力资源服务许可',
  '劳务派遣经营许可',
  '最低生活保障',
  '特困人员救助供养',
  '临时救助',
  '困难残疾人生活补贴',
  '重度残疾人护理补贴',
  '高龄津贴',
  '养老服务补贴',
  '养老机构',
  '社会团体',
  '民办非企业单位',
  '基金会',
  '婚姻登记证',
  '收养登记',
  '孤儿基本生活费',
  '殡葬补贴',
  '公墓',
  '地名命名',
  '慈善组织',
];
const actions = [
  '申领',
  '申请',
  '变更',
  '注销',
  '补领',
  '查询',
  '转移',
  '登记',
  '核定',
  '备案',
  '认定',
  '停发',
  '恢复',
];
const qualifiers = ['', '（个人）', '（单位）', '（跨省）', '（省内）', '（网上）', '（委托代办）'];
const bureaus = ['RS', 'MZ', 'YB', 'CL'];
const types = ['GG', 'QR', 'JF', 'XK', 'QT'];

/** Deterministic (mulberry32) so runs compare: the same items and queries every time. */
const seededRandom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

export const syntheticCatalog = (count: number, seed = 20190501): SearchableItem[] => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const bureau = pick(random, bureaus);
    const county = String(Math.floor(random() * 12) + 1).padStart(2, '0');
    return {
      code: `3708${county}-${bureau}-${pick(random, types)}-${String(index + 1).padStart(4, '0')}`,
      name: `${pick(random, subjects)}${pick(random, actions)}${pick(random, qualifiers)}`,
      category: pick(random, ['就业创业', '社会保险', '工伤保险', '社会救助', '婚姻登记', '养老服务']),
    };
  });
};

/** What clerks type: initials (growing as they type), full pinyin, Chinese, codes, typos that match nothing. */
const queries = [
  's',
  'sy',
  'syb',
  'sybx',
  'sybxj',
  'sybxjsl',
  'shiye',
  'shiyebaoxian',
  'gongshang',
  'gs',
  'gsbxdy',
  'shbzk',
  'cxzdshbz',
  'zdshbz',
  'tkry',
  '失业',
  '失业保险金',
  '工伤',
  '社会保障卡申领',
  '低保',
  '婚姻',
  '养老 补贴',
  '370801',
  '370805-RS',
  'MZ-JF-0',
  '0999',
  'qxyz',
  '不存在的事项',
  'ZZZZ',
  ' ',
];

const percentile = (sorted: readonly number[], fraction: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;

export const runCatalogSearchBench = (
  options: { items?: number; rounds?: number; now?: () => number } = {},
): CatalogSearchBenchResult => {
  const now = options.now ?? (() => performance.now());
  const catalog = syntheticCatalog(options.items ?? 2000);
  const buildStart = now();
  const index = buildSearchIndex(catalog);
  const indexBuildMs = now() - buildStart;
  const timings: number[] = [];
  let totalMatches = 0;
  for (let round = 0; round < (options.rounds ?? 20); round += 1) {
    for (const query of queries) {
      const start = now();
      totalMatches += searchItems(index, query).length;
      timings.push(now() - start);
    }
  }
  timings.sort((a, b) => a - b);
  return {
    items: catalog.length,
    queries: timings.length,
    indexBuildMs,
    p50Ms: percentile(timings, 0.5),
    p95Ms: percentile(timings, 0.95),
    maxMs: timings[timings.length - 1] ?? 0,
    totalMatches,
  };
};
