import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { AdminError } from '../admin';

export type TlsFiles = { cert: Buffer; key: Buffer };

/**
 * Reads and checks `TLS_CERT` / `TLS_KEY` before anything starts: a key that does not belong to the
 * certificate would otherwise surface as an opaque handshake failure on every desk, long after the
 * operator walked away from a server that "started fine".
 */
export const readTlsFiles = (
  certPath: string | undefined,
  keyPath: string | undefined,
  now: Date,
): TlsFiles | undefined => {
  if (!certPath && !keyPath) return undefined;
  if (!certPath || !keyPath) {
    throw new AdminError('Set both TLS_CERT and TLS_KEY (PEM files), or neither for plain HTTP.');
  }
  const read = (what: string, path: string): Buffer => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new AdminError(`Cannot read ${what} "${path}": ${(error as Error).message}`);
    }
  };
  const cert = read('TLS_CERT', certPath);
  const key = read('TLS_KEY', keyPath);
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(cert);
  } catch {
    throw new AdminError(`TLS_CERT "${certPath}" is not a PEM certificate.`);
  }
  let privateKey: ReturnType<typeof createPrivateKey>;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new AdminError(
      `TLS_KEY "${keyPath}" is not a PEM private key (an encrypted key is not supported).`,
    );
  }
  if (!certificate.checkPrivateKey(privateKey)) {
    throw new AdminError(
      `TLS_KEY "${keyPath}" does not match the certificate in TLS_CERT "${certPath}"; nothing was started.`,
    );
  }
  // The same check node:https makes, now rather than at the first connection.
  createSecureContext({ cert, key });
  if (new Date(certificate.validTo).getTime() < now.getTime()) {
    throw new AdminError(`The certificate in TLS_CERT "${certPath}" expired on ${certificate.validTo}.`);
  }
  return { cert, key };
};
