import { describe, expect, it } from 'vitest';
import { formatMessage } from './define';
import { messages, messageTables } from './messages';

const placeholdersOf = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((match) => match[1]!).sort();

/**
 * Latin words that may stand in Chinese text as they are: file formats, abbreviations a clerk reads
 * as such, and the 'X' of ID numbers. Anything else in the zh table is an untranslated string.
 */
const latinAllowedInChinese = new Set([
  ...['PDF', 'XLSX', 'CSV', 'Excel', 'ID', 'X', 'UTF', 'BOM', 'APP', 'OnceDesk', 'MB', 'XLS'],
  // Keys named in shortcut hints (按 N 键, Ctrl+F, F1).
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''),
  ...['Ctrl', 'Alt', 'Shift', 'Enter', 'Esc', 'Tab'],
  // A language is offered under its own name in the language menu.
  'English',
  // Named for the IT staff (信息科) a message sends the clerk to.
  'IndexedDB',
  // What to type: the pinyin initials of 失业保险金申领 (PRODUCT.md).
  'sybxj',
  // The pinyin initials of 收入证明.
  'srzm',
]);

/**
 * Keys whose English is deliberately empty: Chinese measure words (件) have no English counterpart.
 * Keep this list short; a whole-phrase message such as '{count} 件' / '{count}' is better.
 */
const emptyInEnglish = new Set(['home.count.unit']);

describe('message tables', () => {
  it('define each key in one table only', () => {
    const total = messageTables.reduce((sum, table) => sum + Object.keys(table.zh).length, 0);
    expect(Object.keys(messages['zh-CN'])).toHaveLength(total);
    const seen = new Map<string, number>();
    messageTables.forEach((table, index) => {
      for (const key of Object.keys(table.zh)) {
        expect(seen.get(key), `${key} is defined in tables ${seen.get(key)} and ${index}`).toBeUndefined();
        seen.set(key, index);
      }
    });
  });

  it('have the same keys in Chinese and English', () => {
    for (const table of messageTables)
      expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.zh).sort());
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages['zh-CN']).sort());
  });

  it('have no empty or blank strings', () => {
    for (const locale of ['zh-CN', 'en'] as const)
      for (const [key, text] of Object.entries(messages[locale]))
        if (!(locale === 'en' && emptyInEnglish.has(key)))
          expect(text.trim(), `${locale} ${key}`).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(messages['zh-CN'])) {
      const en = (messages.en as Record<string, string>)[key] ?? '';
      expect(placeholdersOf(en), key).toEqual(placeholdersOf(zh));
    }
  });

  it('leave no English in the Chinese table', () => {
    for (const [key, zh] of Object.entries(messages['zh-CN'])) {
      // Example addresses are data a clerk types, not prose: they stay as they are.
      const prose = zh.replace(/\{\w+(?:\|[^|{}]*\|[^|{}]*)?\}/g, '').replace(/https?:\/\/[\w.:/-]*/g, '');
      const words = prose.match(/[A-Za-z]+/g) ?? [];
      const untranslated = words.filter((word) => !latinAllowedInChinese.has(word));
      expect(untranslated, `${key}: ${zh}`).toEqual([]);
    }
  });
});

describe('formatMessage', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{count} 个工作日', { count: 15 })).toBe('15 个工作日');
    expect(formatMessage('加载失败：{message}', {})).toBe('加载失败：{message}');
    expect(formatMessage('{a}{a}', { a: 'x' })).toBe('xx');
    expect(formatMessage('无参数')).toBe('无参数');
  });

  it('chooses singular or plural wording by number', () => {
    const template = '{count|# change|# changes} waiting';
    expect(formatMessage(template, { count: 1 })).toBe('1 change waiting');
    expect(formatMessage(template, { count: 3 })).toBe('3 changes waiting');
    expect(formatMessage(template, { count: 0 })).toBe('0 changes waiting');
    expect(formatMessage(template, {})).toBe(template);
  });

  it('does not interpret replacement patterns in values', () => {
    expect(formatMessage('{name}', { name: '$& $1 $$' })).toBe('$& $1 $$');
  });
});
