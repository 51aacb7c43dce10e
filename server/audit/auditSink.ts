import { AsyncLocalStorage } from 'node:async_hooks';
import type { Queryable } from '../db/types';
import type { Logger } from '../log/logger';
import type { SecurityEvent, SecurityEvents } from '../security/events';
import { recordAudit, type AuditEntry } from './auditLog';

/**
 * What the audit log needs to know about the request a security event belongs to. Checks deep inside
 * (login, device binding) report events without a request object; this store carries its id and
 * address to them, and remembers that the request was recorded, so the generic "refused request"
 * entry written at the error handler does not repeat a specific one.
 */
export type AuditRequest = {
  requestId: string;
  ip: string;
  recorded: Set<SecurityEvent['kind'] | 'refusal'>;
  /** Audit writes started for this request; the answer waits for them (backpressure, and read-your-writes). */
  writes: Promise<unknown>[];
};

export const auditRequests = new AsyncLocalStorage<AuditRequest>();

const entryFor = (event: SecurityEvent): AuditEntry => {
  const { kind: _kind, ...detail } = event;
  const common = {
    staffId: 'staffId' in event ? event.staffId : null,
    username: 'username' in event ? event.username : null,
    ip: 'address' in event ? event.address : null,
  };
  const { staffId: _s, username: _u, address: _a, ...rest } = detail as Record<string, unknown>;
  switch (event.kind) {
    case 'login_succeeded':
      return { ...common, event: 'login_succeeded', detail: rest };
    case 'login_failed':
    case 'login_disabled':
      return { ...common, event: 'login_failed', detail: { ...rest, kind: event.kind } };
    case 'login_limited':
    case 'login_busy':
      return { ...common, event: 'login_locked', detail: { ...rest, kind: event.kind } };
    case 'signed_out':
      return { ...common, event: 'token_revoked', detail: { ...rest, by: 'desk' } };
    case 'unauthenticated':
    case 'device_refused':
    case 'client_refused':
      return { ...common, event: 'request_refused', detail: { ...rest, kind: event.kind } };
  }
};

/**
 * The security-event hook (server/security/events.ts) that writes the audit log. Events are reported
 * synchronously; the request's answer waits for the write (app.ts), and a failed write is logged as an
 * error rather than failing the request.
 */
export const auditSecurityEvents =
  (db: Queryable, now: () => Date, logger: Logger): SecurityEvents =>
  (event) => {
    const request = auditRequests.getStore();
    request?.recorded.add(event.kind);
    const entry = entryFor(event);
    const write = recordAudit(
      db,
      { ...entry, ip: entry.ip ?? request?.ip ?? null, requestId: request?.requestId ?? null },
      now(),
    ).catch((error: unknown) =>
      logger.error({ err: error, event: entry.event, requestId: request?.requestId }, 'audit write failed'),
    );
    request?.writes.push(write);
  };
