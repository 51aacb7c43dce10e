/**
 * Salted slow hashes of secrets kept on the desk: the offline unlock's password verifier (auth.ts) and a
 * standalone desk's personal PINs (features/lock/deskPins.ts). PBKDF2-HMAC-SHA256 from WebCrypto, a
 * random 16-byte salt per secret, so a copied profile gives away no secret without a guess per salt.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; an offline unlock takes a fraction of a second. */
export const defaultPbkdf2Iterations = 600_000;

export type SecretVerifier = { salt: string; iterations: number; hash: string };

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

const derive = async (secret: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> => {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
};

/** Compares without an early exit, so timing does not tell how much of a guess was right. */
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a[index]! ^ b[index]!;
  return difference === 0;
};

export const makeVerifier = async (
  secret: string,
  iterations = defaultPbkdf2Iterations,
): Promise<SecretVerifier> => {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(secret, salt, iterations);
  return { salt: toBase64(salt), iterations, hash: toBase64(hash) };
};

export const matchesVerifier = async (secret: string, verifier: SecretVerifier): Promise<boolean> => {
  const hash = await derive(secret, fromBase64(verifier.salt), verifier.iterations);
  return sameBytes(hash, fromBase64(verifier.hash));
};
