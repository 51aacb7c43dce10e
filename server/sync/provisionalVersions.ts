/**
 * A push applies its mutations with provisional versions, above any real one and in the same order,
 * and takes the real ones only at the end, under the version counter's lock (server/sync/pushWrite.ts):
 * a small push in the statement that writes its rows, which maps them there.
 */
export const provisionalBase = 2 ** 52;

/** A provisional version (from this push) as the real one, once the first real version is known. */
export const realVersion = (version: number, first: number): number =>
  version > provisionalBase ? first + (version - provisionalBase - 1) : version;

/** `realVersion` in SQL: `shift` is the SQL of first - provisionalBase - 1. */
const realVersionSql = (version: string, shift: string): string =>
  `CASE WHEN ${version} > ${provisionalBase} THEN ${version} + ${shift} ELSE ${version} END`;

/** Field stamps (`{ field: { v, … } }`) with every provisional `v` made real, in SQL. */
const realStampsSql = (stamps: string, shift: string): string => `(
  SELECT COALESCE(jsonb_object_agg(f.key, CASE WHEN (f.value->>'v')::bigint > ${provisionalBase}
    THEN jsonb_set(f.value, '{v}', to_jsonb((f.value->>'v')::bigint + ${shift})) ELSE f.value END), '{}'::jsonb)
    FROM jsonb_each(${stamps}) AS f)`;

/**
 * A jsonb array of records (the SQL `source`) with the provisional versions under `versionKeys`, and
 * under `stampsKey` the field stamps' ones, made real, given `shift` as in `realVersionSql`.
 */
export const madeRealSql = (
  source: string,
  shift: string,
  versionKeys: readonly string[],
  stampsKey?: string,
): string => {
  const made = [
    ...versionKeys.map((key) => `'${key}', ${realVersionSql(`(e->>'${key}')::bigint`, shift)}`),
    ...(stampsKey ? [`'${stampsKey}', ${realStampsSql(`e->'${stampsKey}'`, shift)}`] : []),
  ];
  return `(SELECT COALESCE(jsonb_agg(e || jsonb_build_object(${made.join(', ')})), '[]'::jsonb)
             FROM jsonb_array_elements(${source}) AS e)`;
};
