import type { z } from 'zod';
import type { Conflict, Mutation } from '../../shared/sync/contract';
import { syncedTables, isSyncedTableName, type TableDeclaration } from '../../shared/sync/tables';
import { checkExistingRow, checkTableRole, checkTargetDepartment, type Refusal } from './permissions';
import { departmentOf, type FieldStamp, type StoredRow, type Writer } from './rowState';
import { sameJson } from '../../shared/sync/sameJson';
import type { RowRef } from '../../shared/sync/rowRules';
import { ruleRefusal } from './ruleRefusal';

/** Another row as it stands now (earlier mutations of the batch included), for a table's rules. */
export type RelatedRows = (ref: RowRef) => StoredRow | undefined;

const liveFields = (row: StoredRow | undefined): Record<string, unknown> | undefined =>
  row && !row.deleted ? row.fields : undefined;

/**
 * `theirClient` was overwritten by `value` (or by a delete: `deleted`): it is told on its next pull.
 * `editRefused`: the other way round — `theirClient` deleted the row and `value` is an edit refused for
 * it; the deleter is told on its next pull, the editor has the rejection.
 */
export type ConflictRecord = Conflict & {
  theirVersion: number;
  theirClient: string;
  value: unknown;
  editRefused?: boolean;
};

/**
 * A delete over changes another client made after the deleter's base: each such field is a lost edit,
 * told to the deleter now and to the editor on its next pull, as for an overwrite.
 */
const deletedOverEdits = (existing: StoredRow, mutation: Mutation, writer: Writer): ConflictRecord[] =>
  Object.entries(existing.fieldStamps)
    .filter(([, stamp]) => stamp.v > mutation.baseVersion && stamp.c !== writer.clientId)
    .map(([field, stamp]) => ({
      field,
      theirValue: existing.fields[field],
      theirBy: stamp.n,
      theirVersion: stamp.v,
      theirClient: stamp.c,
      value: null,
      deleted: true,
    }));

/**
 * An edit of a row another client deleted, made without knowing it: each field it would have changed
 * is told to the deleter (the editor keeps the whole edit as a rejection). Before, only the editor heard.
 */
const editsOverDelete = (
  existing: StoredRow,
  mutation: Mutation,
  writer: Writer,
  declared: Record<string, unknown>,
): ConflictRecord[] =>
  existing.updatedClient === writer.clientId
    ? []
    : Object.entries(mutation.fields)
        .filter(([field, value]) => field in declared && !sameJson(existing.fields[field], value))
        .map(([field, value]) => ({
          field,
          theirValue: existing.fields[field],
          theirBy: existing.updatedBy,
          theirVersion: existing.version,
          theirClient: existing.updatedClient,
          value,
          editRefused: true,
        }));

export type MutationOutcome =
  | { kind: 'applied'; row: StoredRow; conflicts: ConflictRecord[] }
  /** A delete of a row that is already a tombstone: nothing to do, the row keeps its version. */
  | { kind: 'unchanged'; version: number }
  /** `lateEdits`: an edit over another client's delete, to tell the deleter (editsOverDelete). */
  | ({ kind: 'rejected'; lateEdits?: ConflictRecord[] } & Refusal);

type TableSchemas = { full: z.ZodObject; partial: z.ZodObject; declaration: TableDeclaration };
const schemaCache = new Map<string, TableSchemas>();

/** Strict: a field the table does not declare is an error, not silently dropped data. */
const schemasFor = (table: string): TableSchemas | undefined => {
  if (!isSyncedTableName(table)) return undefined;
  let schemas = schemaCache.get(table);
  if (!schemas) {
    const declaration: TableDeclaration = syncedTables[table];
    schemas = {
      declaration,
      full: declaration.fields.strict(),
      partial: declaration.fields.partial().strict(),
    };
    schemaCache.set(table, schemas);
  }
  return schemas;
};

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(fields)'}: ${issue.message}`)
    .join('; ');

const invalid = (error: z.ZodError): Refusal => ({
  reason: 'invalid_fields',
  message: `Invalid fields: ${describeIssues(error)}`,
});

/**
 * Decides one mutation against the row as it stands (including earlier mutations of the same batch).
 * Pure: the caller loads the row, assigns `version` and stores the outcome.
 */
export const applyMutation = (
  mutation: Mutation,
  existing: StoredRow | undefined,
  writer: Writer,
  version: number,
  now: Date,
  related: RelatedRows = () => undefined,
): MutationOutcome => {
  const schemas = schemasFor(mutation.table);
  if (!schemas)
    return { kind: 'rejected', reason: 'unknown_table', message: `Unknown table "${mutation.table}".` };
  const { declaration } = schemas;

  const refusal =
    checkTableRole(declaration, writer) ??
    (existing ? checkExistingRow(declaration, writer, existing.departmentId) : undefined);
  if (refusal) return { kind: 'rejected', ...refusal };

  const stamp: FieldStamp = { v: version, s: writer.staffId, n: writer.staffName, c: writer.clientId };
  const updatedAt = now.toISOString();

  if (mutation.op === 'delete') {
    if (!existing)
      return { kind: 'rejected', reason: 'not_found', message: 'There is no such row to delete.' };
    if (existing.deleted) return { kind: 'unchanged', version: existing.version };
    const ruleDenied = declaration.rules?.checkWrite({
      op: 'delete',
      rowId: mutation.rowId,
      existing: existing.fields,
      merged: existing.fields,
      writer,
      now,
      related: (ref) => liveFields(related(ref)),
    });
    if (ruleDenied) return { kind: 'rejected', ...ruleRefusal(ruleDenied) };
    return {
      kind: 'applied',
      conflicts: deletedOverEdits(existing, mutation, writer),
      row: {
        ...existing,
        version,
        deleted: true,
        updatedBy: writer.staffId,
        updatedClient: writer.clientId,
        updatedAt,
      },
    };
  }

  if (existing?.deleted) {
    const lateEdits = editsOverDelete(existing, mutation, writer, declaration.fields.shape);
    return {
      kind: 'rejected',
      reason: 'not_found',
      message: 'The row has been deleted.',
      ...(lateEdits.length > 0 ? { lateEdits } : {}),
    };
  }

  let merged: Record<string, unknown>;
  let changed: Record<string, unknown>;
  if (existing) {
    const partial = schemas.partial.safeParse(mutation.fields);
    if (!partial.success) return { kind: 'rejected', ...invalid(partial.error) };
    changed = partial.data;
    const full = schemas.full.safeParse({ ...existing.fields, ...changed });
    if (!full.success) return { kind: 'rejected', ...invalid(full.error) };
    merged = full.data;
  } else {
    const full = schemas.full.safeParse(mutation.fields);
    if (!full.success) return { kind: 'rejected', ...invalid(full.error) };
    merged = full.data;
    changed = merged;
  }

  const target = departmentOf(merged);
  const targetRefusal = checkTargetDepartment(declaration, writer, target, existing);
  if (targetRefusal) return { kind: 'rejected', ...targetRefusal };
  const ruleDenied = declaration.rules?.checkWrite({
    op: 'upsert',
    rowId: mutation.rowId,
    existing: existing?.fields,
    merged,
    writer,
    now,
    related: (ref) => liveFields(related(ref)),
  });
  if (ruleDenied) return { kind: 'rejected', ...ruleRefusal(ruleDenied) };

  const conflicts: ConflictRecord[] = [];
  const fieldStamps = { ...existing?.fieldStamps };
  for (const field of Object.keys(changed)) {
    const previous = fieldStamps[field];
    // Another client changed this field after the version this edit was based on, to a different
    // value than ours: last writer wins, but the writer is told what was overwritten.
    if (
      existing &&
      previous &&
      previous.v > mutation.baseVersion &&
      previous.c !== writer.clientId &&
      !sameJson(existing.fields[field], merged[field])
    ) {
      conflicts.push({
        field,
        theirValue: existing.fields[field],
        theirBy: previous.n,
        theirVersion: previous.v,
        theirClient: previous.c,
        value: merged[field],
      });
    }
    fieldStamps[field] = stamp;
  }

  return {
    kind: 'applied',
    conflicts,
    row: {
      table: mutation.table,
      id: mutation.rowId,
      departmentId: target,
      version,
      deleted: false,
      fields: merged,
      fieldStamps,
      updatedBy: writer.staffId,
      updatedClient: writer.clientId,
      updatedAt,
    },
  };
};
