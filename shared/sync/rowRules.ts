import type { Role } from '../domain/organization';
import type { RejectReason } from './contract';

/** The signed-in person making a write, as a table's rules see them. */
export type RuleWriter = { staffId: string; roles: readonly Role[]; departmentId: string };

/** A row a rule needs to see besides the one being written (the note an update belongs to…). */
export type RowRef = { table: string; id: string };

export type RowWriteCheck = {
  op: 'upsert' | 'delete';
  rowId: string;
  /** The row's fields before this write; undefined for a new row (tombstones never reach a rule). */
  existing: Record<string, unknown> | undefined;
  /** The row's fields after this write, already valid against the table's schema (= existing for a delete). */
  merged: Record<string, unknown>;
  writer: RuleWriter;
  /** When the write is checked: the server's clock on a push, the desk's when it writes. */
  now: Date;
  /** Fields of a live row named by `relatedRows`, as it stands (including earlier writes of the same batch). */
  related: (ref: RowRef) => Record<string, unknown> | undefined;
};

/** A refused write: `code` names the rule (and its message in every language), `reason` is the wire reason. */
export type RuleViolation<Code extends string = string> = {
  code: Code;
  reason: Exclude<RejectReason, 'unknown_table' | 'schema_mismatch'>;
};

/**
 * Per-table rules beyond "who may write" and "which department": pure functions, run by the server on
 * every mutation (after schema and department checks) and by the desk before it writes, so the desk
 * explains the refusal in words and the server still refuses what a desk let through.
 */
export type TableRules = {
  /** Rows the check needs, found from the written row's fields (existing merged with the change). */
  relatedRows?: (fields: Record<string, unknown>, rowId: string) => RowRef[];
  checkWrite: (check: RowWriteCheck) => RuleViolation | undefined;
  /**
   * The desk may write without knowing who writes (no staff row for them here: a test desk, a seed):
   * its check is then left to the server. Tables whose rules are mostly about the writer leave it unset,
   * and such a write is refused on the desk.
   */
  writerOptionalOnDesk?: boolean;
};
