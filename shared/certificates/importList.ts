import { classifyMethod, classifyVerification } from './classify';
import { columnForHeader, columnLetter, type EntryColumn } from './headers';
import { certificateEntryFieldsSchema, type EntryDraft, type ExerciseLevel, type ListKind } from './model';
import type { ImportProblem } from './problems';
import { methodFromLabel } from './labels';

/** One sheet as a reader hands it over: every row from row 1, merged ranges already filled in. */
export type SheetCells = { name: string; rows: readonly (readonly string[])[] };

export type ImportOptions = {
  kind: ListKind;
  /** Spreadsheet rows the supervisor chose to leave out after seeing their errors. */
  skipRows?: ReadonlySet<number>;
};

export type ParsedEntry = EntryDraft & { row: number };

export type ColumnMapping = { column: EntryColumn | 'extra'; letter: string; header: string };

export type ImportResult = {
  ok: boolean;
  entries: ParsedEntry[];
  problems: ImportProblem[];
  sheet?: string;
  /** The title printed above the header, e.g. 济宁市人力资源和社会保障局证明事项取消清单. */
  title?: string;
  /** 文号 found in the title rows. */
  documentNumber?: string;
  columns: ColumnMapping[];
  headerRows?: { first: number; last: number };
};

export const maxRows = 20_000;
const headerSearchDepth = 30;

const fieldLimits: Partial<Record<EntryColumn, number>> = Object.fromEntries(
  Object.entries(certificateEntryFieldsSchema.shape).flatMap(([key, schema]) => {
    const max = (schema as { maxLength?: number | null }).maxLength;
    return typeof max === 'number' ? [[key, max]] : [];
  }),
);

const clean = (cell: string | undefined): string => (cell ?? '').replace(/\r\n?/g, '\n').trim();

const nonEmpty = (row: readonly string[]): string[] => row.map(clean).filter((cell) => cell !== '');

const score = (row: readonly string[]): number => {
  const found = new Set(row.map((cell) => columnForHeader(cell)).filter((column) => column !== undefined));
  return found.size;
};

/**
 * The header is the row (within the first rows) naming the most known columns; title rows above it
 * name none. A two-row header has a group heading (实施基本情况) merged over sub-headings in the row
 * below: then each column takes the sub-heading when it is a known column and the group heading
 * otherwise (the reader has already copied vertically merged headings such as 序号 into both rows).
 */
const findHeader = (
  rows: readonly (readonly string[])[],
): { first: number; last: number; headers: string[] } | undefined => {
  let best = -1;
  let bestScore = 1;
  for (let index = 0; index < Math.min(rows.length, headerSearchDepth); index += 1) {
    const rowScore = score(rows[index] ?? []);
    if (rowScore > bestScore) {
      best = index;
      bestScore = rowScore;
    }
  }
  if (best < 0) return undefined;
  const top = rows[best] ?? [];
  const below = rows[best + 1] ?? [];
  const above = best > 0 ? (rows[best - 1] ?? []) : [];
  const width = Math.max(top.length, below.length, above.length);
  const combine = (upper: readonly string[], lower: readonly string[]) =>
    Array.from({ length: width }, (_, index) => {
      const up = clean(upper[index]);
      const low = clean(lower[index]);
      if (columnForHeader(low)) return low;
      if (columnForHeader(up)) return up;
      return low === '' || low === up ? up : up === '' ? low : `${up}/${low}`;
    });
  const groupOver = (upper: readonly string[], lower: readonly string[]) =>
    upper.some((cell, index) => {
      const up = clean(cell);
      const low = clean(lower[index]);
      return up !== '' && columnForHeader(up) === undefined && columnForHeader(low) !== undefined;
    });
  if (groupOver(top, below)) return { first: best, last: best + 1, headers: combine(top, below) };
  if (best > 0 && nonEmpty(above).length > 1 && groupOver(above, top))
    return { first: best - 1, last: best, headers: combine(above, top) };
  return { first: best, last: best, headers: combine([], top) };
};

const levelOf = (text: string): ExerciseLevel | undefined => {
  if (text === '') return 'unspecified';
  if (/省/.test(text)) return 'province';
  if (/市/.test(text)) return 'city';
  if (/县|区/.test(text)) return 'county';
  if (/乡|镇|街道/.test(text)) return 'township';
  return undefined;
};

const documentNumberPattern = /[\p{Script=Han}]{1,8}[〔[(（]\d{4}[〕\])）]\s*\d+\s*号/u;

const headingPattern =
  /^([一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[类部分]|注[:：]|备注|说明[:：]|附[:：])|（\d+项）$|\(\d+项\)$/;

/**
 * A section heading (一、社会保险类（3项）) or a note under the table: one text merged across the row
 * (the reader repeats it in every cell), or a lone cell that reads like one.
 */
const isBanner = (cells: string[]): boolean =>
  cells.length > 1
    ? cells.every((cell) => cell === cells[0])
    : cells.length === 1 && headingPattern.test(cells[0]!);

type TextColumn =
  | 'purpose'
  | 'basis'
  | 'basisText'
  | 'requestingUnit'
  | 'issuer'
  | 'itemType'
  | 'keptReason'
  | 'replacementText'
  | 'falseCommitmentConsequence';
const textColumns: readonly TextColumn[] = [
  'purpose',
  'basis',
  'basisText',
  'requestingUnit',
  'issuer',
  'itemType',
  'keptReason',
  'replacementText',
  'falseCommitmentConsequence',
];

/**
 * The one importer of certificate lists, used by the desk's import screen and the operator command.
 * Pure: it takes cells (see `SheetCells`), maps columns by header, and returns every entry with the
 * spreadsheet row it came from plus every problem with its row and column. `ok` is false while any
 * error remains on a row that is not skipped; callers store nothing then, so a bad file never leaves
 * half a list behind.
 */
export const importList = (sheets: readonly SheetCells[], options: ImportOptions): ImportResult => {
  const skip = options.skipRows ?? new Set<number>();
  const nonEmptySheets = sheets.filter((sheet) => sheet.rows.some((row) => nonEmpty(row).length > 0));
  if (nonEmptySheets.length === 0)
    return { ok: false, entries: [], problems: [{ code: 'empty', severity: 'error' }], columns: [] };
  // A workbook may hold both lists on two sheets: take the one whose name says this kind.
  const kindWord = options.kind === 'kept' ? '保留' : '取消';
  const candidates = [
    ...nonEmptySheets.filter((sheet) => sheet.name.includes(kindWord)),
    ...nonEmptySheets.filter((sheet) => !sheet.name.includes(kindWord)),
  ];
  const found = candidates
    .map((sheet) => ({ sheet, header: findHeader(sheet.rows) }))
    .find((candidate) => candidate.header !== undefined);
  if (!found?.header)
    return {
      ok: false,
      entries: [],
      problems: [
        { code: 'noHeader', severity: 'error', sheet: candidates[0]?.name, limit: headerSearchDepth },
      ],
      columns: [],
    };
  const { sheet, header } = found;
  const problems: ImportProblem[] = [];
  const columns: ColumnMapping[] = [];
  const indexOf = new Map<EntryColumn, number>();
  header.headers.forEach((text, index) => {
    if (text === '') return;
    const column = columnForHeader(text);
    if (column && !indexOf.has(column)) {
      indexOf.set(column, index);
      columns.push({ column, letter: columnLetter(index), header: text });
    } else {
      columns.push({ column: 'extra', letter: columnLetter(index), header: text });
    }
  });
  const base = {
    sheet: sheet.name,
    columns,
    headerRows: { first: header.first + 1, last: header.last + 1 },
  };
  if (!indexOf.has('name'))
    return {
      ok: false,
      entries: [],
      problems: [{ code: 'noNameColumn', severity: 'error', row: header.last + 1, sheet: sheet.name }],
      ...base,
    };
  if (options.kind === 'dropped' && !indexOf.has('replacementText') && !indexOf.has('method'))
    return {
      ok: false,
      entries: [],
      problems: [{ code: 'noReplacementColumn', severity: 'error', row: header.last + 1, sheet: sheet.name }],
      ...base,
    };

  const titleLines = sheet.rows.slice(0, header.first).flatMap(nonEmpty);
  const title = titleLines.find((line) => /清单/.test(line)) ?? titleLines[0];
  const documentNumber = titleLines.map((line) => documentNumberPattern.exec(line)?.[0]).find(Boolean);

  const dataRows = sheet.rows.length - header.last - 1;
  if (dataRows > maxRows)
    return {
      ok: false,
      entries: [],
      problems: [{ code: 'tooManyRows', severity: 'error', limit: maxRows, value: String(dataRows) }],
      ...base,
      title,
      documentNumber,
    };

  const cellOf = (row: readonly string[], column: EntryColumn): string => {
    const index = indexOf.get(column);
    return index === undefined ? '' : clean(row[index]);
  };
  const at = (rowNumber: number, column: EntryColumn) => ({
    row: rowNumber,
    column: columnLetter(indexOf.get(column) ?? 0),
    header: clean(header.headers[indexOf.get(column) ?? 0]),
  });

  const entries: ParsedEntry[] = [];
  const serialRows = new Map<string, ParsedEntry>();
  for (let index = header.last + 1; index < sheet.rows.length; index += 1) {
    const row = sheet.rows[index] ?? [];
    const rowNumber = index + 1;
    const cells = nonEmpty(row);
    if (cells.length === 0 || isBanner(cells)) continue;
    const rowProblems: ImportProblem[] = [];
    const name = cellOf(row, 'name');
    const serialText = cellOf(row, 'serial');
    const serial = serialText === '' ? String(entries.length + 1) : serialText;
    const previous = serialRows.get(serial);
    // A certificate with several 设定依据 is often printed as rows whose 序号 and 证明名称 cells are
    // merged: those rows are one entry, their other cells joined in order.
    if (previous && previous.name === name && serialText !== '') {
      if (skip.has(rowNumber)) continue;
      for (const column of textColumns) {
        const value = cellOf(row, column);
        if (value !== '' && !previous[column].split('\n').includes(value))
          previous[column] = previous[column] === '' ? value : `${previous[column]}\n${value}`;
      }
      continue;
    }
    if (name === '') rowProblems.push({ code: 'nameMissing', severity: 'error', ...at(rowNumber, 'name') });
    if (previous)
      rowProblems.push({
        code: 'serialDuplicate',
        severity: 'error',
        ...at(rowNumber, 'serial'),
        value: serial,
        otherRow: previous.row,
      });
    const levelText = cellOf(row, 'level');
    const level = levelOf(levelText);
    if (level === undefined)
      rowProblems.push({
        code: 'levelUnknown',
        severity: 'warning',
        ...at(rowNumber, 'level'),
        value: levelText,
      });
    const replacementText = options.kind === 'dropped' ? cellOf(row, 'replacementText') : '';
    const methodText = options.kind === 'dropped' ? cellOf(row, 'method') : '';
    let method = options.kind === 'dropped' ? classifyMethod(replacementText) : null;
    if (methodText !== '') {
      const named = methodFromLabel(methodText) ?? classifyMethod(methodText);
      if (named === 'unclassified' && methodText !== '待分类')
        rowProblems.push({
          code: 'methodUnknown',
          severity: 'warning',
          ...at(rowNumber, 'method'),
          value: methodText,
        });
      else method = named;
    }
    const verificationText = cellOf(row, 'verificationMethod');
    const entry: ParsedEntry = {
      row: rowNumber,
      serial,
      name,
      purpose: cellOf(row, 'purpose'),
      basis: cellOf(row, 'basis'),
      basisText: cellOf(row, 'basisText'),
      requestingUnit: cellOf(row, 'requestingUnit'),
      issuer: cellOf(row, 'issuer'),
      level: level ?? 'unspecified',
      itemType: cellOf(row, 'itemType'),
      keptReason: options.kind === 'kept' ? cellOf(row, 'keptReason') : '',
      replacementText,
      method,
      verificationMethod:
        method === 'commitment'
          ? (classifyVerification(verificationText) ?? classifyVerification(replacementText))
          : null,
      falseCommitmentConsequence: options.kind === 'dropped' ? cellOf(row, 'falseCommitmentConsequence') : '',
      extra: Object.fromEntries(
        columns
          .filter((mapping) => mapping.column === 'extra')
          .map((mapping): [string, string] => [
            mapping.header.slice(0, 60),
            clean(row[letterIndex(mapping.letter)]),
          ])
          .filter(([, value]) => value !== ''),
      ),
    };
    for (const column of [...textColumns, 'name' as const]) {
      const limit = fieldLimits[column];
      if (limit !== undefined && entry[column].length > limit)
        rowProblems.push({ code: 'textTooLong', severity: 'error', ...at(rowNumber, column), limit });
    }
    if (method === 'unclassified')
      rowProblems.push({
        code: 'unclassified',
        severity: 'warning',
        ...at(rowNumber, 'replacementText'),
        value: replacementText,
      });
    if (skip.has(rowNumber)) continue;
    problems.push(...rowProblems);
    entries.push(entry);
    if (!previous) serialRows.set(serial, entry);
  }
  if (entries.length === 0 && !problems.some((problem) => problem.severity === 'error'))
    problems.push({ code: 'noEntries', severity: 'error', row: header.last + 2, sheet: sheet.name });
  return {
    ok: !problems.some((problem) => problem.severity === 'error'),
    entries,
    problems,
    title,
    documentNumber,
    ...base,
  };
};

const letterIndex = (letters: string): number =>
  [...letters].reduce((total, letter) => total * 26 + (letter.charCodeAt(0) - 64), 0) - 1;
