/**
 * What the importer found wrong, as data: the desk and the operator command turn it into Chinese with
 * `describeProblem`. `row` is the spreadsheet row as Excel numbers it; `column` its letter.
 */
export type ProblemCode =
  | 'tooLarge'
  | 'legacyXls'
  | 'notSpreadsheet'
  | 'unreadable'
  | 'empty'
  | 'noHeader'
  | 'noNameColumn'
  | 'noReplacementColumn'
  | 'noEntries'
  | 'tooManyRows'
  | 'nameMissing'
  | 'serialDuplicate'
  | 'textTooLong'
  | 'levelUnknown'
  | 'methodUnknown'
  | 'unclassified';

export type ImportProblem = {
  code: ProblemCode;
  /** Errors stop the import (unless their row is skipped); warnings are shown and imported. */
  severity: 'error' | 'warning';
  row?: number;
  column?: string;
  header?: string;
  value?: string;
  /** The other row of a duplicate. */
  otherRow?: number;
  limit?: number;
  sheet?: string;
};

export const isError = (problem: ImportProblem): boolean => problem.severity === 'error';
