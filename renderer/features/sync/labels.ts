import { messages, type MessageKey } from '../../../shared/i18n/messages';
import type { RejectionReason } from '../../sync/stores';
import type { SyncErrorCode } from '../../sync/status';

export const reasonKey = (reason: RejectionReason): MessageKey => `sync.reason.${reason}`;

export const errorKey = (code: SyncErrorCode): MessageKey => `sync.error.${code}`;

const tableKeys: Record<string, MessageKey> = { cases: 'sync.table.cases', items: 'sync.table.items' };

/** The table's name for clerks, or its wire name for a table this build has no words for. */
export const tableKey = (table: string): MessageKey | null => tableKeys[table] ?? null;

/** A field's name for clerks where this build has words for it, else its wire name. */
export const fieldLabel = (t: (key: MessageKey) => string, table: string, field: string): string => {
  const key = `sync.field.${table}.${field}`;
  return key in messages['zh-CN'] ? t(key as MessageKey) : field;
};

/** A stored field value as a clerk reads it; structured values are shown compactly. */
export const shownValue = (value: unknown, empty: string): string => {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};
