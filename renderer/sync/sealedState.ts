import type { SecretStore } from '../../shared/ipc/contract';

/** The syncState keys that must not sit readable on disk: they sign this desk in as its clerk. */
const secretKeys: ReadonlySet<string> = new Set(['session', 'deviceId', 'deviceSecret']);

/** How a sealed value is stored: the secret store's text, never the value itself. */
type Sealed = { sealed: string };

const isSealed = (value: unknown): value is Sealed =>
  typeof value === 'object' && value !== null && typeof (value as Partial<Sealed>).sealed === 'string';

/** The desktop shell's store (electron/preload.ts); absent in a browser, which keeps values as they are. */
export const shellSecretStore = (): SecretStore | undefined =>
  (globalThis as { oncedeskSecrets?: SecretStore }).oncedeskSecrets;

/**
 * What to store for `key`: sealed by the shell's store when the key is a secret and the store can seal
 * (docs/sync.md, "Secrets on the desk"); otherwise the value itself.
 */
export const sealFor = (key: string, value: unknown, store = shellSecretStore()): unknown => {
  if (!secretKeys.has(key) || store === undefined) return value;
  const sealed = store.seal(JSON.stringify(value));
  return sealed === null ? value : ({ sealed } satisfies Sealed);
};

/**
 * The stored value for `key`, opened. A value from before sealing (or from a browser) is read as it is
 * and sealed at its next write; one that cannot be opened here (another OS account, a copied profile) is
 * absent, so the clerk signs in again rather than the desk using what it cannot read.
 */
export const openFrom = (stored: unknown, store = shellSecretStore()): unknown => {
  if (!isSealed(stored)) return stored;
  const text = store?.open(stored.sealed) ?? null;
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};
