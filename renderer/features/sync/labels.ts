import { caseStatusSchema, ratingSchema } from '../../../shared/domain/case';
import { maskIdNumber } from '../../../shared/domain/idNumber';
import { messages, type MessageKey } from '../../../shared/i18n/messages';
import type { RejectionReason } from '../../sync/stores';
import type { SyncErrorCode } from '../../sync/status';

export const reasonKey = (reason: RejectionReason): MessageKey => `sync.reason.${reason}`;

/**
 * The words for a refusal: a table rule's own message when the server named the rule (its message ends
 * with `(rule <code>)`, server/sync/ruleRefusal.ts), else the reason's.
 */
export const refusalKey = (reason: RejectionReason, message: string | undefined): MessageKey => {
  const code = /\(rule (\w+)\)$/.exec(message ?? '')?.[1];
  const key = `rule.${code}`;
  return code && key in messages['zh-CN'] ? (key as MessageKey) : reasonKey(reason);
};

/**
 * A failed run in the clerk's words. A fetch that fails while the network interface is up means the
 * server did not answer: say so, rather than that the network is down (the clerk would check the cable).
 */
export const errorKey = (code: SyncErrorCode, networkUp: boolean): MessageKey =>
  code === 'network' && networkUp ? 'sync.error.serverUnreachable' : `sync.error.${code}`;

const tableKeys: Record<string, MessageKey> = {
  cases: 'sync.table.cases',
  items: 'sync.table.items',
  shifts: 'sync.table.shifts',
  bottlenecks: 'sync.table.bottlenecks',
  bottleneckUpdates: 'sync.table.bottleneckUpdates',
};

/** The table's name for clerks, or its wire name for a table this build has no words for. */
export const tableKey = (table: string): MessageKey | null => tableKeys[table] ?? null;

/**
 * A field's name for clerks. A field this build has no words for (a newer server's) is 其他内容, never its
 * wire name: `supplementNotice` means nothing at the counter.
 */
export const fieldLabel = (t: (key: MessageKey) => string, table: string, field: string): string => {
  const key = `sync.field.${table}.${field}`;
  return key in messages['zh-CN'] ? t(key as MessageKey) : t('sync.field.unknown');
};

const ratingKeys = [
  'rating.1',
  'rating.2',
  'rating.3',
  'rating.4',
  'rating.5',
] as const satisfies MessageKey[];

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export type ValueWords = {
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** An ISO instant in the hall's time zone and the interface language. */
  formatInstant: (iso: string) => string;
  empty: string;
};

/**
 * A stored field value as a clerk reads it: a case status or rating in the glossary's words, instants
 * as hall time, ID numbers masked (as everywhere on screen), lists by their length; never a wire value.
 */
export const shownValue = (words: ValueWords, table: string, field: string, value: unknown): string => {
  const { t, formatInstant, empty } = words;
  if (value === null || value === undefined || value === '') return empty;
  if (table === 'cases') {
    const status = caseStatusSchema.safeParse(value);
    if (field === 'status' && status.success) return t(`status.${status.data}`);
    const rating = ratingSchema.safeParse(value);
    if (field === 'rating' && rating.success) {
      const level = t(ratingKeys[rating.data.level - 1] ?? 'rating.3');
      return rating.data.comment ? `${level}（${rating.data.comment}）` : level;
    }
    if (field === 'applicantIdNumber' && typeof value === 'string') return maskIdNumber(value);
  }
  if (Array.isArray(value)) return t('sync.value.count', { count: value.length });
  if (typeof value === 'string') return isoInstant.test(value) ? formatInstant(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // A structured value (a notice, a list of visits) is read on the case's own page, not as JSON here.
  return t('sync.value.structured');
};
