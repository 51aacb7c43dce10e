/**
 * One statement taking the transaction-scoped advisory locks `keys` in the order given. The keys are
 * bigints written as literals, not parameters, so the statement can follow BEGIN in one simple-protocol
 * round trip (which has no parameters); a bigint prints as digits with an optional sign, nothing else.
 */
export const advisoryLocksSql = (keys: readonly bigint[]): string =>
  `SELECT pg_advisory_xact_lock(k) FROM unnest('{${keys.join(',')}}'::bigint[]) WITH ORDINALITY AS u(k, n) ORDER BY n`;
