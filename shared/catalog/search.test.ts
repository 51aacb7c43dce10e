import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../demo/catalog';
import { buildSearchIndex, searchItemHits, searchItems, searchTop } from './search';

const index = buildSearchIndex(demoCatalog);
const names = (query: string, limit?: number) => searchItems(index, query, limit).map((item) => item.name);
const entryOf = (name: string) => index.find((entry) => entry.item.name === name)!;

describe('buildSearchIndex', () => {
  it('computes initials and full pinyin', () => {
    const [shbzk, cxzd] = buildSearchIndex([
      { code: 'A-1', name: '社会保障卡' },
      { code: 'A-2', name: '城乡最低生活保障' },
    ]);
    expect(shbzk).toMatchObject({
      initials: 'shbzk',
      pinyin: 'shehuibaozhangka',
      code: 'a-1',
      codeCompact: 'a1',
    });
    expect(cxzd).toMatchObject({ initials: 'cxzdshbz', pinyin: 'chengxiangzuidishenghuobaozhang' });
  });

  it('keeps letters and digits, drops punctuation', () => {
    const [entry] = buildSearchIndex([{ code: 'X', name: '“爱山东”APP（2号）申领' }]);
    expect(entry?.initials).toBe('asdapp2hsl');
    expect(entry?.name).toBe('“爱山东”app(2号)申领');
  });

  // Hand-checked readings of every demo name, so a polyphonic character read wrongly (重 as chong,
  // 供 as gong vs gong, 参 as shen…) fails here rather than at the counter.
  it.each([
    ['失业保险金申领', 'sybxjsl'],
    ['就业创业证申领', 'jycyzsl'],
    ['一次性创业补贴申领', 'ycxcybtsl'],
    ['灵活就业人员参保登记', 'lhjyrycbdj'],
    ['城乡居民基本养老保险参保登记', 'cxjmjbylbxcbdj'],
    ['工伤认定申请', 'gsrdsq'],
    ['工伤保险待遇核定', 'gsbxdyhd'],
    ['丧葬补助金和抚恤金申领', 'szbzjhfxjsl'],
    ['社会保障卡申领', 'shbzksl'],
    ['职工养老保险关系转移', 'zgylbxgxzy'],
    ['职工基本养老保险退休待遇核定', 'zgjbylbxtxdyhd'],
    ['城乡最低生活保障申请', 'cxzdshbzsq'],
    ['特困人员救助供养申请', 'tkryjzgysq'],
    ['临时救助申请', 'lsjzsq'],
    ['孤儿基本生活费申请', 'gejbshfsq'],
    ['困难残疾人生活补贴申请', 'kncjrshbtsq'],
    ['重度残疾人护理补贴申请', 'zdcjrhlbtsq'],
    ['高龄津贴申请', 'gljtsq'],
    ['经济困难老年人养老服务补贴申请', 'jjknlnrylfwbtsq'],
    ['殡葬补贴申领', 'bzbtsl'],
    ['结婚登记', 'jhdj'],
    ['离婚登记', 'lhdj'],
    ['补领婚姻登记证', 'blhydjz'],
  ])('%s → %s', (name, initials) => {
    expect(entryOf(name).initials).toBe(initials);
  });

  it('reads 重度 as zhongdu, not chongdu', () => {
    expect(entryOf('重度残疾人护理补贴申请').pinyin.startsWith('zhongdu')).toBe(true);
  });

  it('covers every demo item in the hand-checked list above', () => {
    expect(index.length).toBe(23);
  });
});

describe('searchItems', () => {
  it('finds 失业保险金申领 by initials, full pinyin, mixed case and Chinese', () => {
    expect(names('sybxj')[0]).toBe('失业保险金申领');
    expect(names('SYBXJ')[0]).toBe('失业保险金申领');
    expect(names('shiye')[0]).toBe('失业保险金申领');
    expect(names('ShiYeBaoXian')[0]).toBe('失业保险金申领');
    expect(names('失业')[0]).toBe('失业保险金申领');
    expect(names('保险金')).toContain('失业保险金申领');
  });

  it('accepts full-width letters typed with a Chinese IME', () => {
    expect(names('ｓｙｂｘｊ')[0]).toBe('失业保险金申领');
  });

  it('finds by 事项编码, exact, with or without hyphens, and by its tail', () => {
    expect(searchItemHits(index, '370800-MZ-QR-010')[0]).toMatchObject({
      item: { name: '结婚登记' },
      matchedBy: 'codeExact',
    });
    expect(names('370800-mz-qr-010')[0]).toBe('结婚登记');
    expect(names('370800mzqr010')[0]).toBe('结婚登记');
    expect(names('qr-010')).toEqual(['结婚登记']);
  });

  it('ranks name prefixes before substrings', () => {
    const found = names('婚');
    expect(found.slice(0, 3)).toEqual(['结婚登记', '离婚登记', '补领婚姻登记证']);
    const hits = searchItemHits(index, '救助');
    expect(hits[0]?.matchedBy).toBe('nameSubstring');
    const lingshi = searchItemHits(index, '临时');
    expect(lingshi[0]).toMatchObject({ item: { name: '临时救助申请' }, matchedBy: 'namePrefix' });
  });

  it('ranks an initials prefix before an initials substring', () => {
    const hits = searchItemHits(index, 'gs');
    expect(hits.slice(0, 2).map((hit) => hit.item.name)).toEqual(['工伤认定申请', '工伤保险待遇核定']);
    // Both also start an alias (工伤认定, 工伤待遇), which ranks a prefix of a common name first.
    expect(hits[0]?.matchedBy).toBe('aliasPrefix');
    expect(hits.slice(2).every((hit) => !['initialsPrefix', 'aliasPrefix'].includes(hit.matchedBy))).toBe(
      true,
    );
  });

  it('finds items by common names: characters, initials and full pinyin, ranked after the name', () => {
    expect(names('社保卡')[0]).toBe('社会保障卡申领');
    expect(names('sbk')[0]).toBe('社会保障卡申领');
    expect(names('dibao')[0]).toBe('城乡最低生活保障申请');
    expect(names('五保')[0]).toBe('特困人员救助供养申请');
    expect(names('养老金')[0]).toBe('职工基本养老保险退休待遇核定');
    expect(names('shiyejin')[0]).toBe('失业保险金申领');
    expect(searchItemHits(index, '低保')[0]?.matchedBy).toBe('aliasExact');
    // The item's own name still wins over another item's alias.
    expect(names('离婚登记')[0]).toBe('离婚登记');
  });

  it('requires every word of a multi-word query', () => {
    expect(names('工伤 待遇')).toEqual(['工伤保险待遇核定']);
    expect(names('gs rd')).toEqual(['工伤认定申请']);
    expect(names('工伤 婚姻')).toEqual([]);
  });

  it('matches categories last', () => {
    const hits = searchItemHits(index, '社会救助');
    expect(hits.map((hit) => hit.item.name)).toEqual([
      '城乡最低生活保障申请',
      '特困人员救助供养申请',
      '临时救助申请',
    ]);
    expect(hits.every((hit) => hit.matchedBy === 'category')).toBe(true);
  });

  it('lists the catalog in order for an empty query, and honours the limit', () => {
    expect(names('  ')).toEqual(demoCatalog.map((item) => item.name));
    expect(names('', 3)).toEqual(demoCatalog.slice(0, 3).map((item) => item.name));
    expect(names('申', 2)).toHaveLength(2);
    expect(names('申', 0)).toEqual([]);
  });

  it('returns nothing for queries that match nothing, including hostile ones', () => {
    expect(names('zzzzzz')).toEqual([]);
    expect(names('---')).toEqual([]);
    expect(names('.*')).toEqual([]);
    expect(names('\u0000')).toEqual([]);
    expect(names('x'.repeat(10_000))).toEqual([]);
    expect(names('😀')).toEqual([]);
  });

  it("ignores pinyin syllable apostrophes (xi'an style)", () => {
    expect(names("jie'hun")[0]).toBe('结婚登记');
  });
});

describe('searchTop', () => {
  // Many names sharing initials and prefixes, so a short query matches most of them at mixed ranks.
  const many = buildSearchIndex(
    Array.from({ length: 600 }, (_, n) => ({
      code: `C-${n}`,
      name: `${['居住', '收入', '婚姻状况', '亲属关系', '就业状况'][n % 5]}证明（第${n}号）`,
      category: ['村（居）民委员会', '公安派出所'][n % 2]!,
    })),
  );
  /** The plain way: every match, stably sorted by rank. */
  const sortedAll = (query: string) => searchItemHits(many, query, Number.MAX_SAFE_INTEGER);

  it.each(['z', 'zm', 'jz', 'srzm', '证明', 'c-1', '3', '派出所'])(
    'keeps exactly the best hits of the full ranking for %s, and counts them all',
    (query) => {
      const all = sortedAll(query);
      expect(all.length).toBeGreaterThan(0);
      for (const limit of [0, 1, 7, 100, 10_000]) {
        const top = searchTop(many, query, limit);
        expect(top.total).toBe(all.length);
        expect(top.hits).toEqual(all.slice(0, limit));
      }
    },
  );

  it('applies the filter before picking and counting', () => {
    const onlyPolice = (item: { category?: string }) => item.category === '公安派出所';
    const top = searchTop(many, 'zm', 5, onlyPolice);
    expect(top.total).toBe(300);
    expect(top.hits).toHaveLength(5);
    expect(top.hits.every((hit) => onlyPolice(hit.item))).toBe(true);
    expect(searchTop(many, '', 3, onlyPolice)).toMatchObject({ total: 300 });
  });
});
