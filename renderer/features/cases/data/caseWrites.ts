import { uuidv7 } from 'uuidv7';
import type { Case, CaseFields } from '../../../../shared/domain/case';
import type { CasePatch } from '../../../../shared/domain/caseMachine';
import { caseIdSchema } from '../../../../shared/ids';
import { mutate } from '../../../db/mutate';
import type { OnceDeskDb } from '../../../db/schema';
import type { RuleWriter } from '../../../../shared/sync/rowRules';

/** A new case row: its id is a UUID v7 made here, so cases sort by creation time across desks. */
export const insertCase = async (
  db: OnceDeskDb,
  fields: CaseFields,
  writer: RuleWriter,
  now: Date,
): Promise<Case['id']> => {
  const id = caseIdSchema.parse(uuidv7());
  await mutate(db, { table: 'cases', rowId: id, op: 'upsert', fields, by: writer.staffId, now, writer });
  return id;
};

/**
 * Writes exactly the patch the state machine returned, through the single mutation path, so the outbox
 * carries only the changed fields and the server can merge field by field.
 */
export const saveCasePatch = async (
  db: OnceDeskDb,
  caseId: Case['id'],
  patch: CasePatch,
  writer: RuleWriter,
  now: Date,
): Promise<void> => {
  await mutate(db, {
    table: 'cases',
    rowId: caseId,
    op: 'upsert',
    fields: patch,
    by: writer.staffId,
    now,
    writer,
  });
};
