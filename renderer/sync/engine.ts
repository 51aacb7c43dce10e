import type { OnceDeskDb } from '../db/schema';
import { countWaitingRecords } from '../db/mutate';
import { getMeta } from '../db/meta';
import { createSyncHttp, SyncRequestError, type FetchLike, type SyncHttp } from './http';
import { ensureClientId, hasSession, signIn, type SignInOptions } from './auth';
import { pushOutbox } from './push';
import { pullAll, type PullContext, type PullFaults, type PullOutcome } from './pull';
import type { Role } from '../../shared/domain/organization';
import { evictAfterPull, prepareScope, wantedScope } from './scope';
import { lookupCases } from './lookup';
import { pruneAcked } from './ackedPrune';
import type { LookupQuery } from '../../shared/sync/contract';
import { deleteSyncState, getSyncState, setSyncState, type SignedInSession } from './stores';
import { SyncStatusStore, type SyncErrorCode } from './status';
import { defaultRunLock, type RunLock } from './runLock';
import { schemaVersion } from '../../shared/sync/contract';

/**
 * The whole push was refused for a schema mismatch (the outbox is kept): say which side needs the
 * update, when the server tells its version.
 */
const sameRoles = (a: readonly Role[], b: readonly Role[]): boolean =>
  [...a].sort().join() === [...b].sort().join();

const schemaMismatchCode = (serverSchemaVersion: number | undefined): SyncErrorCode =>
  serverSchemaVersion === undefined
    ? 'schemaMismatch'
    : serverSchemaVersion > schemaVersion
      ? 'deskOutdated'
      : 'serverOutdated';

export type SyncEngineOptions = {
  /** The desk-wide run lock; default Web Locks, else in-process (runLock.ts). Injected in tests. */
  lock?: RunLock;
  db: OnceDeskDb;
  fetch: FetchLike;
  now: () => Date;
  pullLimit?: number;
  pbkdf2Iterations?: number;
  faults?: PullFaults;
};

/**
 * `awaitingHall`: signed in during set-up before a hall was picked — nothing is pulled yet, since the
 * only pull without a hall is the department's whole history (renderer/sync/scope.ts).
 */
export type SyncRunOutcome =
  'synced' | 'notConfigured' | 'needsSignIn' | 'awaitingHall' | 'offline' | 'busy' | 'failed';

/**
 * Runs sync: push the outbox, then pull. One run at a time: a request while a run is under way makes
 * exactly one more run afterwards (the clerk's edit or the `online` event that asked for it is not lost).
 */
export class SyncEngine {
  readonly status = new SyncStatusStore();
  private current: Promise<SyncRunOutcome> | null = null;
  private again = false;
  /** The server's Retry-After from the last run that ended `busy`. */
  retryAfterMs = 0;

  constructor(private readonly options: SyncEngineOptions) {}

  private get db(): OnceDeskDb {
    return this.options.db;
  }

  /** Loads the stored configuration into the status (call once at start-up). */
  async load(): Promise<void> {
    const serverUrl = await getSyncState(this.db, 'serverUrl');
    const session = await getSyncState(this.db, 'session');
    this.status.update({
      configured: serverUrl !== undefined,
      staff: session?.staff ?? null,
      needsSignIn: serverUrl !== undefined && !hasSession(session),
      lastSyncedAt: (await getSyncState(this.db, 'lastSyncedAt')) ?? null,
      pending: await countWaitingRecords(this.db),
    });
  }

  async http(): Promise<SyncHttp | null> {
    const serverUrl = await getSyncState(this.db, 'serverUrl');
    return serverUrl ? createSyncHttp(serverUrl, this.options.fetch) : null;
  }

  /** Saves a validated server address (see parseServerUrl); a different server needs a new sign-in. */
  async setServerUrl(serverUrl: string): Promise<void> {
    const previous = await getSyncState(this.db, 'serverUrl');
    await setSyncState(this.db, 'serverUrl', serverUrl);
    if (previous !== undefined && previous !== serverUrl) await deleteSyncState(this.db, 'session');
    await this.load();
  }

  async signIn(username: string, password: string): Promise<SignedInSession> {
    const http = await this.http();
    if (!http) throw new Error('no server address');
    const options: SignInOptions = { now: this.options.now() };
    if (this.options.pbkdf2Iterations !== undefined) options.iterations = this.options.pbkdf2Iterations;
    const session = await signIn(this.db, http, username, password, options);
    this.status.update({ needsSignIn: false, staff: session.staff, online: true });
    return session;
  }

  /**
   * Sign-out (退出登录): the token is revoked on the server first, so it is useless even if copied from
   * this computer; then it is forgotten here. With the server unreachable the desk still signs out
   * locally (`localOnly`), and the token dies when it expires (12 hours at most). The offline verifier
   * stays, so the same clerk may still unlock this desk while the server is down.
   */
  async signOut(): Promise<'revoked' | 'localOnly'> {
    const session = await getSyncState(this.db, 'session');
    const http = await this.http();
    let outcome: 'revoked' | 'localOnly' = 'localOnly';
    if (session && http?.logout) {
      outcome = await http.logout(session.token).then(
        () => 'revoked' as const,
        // 401: the server had already ended it (expired, disabled) — as good as revoked.
        (error: unknown) =>
          error instanceof SyncRequestError && error.detail.kind === 'unauthorized' ? 'revoked' : 'localOnly',
      );
    }
    await deleteSyncState(this.db, 'session');
    await this.load();
    return outcome;
  }

  /**
   * First-run set-up: signs in to a server whose address is not stored yet, and stores the address only
   * once the sign-in worked, so a typo or a wrong password leaves the desk as it was.
   */
  async connect(serverUrl: string, username: string, password: string): Promise<SignedInSession> {
    const http = createSyncHttp(serverUrl, this.options.fetch);
    // Set before the session exists, so no run can slip in between and pull the whole department.
    if ((await getMeta(this.db, 'desk')) === undefined)
      await setSyncState(this.db, 'setupAwaitingHall', true);
    const options: SignInOptions = { now: this.options.now() };
    if (this.options.pbkdf2Iterations !== undefined) options.iterations = this.options.pbkdf2Iterations;
    const session = await signIn(this.db, http, username, password, options);
    await setSyncState(this.db, 'serverUrl', serverUrl);
    await this.load();
    this.status.update({ online: true });
    return session;
  }

  /** A desk set up again for use without a server: sync stops; the outbox stays for a later server. */
  async disconnect(): Promise<void> {
    await deleteSyncState(this.db, 'session');
    await deleteSyncState(this.db, 'serverUrl');
    await this.load();
  }

  /** Updates the pending count (the outbox hook calls this after local writes). */
  async refreshPending(): Promise<void> {
    this.status.update({ pending: await countWaitingRecords(this.db) });
  }

  /** Starts a run, or queues one more if a run is under way; resolves with the outcome of the run that covers it. */
  sync(): Promise<SyncRunOutcome> {
    if (this.current) {
      this.again = true;
      return this.current;
    }
    this.again = false;
    this.current = this.runLoop().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  private async runLoop(): Promise<SyncRunOutcome> {
    const lock = this.options.lock ?? defaultRunLock();
    // One run per desk database at a time, across windows and tabs (runLock.ts).
    return lock(`oncedesk-sync:${this.db.name}`, () => this.runLoopLocked());
  }

  private async runLoopLocked(): Promise<SyncRunOutcome> {
    // A request made while this loop waited for the lock or ran asks for exactly one more run.
    for (;;) {
      const outcome = await this.runOnce();
      if (!this.again || outcome !== 'synced') return outcome;
      this.again = false;
    }
  }

  private async runOnce(): Promise<SyncRunOutcome> {
    const { db, now } = this.options;
    const http = await this.http();
    if (!http) {
      this.status.update({ configured: false });
      return 'notConfigured';
    }
    const session = await getSyncState(db, 'session');
    if (!hasSession(session)) {
      this.status.update({ configured: true, needsSignIn: true });
      return 'needsSignIn';
    }
    // A trigger during set-up (start-up, the live stream, the timer) before the hall is picked: wait.
    // (A desk signed in some other way without a hall — tests, older set-ups — pulls unscoped.)
    const awaiting = (await getSyncState(db, 'setupAwaitingHall')) === true;
    if (awaiting && (await wantedScope(db, session.staff.roles)) === undefined) {
      this.status.update({ configured: true, needsSignIn: false });
      return 'awaitingHall';
    }
    this.status.update({ configured: true, running: true, progress: null });
    try {
      const clientId = await ensureClientId(db);
      const push = () => pushOutbox({ db, http, token: session.token, clientId, now });
      await push();
      let restored = false;
      const pullContext: Parameters<typeof pullAll>[0] = {
        db,
        http,
        token: session.token,
        clientId,
        now,
        onProgress: (progress) => this.status.update({ progress }),
        onRestored: () => {
          restored = true;
        },
      };
      if (this.options.pullLimit !== undefined) pullContext.limit = this.options.pullLimit;
      if (this.options.faults) pullContext.faults = this.options.faults;
      const pulled = await this.pullInScope(pullContext, session);
      if (pulled.scope) await evictAfterPull(db, pulled.scope, pulled.outOfScope);
      // The pull found the server restored and queued what it lost: send it now, not at the next run.
      if (restored) {
        await push();
        const again = await pullAll(pullContext);
        if (again.scope) await evictAfterPull(db, again.scope, again.outOfScope);
      }
      // After the pull: the cursor and the rows it brought decide which acknowledgements are done with.
      await pruneAcked(db, now());
      const at = now().toISOString();
      await setSyncState(db, 'lastSyncedAt', at);
      this.status.update({ online: true, lastSyncedAt: at, lastError: null, needsSignIn: false });
      return 'synced';
    } catch (error) {
      return this.failed(error);
    } finally {
      this.status.update({ running: false, progress: null, pending: await countWaitingRecords(db) });
    }
  }

  /**
   * Pulls the scope the clerk's roles call for. The server says which roles the clerk has now (a
   * page's `roles`, or a 403 scope_forbidden refusing the old role's scope): when they changed since
   * sign-in — made duty leader, or back to clerk — the desk takes them and pulls again at once in the
   * new scope, so a wider scope's rows arrive (and a narrower one's extra rows go) in this run, not at
   * the next sign-in. Once per run, so a confused server cannot loop it.
   */
  private async pullInScope(context: PullContext, session: SignedInSession): Promise<PullOutcome> {
    let roles = session.staff.roles;
    for (let attempt = 0; ; attempt += 1) {
      const scope = await wantedScope(this.db, roles);
      if (scope) {
        await prepareScope(this.db, scope);
        context.scope = scope;
      }
      let pulled: PullOutcome;
      try {
        pulled = await pullAll(context);
      } catch (error) {
        const told = error instanceof SyncRequestError && error.detail.kind === 'scopeForbidden';
        const now = told ? error.detail.roles : undefined;
        if (attempt > 0 || now === undefined || sameRoles(now, roles)) throw error;
        roles = await this.adoptRoles(session, now);
        continue;
      }
      if (attempt > 0 || pulled.roles === undefined || sameRoles(pulled.roles, roles)) return pulled;
      roles = await this.adoptRoles(session, pulled.roles);
    }
  }

  /** The signed-in clerk's roles as the server has them now, unless another clerk signed in meanwhile. */
  private async adoptRoles(session: SignedInSession, roles: Role[]): Promise<Role[]> {
    const stored = await getSyncState(this.db, 'session');
    if (stored?.token === session.token) {
      const next = { ...stored, staff: { ...stored.staff, roles } };
      await setSyncState(this.db, 'session', next);
      this.status.update({ staff: next.staff });
    }
    return roles;
  }

  private failed(error: unknown): SyncRunOutcome {
    if (!(error instanceof SyncRequestError)) {
      this.status.update({ lastError: { code: 'internal', message: String(error) } });
      return 'failed';
    }
    const { detail } = error;
    if (detail.kind === 'network') {
      this.status.update({ online: false, lastError: { code: 'network', message: detail.message } });
      return 'offline';
    }
    if (detail.kind === 'busy') {
      this.retryAfterMs = detail.retryAfterMs;
      this.status.update({ online: true, lastError: { code: 'busy', message: detail.message } });
      return 'busy';
    }
    if (detail.kind === 'unauthorized') {
      this.status.update({ online: true, needsSignIn: true, lastError: null });
      return 'needsSignIn';
    }
    const code: SyncErrorCode =
      detail.kind === 'tooManyAttempts'
        ? 'tooManyAttempts'
        : detail.kind === 'schemaMismatch'
          ? schemaMismatchCode(detail.serverSchemaVersion)
          : 'server';
    this.status.update({ online: true, lastError: { code, message: detail.message } });
    return 'failed';
  }

  /**
   * Cases outside this desk's scope, fetched from the server with the clerk's permissions and kept for
   * the day (renderer/sync/lookup.ts). Throws the server's refusal (SyncRequestError) or when offline.
   */
  async lookup(query: LookupQuery): Promise<string[]> {
    const http = await this.http();
    const session = await getSyncState(this.db, 'session');
    if (!http || !hasSession(session)) throw new Error('not signed in to a server');
    return lookupCases(this.db, http, session.token, query, this.options.now());
  }

  /** Marks the desk offline at once (the browser's `offline` event), without waiting for a failed run. */
  markOffline(): void {
    this.status.update({ online: false });
  }
}
