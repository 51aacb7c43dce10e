import { describe, expect, it } from 'vitest';
import { appInfoArgSchema, ipcChannels, printDocumentArgSchema, saveFileArgSchema } from './contract';

const save = (suggestedName: unknown) =>
  saveFileArgSchema.safeParse({
    suggestedName,
    mimeType: 'text/csv',
    content: '\uFEFF序号,事项',
    encoding: 'utf8',
  }).success;

describe('saveFile suggestedName', () => {
  it.each([
    '带班小结-2026-11-27.csv',
    '济宁市人社局 一次办结统计.xlsx',
    '一次性告知书（孔繁荣）.pdf',
    'report.v2.csv',
    'a',
    '名'.repeat(120),
  ])('accepts %j', (name) => {
    expect(save(name)).toBe(true);
  });

  it.each([
    ['a parent path', '../../.bashrc'],
    ['a nested parent path', 'exports/../../x.csv'],
    ['a Unix absolute path', '/etc/passwd'],
    ['a Windows drive path', 'C:\\Windows\\System32\\x.dll'],
    ['a drive-relative name', 'C:x.csv'],
    ['a UNC path', '\\\\server\\share\\x.csv'],
    ['an NTFS stream', 'x.csv:Zone.Identifier'],
    ['a wildcard', '*.csv'],
    ['a question mark', 'x?.csv'],
    ['quotes', '"x".csv'],
    ['angle brackets', '<x>.csv'],
    ['a pipe', 'x|y.csv'],
    ['a hidden file', '.profile'],
    ['dot', '.'],
    ['dot-dot', '..'],
    ['a trailing dot', 'x.csv.'],
    ['a trailing space', 'x.csv '],
    ['only spaces', '   '],
    ['a NUL', 'a\u0000.csv'],
    ['a newline', 'a\n.csv'],
    ['a tab', 'a\t.csv'],
    ['DEL', 'a\u007f.csv'],
    ['a C1 control', 'a\u0085.csv'],
    ['a right-to-left override hiding .exe', '台账\u202Exslx.exe'],
    ['a bidi isolate', 'a\u2066b.csv'],
    ['a reserved device name', 'CON'],
    ['a reserved device name with extension', 'nul.csv'],
    ['a reserved COM port', 'com1.txt'],
    ['a reserved LPT port, any case', 'LpT9.pdf'],
    ['an empty name', ''],
    ['121 characters', '名'.repeat(121)],
    ['a very long name', 'a'.repeat(100_000)],
  ])('rejects %s', (_why, name) => {
    expect(save(name)).toBe(false);
  });

  it('still accepts names that only start like a device name', () => {
    expect(save('console.csv')).toBe(true);
    expect(save('com10.csv')).toBe(true);
    expect(save('nullable.txt')).toBe(true);
  });

  it.each([null, undefined, 42, ['x.csv'], { toString: () => 'x.csv' }])(
    'rejects a non-string %j',
    (name) => {
      expect(save(name)).toBe(false);
    },
  );

  it('rejects an unknown encoding and oversized content', () => {
    const valid = { suggestedName: 'x.csv', mimeType: 'text/csv', content: '', encoding: 'utf8' };
    expect(saveFileArgSchema.safeParse(valid).success).toBe(true);
    expect(saveFileArgSchema.safeParse({ ...valid, encoding: 'latin1' }).success).toBe(false);
    expect(saveFileArgSchema.safeParse({ ...valid, content: 'x'.repeat(50_000_001) }).success).toBe(false);
  });
});

describe('other channel arguments', () => {
  it('bounds print documents', () => {
    const valid = { title: '一次性告知书', html: '<!doctype html><p>x</p>', target: 'pdf' };
    expect(printDocumentArgSchema.safeParse(valid).success).toBe(true);
    expect(printDocumentArgSchema.safeParse({ ...valid, target: 'file' }).success).toBe(false);
    expect(printDocumentArgSchema.safeParse({ ...valid, html: '' }).success).toBe(false);
    expect(printDocumentArgSchema.safeParse({ ...valid, title: 'x'.repeat(121) }).success).toBe(false);
  });

  it('takes no argument for appInfo', () => {
    expect(appInfoArgSchema.safeParse({}).success).toBe(true);
    expect(appInfoArgSchema.safeParse({ path: '/' }).success).toBe(false);
  });

  it('uses distinct channel names', () => {
    const channels = Object.values(ipcChannels).map((entry) => entry.channel);
    expect(new Set(channels).size).toBe(channels.length);
  });
});
