import type { Database } from './types';

/**
 * Ordered, append-only: a shipped migration is never edited, a change is a new entry. The same SQL runs
 * on PostgreSQL and PGlite.
 */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE departments (
        id text PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        bureau text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE staff (
        id text PRIMARY KEY,
        username text NOT NULL UNIQUE,
        name text NOT NULL,
        roles jsonb NOT NULL,
        department_id text NOT NULL REFERENCES departments (id),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- Only a hash of each bearer token is kept: a leaked table does not leak sessions.
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        staff_id text NOT NULL REFERENCES staff (id),
        device_id text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_expires_at ON sessions (expires_at);
      -- A client (one desk's outbox) is bound to the device of the first token that pushed it.
      CREATE TABLE clients (
        client_id text PRIMARY KEY,
        device_id text NOT NULL,
        last_seq bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      -- The one global version counter; pushes take an advisory lock before touching it.
      CREATE TABLE version_counter (
        id integer PRIMARY KEY CHECK (id = 1),
        value bigint NOT NULL
      );
      INSERT INTO version_counter (id, value) VALUES (1, 0);
      CREATE TABLE rows (
        table_name text NOT NULL,
        id text NOT NULL,
        department_id text,
        version bigint NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        fields jsonb NOT NULL,
        -- field name -> { v: version, s: staff id, n: staff name, c: client id } of its last change
        field_versions jsonb NOT NULL,
        updated_by text NOT NULL,
        updated_client text NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (table_name, id)
      );
      CREATE UNIQUE INDEX rows_version ON rows (version);
      CREATE INDEX rows_department_version ON rows (department_id, version);
      CREATE TABLE conflicts (
        id bigserial PRIMARY KEY,
        table_name text NOT NULL,
        row_id text NOT NULL,
        field text NOT NULL,
        client_id text NOT NULL,
        staff_id text NOT NULL,
        mutation_id text NOT NULL,
        base_version bigint NOT NULL,
        version bigint NOT NULL,
        their_value jsonb,
        their_by text NOT NULL,
        their_version bigint NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE TABLE rejections (
        id bigserial PRIMARY KEY,
        client_id text NOT NULL,
        staff_id text NOT NULL,
        seq bigint NOT NULL,
        mutation_id text,
        table_name text,
        row_id text,
        reason text NOT NULL,
        message text NOT NULL,
        mutation jsonb NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE TABLE login_attempts (
        id bigserial PRIMARY KEY,
        username text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL
      );
      CREATE INDEX login_attempts_lookup ON login_attempts (username, ip, at);
    `,
  },
  {
    version: 2,
    name: 'conflicts addressed to the overwritten client',
    sql: `
      -- Who was overwritten (their clientId), the value that replaced theirs and the winner's name, so
      -- the overwritten desk is told on pull too, not only the desk whose write won.
      ALTER TABLE conflicts ADD COLUMN overwritten_client_id text;
      ALTER TABLE conflicts ADD COLUMN new_value jsonb;
      ALTER TABLE conflicts ADD COLUMN new_by text;
      CREATE INDEX conflicts_overwritten ON conflicts (overwritten_client_id, version);
    `,
  },
  {
    version: 3,
    name: 'halls and windows',
    sql: `
      -- Reference data an operator defines (add-hall, add-window); desks fetch it at sign-in (GET /org).
      CREATE TABLE halls (
        id text PRIMARY KEY,
        department_id text NOT NULL REFERENCES departments (id),
        name text NOT NULL,
        address text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX halls_department ON halls (department_id);
      CREATE TABLE windows (
        id text PRIMARY KEY,
        hall_id text NOT NULL REFERENCES halls (id),
        number integer NOT NULL,
        label text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (hall_id, number)
      );
    `,
  },
  {
    version: 4,
    name: 'replication scope keys',
    sql: `
      -- Each row's replication keys (shared/sync/scope.ts), computed from its fields when it is written,
      -- so a scoped pull filters on indexed columns instead of reading every row's JSON. NULL day: no
      -- window (kept whole). current_from is the first version at which the row was current, and
      -- current_until the version that last ended a current spell (a case closed): a desk whose cursor
      -- lies between them held the row because it was current and is sent the version that ended it;
      -- a desk that never held it is not.
      ALTER TABLE rows ADD COLUMN hall_id text;
      ALTER TABLE rows ADD COLUMN scope_day date;
      ALTER TABLE rows ADD COLUMN scope_current boolean NOT NULL DEFAULT false;
      ALTER TABLE rows ADD COLUMN current_from bigint;
      ALTER TABLE rows ADD COLUMN current_until bigint;
      -- Rows written before this migration, by the rules of the tables that existed then.
      UPDATE rows SET hall_id = fields->>'hallId', scope_day = (fields->>'day')::date,
             scope_current = NOT deleted AND fields->>'status' IN ('started', 'inProgress', 'needsSupplement'),
             current_from = CASE WHEN NOT deleted AND fields->>'status' IN ('started', 'inProgress', 'needsSupplement')
                                 THEN version END
       WHERE table_name = 'cases';
      UPDATE rows SET scope_day = ((updated_at AT TIME ZONE 'UTC') + interval '8 hours')::date,
             scope_current = NOT deleted AND (fields->>'published')::boolean IS TRUE,
             current_from = CASE WHEN NOT deleted AND (fields->>'published')::boolean IS TRUE THEN version END
       WHERE table_name = 'items';
      CREATE INDEX rows_scope_hall ON rows (department_id, hall_id, scope_day, version);
      CREATE INDEX rows_scope_day ON rows (department_id, scope_day, version);
      CREATE INDEX rows_scope_current ON rows (department_id, version) WHERE scope_current;
      CREATE INDEX rows_current_until ON rows (department_id, current_until) WHERE current_until IS NOT NULL;
      -- Out-of-window look-ups (a return visit's 一次性告知书 number, an ID number, a name).
      CREATE INDEX rows_case_notice ON rows ((fields->'supplementNotice'->>'number')) WHERE table_name = 'cases';
      CREATE INDEX rows_case_id_number ON rows ((fields->>'applicantIdNumber')) WHERE table_name = 'cases';
      CREATE INDEX rows_case_applicant ON rows ((fields->>'applicantName')) WHERE table_name = 'cases';
    `,
  },
  {
    version: 5,
    name: 'replication: kept everywhere',
    sql: `
      -- scope_current now means "kept by its hall's desks whatever its day" (an open case);
      -- scope_everywhere "kept by every desk of the department" (a case awaiting its return visit).
      -- everywhere_from/until track spells of the latter as current_from/until do of the former.
      ALTER TABLE rows ADD COLUMN scope_everywhere boolean NOT NULL DEFAULT false;
      ALTER TABLE rows ADD COLUMN everywhere_from bigint;
      ALTER TABLE rows ADD COLUMN everywhere_until bigint;
      UPDATE rows SET scope_everywhere = scope_current AND fields->>'status' = 'needsSupplement',
             everywhere_from = CASE WHEN scope_current AND fields->>'status' = 'needsSupplement' THEN version END
       WHERE table_name = 'cases';
      UPDATE rows SET scope_everywhere = scope_current, everywhere_from = current_from,
             everywhere_until = current_until
       WHERE table_name = 'items';
      DROP INDEX rows_scope_current;
      CREATE INDEX rows_scope_current ON rows (department_id, hall_id, version) WHERE scope_current;
      CREATE INDEX rows_scope_everywhere ON rows (department_id, version) WHERE scope_everywhere;
      CREATE INDEX rows_everywhere_until ON rows (department_id, everywhere_until) WHERE everywhere_until IS NOT NULL;
    `,
  },
  {
    version: 6,
    name: 'login limits',
    sql: `
      -- rate-limiter-flexible's PostgreSQL store (its own CREATE TABLE, so both backends have it before
      -- the first login). Attempts are counted here before the password is checked, atomically; the old
      -- table was read, then the hash checked, then written, so parallel guesses all passed the check.
      CREATE TABLE login_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
      CREATE INDEX login_limits_expire ON login_limits (expire);
      DROP TABLE login_attempts;
    `,
  },
  {
    version: 7,
    name: 'server epoch',
    sql: `
      -- Which history the desks talk to: replaced (rotateEpoch) when the database is restored from a
      -- backup, so desks that saw the lost versions send their work again. base_version is the counter
      -- when the epoch began.
      CREATE TABLE server_epoch (
        id integer PRIMARY KEY CHECK (id = 1),
        epoch text NOT NULL,
        base_version bigint NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO server_epoch (id, epoch, base_version)
        SELECT 1, gen_random_uuid()::text, value FROM version_counter WHERE id = 1;
      -- Which mutation each counted seq of a client was, so a replay of the same mutation (duplicate)
      -- can be told from a different one at a seq already counted (a desk rolled back or cloned).
      CREATE TABLE client_mutations (
        client_id text NOT NULL,
        seq bigint NOT NULL,
        mutation_id text NOT NULL,
        PRIMARY KEY (client_id, seq)
      );
      CREATE INDEX client_mutations_id ON client_mutations (client_id, mutation_id);
      CREATE INDEX rejections_client_mutation ON rejections (client_id, mutation_id);
    `,
  },
  {
    version: 8,
    name: 'device secrets and disabled staff',
    sql: `
      -- A desk proves its deviceId with a secret issued at its first sign-in (only a hash is kept), so
      -- a clientId bound to that device is usable only by that desk.
      CREATE TABLE devices (
        device_id text PRIMARY KEY,
        secret_hash text NOT NULL,
        created_at timestamptz NOT NULL
      );
      -- disable-staff: the person's sessions are deleted and their sign-ins refused.
      ALTER TABLE staff ADD COLUMN disabled_at timestamptz;
    `,
  },
  {
    version: 9,
    name: 'hall level',
    sql: `
      -- 市/县/乡镇 of a hall: a 乡镇 window collects and forwards what the county decides (低保), and an
      -- item is accepted only at the levels its guide names. NULL: a hall set up before, read as city.
      ALTER TABLE halls ADD COLUMN level text;
    `,
  },
  {
    version: 10,
    name: 'audit log',
    sql: `
      -- Security events (server/audit/auditLog.ts). Append-only: no UPDATE ever, and DELETE only by the
      -- retention purge (which sets oncedesk.audit_purge for its own transaction) and only of entries
      -- older than the 180-day legal floor.
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        event text NOT NULL,
        staff_id text,
        username text,
        ip text,
        request_id text,
        detail jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE INDEX audit_log_staff ON audit_log (staff_id, at);
      CREATE INDEX audit_log_username ON audit_log (username, at);
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE'
           AND current_setting('oncedesk.audit_purge', true) = 'on'
           AND OLD.at < now() - interval '180 days' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only';
      END;
      $$;
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
    `,
  },
  {
    version: 11,
    name: 'who signed in on which device',
    sql: `
      -- Every proven sign-in (a device that showed its secret), so a push may name as a mutation's author
      -- only someone who sat at that desk: after 换人 the previous clerk's pending work keeps their name,
      -- and no desk pushes work under the name of a person who never signed in there.
      CREATE TABLE device_staff (
        device_id text NOT NULL,
        staff_id text NOT NULL REFERENCES staff (id),
        first_at timestamptz NOT NULL,
        last_at timestamptz NOT NULL,
        PRIMARY KEY (device_id, staff_id)
      );
      -- Sign-ins before this migration, as far as they are known: live sessions and the audit log's
      -- successful sign-ins, on devices that have a secret.
      INSERT INTO device_staff (device_id, staff_id, first_at, last_at)
        SELECT known.device_id, known.staff_id, min(known.at), max(known.at)
          FROM (SELECT s.device_id, s.staff_id, s.created_at AS at FROM sessions s
                UNION ALL
                SELECT a.detail->>'deviceId', a.staff_id, a.at FROM audit_log a
                 WHERE a.event = 'login_succeeded' AND a.staff_id IS NOT NULL
                   AND a.detail->>'deviceId' IS NOT NULL) AS known
          JOIN devices d ON d.device_id = known.device_id
          JOIN staff st ON st.id = known.staff_id
         GROUP BY known.device_id, known.staff_id;
    `,
  },
  {
    version: 12,
    name: 'conflicts of a delete over an edit',
    sql: `
      -- A delete that removed another desk's change made after the deleter's base: both desks are told
      -- (the deleter in its push result, the editor on pull), worded as a delete, not as a new value.
      ALTER TABLE conflicts ADD COLUMN row_deleted boolean NOT NULL DEFAULT false;
    `,
  },
  {
    version: 13,
    name: 'conflicts of an edit over a delete',
    sql: `
      -- An edit refused because another desk had deleted the row: the editor keeps it as a rejection,
      -- and the deleter is told on pull who wanted to change what (docs/sync.md, "A delete over an edit").
      ALTER TABLE conflicts ADD COLUMN edit_refused boolean NOT NULL DEFAULT false;
    `,
  },
  {
    version: 14,
    name: 'refusals raised by a statement',
    sql: `
      -- A push's write commits in the same round trip (server/sync/pushWrite.ts): what must stop it from
      -- committing is checked in the statement itself, which fails through this.
      CREATE FUNCTION oncedesk_refuse(reason text) RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = 'OD001', MESSAGE = reason;
      END
      $$;
    `,
  },
];

export const latestMigration = migrations.reduce((max, m) => Math.max(max, m.version), 0);

/** Serializes concurrent start-ups: only one process applies pending migrations. */
const migrationLockKey = 0x4f4e4344;

export const migrate = async (db: Database): Promise<void> => {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const applied = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(applied.rows.map((row) => Number(row.version)));
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
  });
};
