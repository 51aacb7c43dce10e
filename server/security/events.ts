/**
 * Every refusal and lock-out the server decides goes through one function, `SecurityEvents`, so an
 * audit log (or an alert) hooks in at one place instead of at each check. Events carry who and from
 * where, never a password, token or device secret.
 */
export type SecurityEvent =
  | { kind: 'unauthenticated'; method: string; path: string; address: string }
  | { kind: 'login_failed'; username: string; address: string }
  | { kind: 'login_limited'; username: string; address: string; scope: LoginLimitScope }
  | { kind: 'login_busy'; address: string }
  | { kind: 'login_disabled'; username: string; address: string }
  | { kind: 'login_succeeded'; username: string; staffId: string; deviceId: string; address: string }
  | { kind: 'device_refused'; staffId: string; deviceId: string; address: string }
  | { kind: 'client_refused'; staffId: string; clientId: string; deviceId: string }
  | { kind: 'signed_out'; staffId: string; deviceId: string };

/**
 * Which limit a refused login hit: one account from one address, one account from anywhere, or one
 * address over any accounts (spraying a password across usernames).
 */
export type LoginLimitScope = 'accountAndAddress' | 'account' | 'address';

export type SecurityEvents = (event: SecurityEvent) => void;

export const ignoreSecurityEvents: SecurityEvents = () => undefined;
