import type { z } from 'zod';
import {
  apiBase,
  errorBodySchema,
  healthResponseSchema,
  loginResponseSchema,
  logoutResponseSchema,
  lookupResponseSchema,
  orgResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  type HealthResponse,
  type LoginRequest,
  type LoginResponse,
  type LookupQuery,
  type LookupResponse,
  type OrgResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync/contract';
import type { DeskScope } from '../../shared/sync/scope';
import type { Role } from '../../shared/domain/organization';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Why a request did not give us an answer we can use. `network` means the server was not reached (or
 * the answer was lost): the request may or may not have been applied, so callers must only retry
 * operations that are idempotent on the server (pushes are, by seq).
 */
export type SyncHttpError =
  | { kind: 'network'; message: string }
  | { kind: 'unauthorized'; message: string }
  | { kind: 'seqGap'; expectedSeq: number; lastSeq?: number; epoch?: string; message: string }
  /** A seq we sent was counted for another mutation (our database went back, or was copied). */
  | { kind: 'seqReused'; lastSeq: number; message: string }
  /** The server went back to a backup since we last synced (docs/sync.md, "Epoch"). */
  | { kind: 'epochChanged'; epoch: string; epochBaseVersion: number; lastSeq?: number; message: string }
  /** The whole push was refused: this desk and the server speak different schema versions. */
  | { kind: 'schemaMismatch'; serverSchemaVersion?: number; message: string }
  | { kind: 'tooLarge'; message: string }
  | { kind: 'tooManyAttempts'; message: string }
  /** 503: the server is up but overloaded; come back after `retryAfterMs` (its Retry-After). */
  | { kind: 'busy'; retryAfterMs: number; message: string }
  /** 403 scope_forbidden: the scope asked for is more than the clerk's roles (as the server has them) allow. */
  | { kind: 'scopeForbidden'; roles?: Role[]; message: string }
  | { kind: 'server'; status: number; error: string; message: string };

export class SyncRequestError extends Error {
  constructor(readonly detail: SyncHttpError) {
    super(detail.message);
    this.name = 'SyncRequestError';
  }
}

/** Accepts http(s) addresses only, without credentials, query or fragment; returns the normalized origin+path. */
export const parseServerUrl = (input: string): string | null => {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
};

/** Optional parts of a scoped pull (docs/sync.md, "Scopes"); sent only with a scope. */
export type PullExtras = {
  /** While pulling again from 0 after a scope change: the cursor the local rows were pulled to. */
  heldSince?: number;
  /** Cases fetched by look-up that the desk keeps while open: their changes keep coming. */
  pinned?: readonly string[];
};

export type SyncHttp = {
  health: () => Promise<HealthResponse>;
  login: (request: LoginRequest) => Promise<LoginResponse>;
  /** Revokes the token on the server (POST /auth/logout); optional so test doubles may leave it out. */
  logout?: (token: string) => Promise<void>;
  push: (token: string, request: PushRequest) => Promise<PushResponse>;
  /** With `clientId`, the page also carries conflicts addressed to this desk (see docs/sync.md). */
  /** With `scope`, only the rows of that replication scope (renderer/sync/scope.ts). */
  pull: (
    token: string,
    since: number,
    limit: number,
    clientId?: string,
    scope?: DeskScope,
    epoch?: string,
    extras?: PullExtras,
  ) => Promise<PullResponse>;
  /** Cases outside the scope, by one key (GET /sync/lookup); optional so test doubles may leave it out. */
  lookup?: (token: string, query: LookupQuery) => Promise<LookupResponse>;
  /** The clerk's department, halls and windows (GET /org); optional so test doubles may leave it out. */
  org?: (token: string) => Promise<OrgResponse>;
};

const defaultRetryAfterMs = 5_000;
const maxRetryAfterMs = 5 * 60_000;

/** Retry-After in seconds (what this server sends) or as an HTTP date; bounded both ways. */
export const retryAfterMs = (header: string | null): number => {
  if (header === null) return defaultRetryAfterMs;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  if (!Number.isFinite(ms)) return defaultRetryAfterMs;
  return Math.min(Math.max(ms, 1000), maxRetryAfterMs);
};

const classify = async (response: Response): Promise<SyncHttpError> => {
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => null));
  const message = parsed.success ? parsed.data.message : `HTTP ${response.status}`;
  if (response.status === 401) return { kind: 'unauthorized', message };
  if (response.status === 413) return { kind: 'tooLarge', message };
  if (response.status === 429) return { kind: 'tooManyAttempts', message };
  if (response.status === 503) {
    return { kind: 'busy', retryAfterMs: retryAfterMs(response.headers.get('retry-after')), message };
  }
  if (response.status === 409 && parsed.success) {
    const { error, expectedSeq, lastSeq, epoch, epochBaseVersion } = parsed.data;
    if (error === 'seq_gap' && expectedSeq !== undefined) {
      return {
        kind: 'seqGap',
        expectedSeq,
        message,
        ...(lastSeq === undefined ? {} : { lastSeq }),
        ...(epoch === undefined ? {} : { epoch }),
      };
    }
    if (error === 'seq_reused' && lastSeq !== undefined) return { kind: 'seqReused', lastSeq, message };
    if (error === 'epoch_changed' && epoch !== undefined && epochBaseVersion !== undefined) {
      return {
        kind: 'epochChanged',
        epoch,
        epochBaseVersion,
        message,
        ...(lastSeq === undefined ? {} : { lastSeq }),
      };
    }
  }
  if (response.status === 403 && parsed.success && parsed.data.error === 'scope_forbidden') {
    const { roles } = parsed.data;
    return { kind: 'scopeForbidden', message, ...(roles === undefined ? {} : { roles }) };
  }
  if (parsed.success && parsed.data.error === 'schema_mismatch') {
    const { serverSchemaVersion } = parsed.data;
    return {
      kind: 'schemaMismatch',
      message,
      ...(serverSchemaVersion === undefined ? {} : { serverSchemaVersion }),
    };
  }
  return {
    kind: 'server',
    status: response.status,
    error: parsed.success ? parsed.data.error : 'http',
    message,
  };
};

export const scopeQuery = (scope: DeskScope | undefined, extras: PullExtras = {}): string =>
  scope === undefined
    ? ''
    : `&hallId=${encodeURIComponent(scope.hallId)}&reach=${scope.reach}&windowDays=${scope.windowDays}` +
      (extras.heldSince === undefined ? '' : `&heldSince=${extras.heldSince}`) +
      (extras.pinned === undefined || extras.pinned.length === 0
        ? ''
        : `&pinned=${extras.pinned.map(encodeURIComponent).join(',')}`);

/** The sync contract's HTTP calls, over an injected fetch (the browser's, or Node's in tests). */
export const createSyncHttp = (serverUrl: string, fetchImpl: FetchLike, timeoutMs = 30_000): SyncHttp => {
  const base = `${serverUrl}${apiBase}`;
  const call = async <S extends z.ZodType>(
    path: string,
    schema: S,
    init: RequestInit & { token?: string },
  ): Promise<z.infer<S>> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        ...init,
        headers,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new SyncRequestError({
        kind: 'network',
        message: error instanceof Error ? error.message : String(error),
      });
    }
    if (!response.ok) throw new SyncRequestError(await classify(response));
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      // A body cut off mid-way is a lost answer, not a server bug.
      throw new SyncRequestError({
        kind: 'network',
        message: error instanceof Error ? error.message : String(error),
      });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new SyncRequestError({
        kind: 'server',
        status: response.status,
        error: 'bad_response',
        message: 'unexpected response',
      });
    }
    return parsed.data;
  };
  return {
    health: () => call('/health', healthResponseSchema, { method: 'GET' }),
    login: (request) =>
      call('/auth/login', loginResponseSchema, { method: 'POST', body: JSON.stringify(request) }),
    logout: async (token) => {
      await call('/auth/logout', logoutResponseSchema, { method: 'POST', body: '{}', token });
    },
    push: (token, request) =>
      call('/sync/push', pushResponseSchema, { method: 'POST', body: JSON.stringify(request), token }),
    pull: (token, since, limit, clientId, scope, epoch, extras) =>
      call(
        `/sync/pull?since=${since}&limit=${limit}${clientId === undefined ? '' : `&clientId=${encodeURIComponent(clientId)}`}${scopeQuery(scope, extras)}${epoch === undefined ? '' : `&epoch=${encodeURIComponent(epoch)}`}`,
        pullResponseSchema,
        { method: 'GET', token },
      ),
    org: (token) => call('/org', orgResponseSchema, { method: 'GET', token }),
    lookup: (token, query) =>
      call(
        `/sync/lookup?${new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString()}`,
        lookupResponseSchema,
        { method: 'GET', token },
      ),
  };
};
