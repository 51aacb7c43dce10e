import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to one request:
 * - `pass`: forward it;
 * - `dropRequest`: cut the connection before the server sees it;
 * - `dropResponse`: forward it, let the server answer (and commit), then cut the connection;
 * - `duplicate`: send it to the server twice, answer with the second reply;
 * - `delay`: hold it for `ms` before forwarding (lets other clients' requests overtake it);
 * - `restart`: forward it and restart the server while it is being handled.
 */
export type Fault =
  | { kind: 'pass' }
  | { kind: 'dropRequest' }
  | { kind: 'dropResponse' }
  | { kind: 'duplicate' }
  | { kind: 'delay'; ms: number }
  | { kind: 'restart' };

export type FaultProxy = {
  url: string;
  /** Faults for the next requests whose path contains `pathPart`, used in order. */
  inject: (pathPart: string, ...faults: Fault[]) => void;
  clear: () => void;
  /** Like a reverse proxy with a lower limit than the contract's: larger bodies get 413 unread. */
  setMaxBodyBytes: (bytes: number | null) => void;
  close: () => Promise<void>;
};

type Upstream = { status: number; headers: IncomingMessage['headers']; body: Buffer };

const readAll = (stream: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });

const forward = (target: string, incoming: IncomingMessage, body: Buffer): Promise<Upstream> =>
  new Promise((resolve, reject) => {
    const url = new URL(incoming.url ?? '/', target);
    const headers = { ...incoming.headers, host: url.host, connection: 'close' };
    const outgoing = httpRequest(url, { method: incoming.method, headers }, (response) => {
      readAll(response)
        .then((bytes) =>
          resolve({ status: response.statusCode ?? 502, headers: response.headers, body: bytes }),
        )
        .catch(reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });

const reply = (response: ServerResponse, upstream: Upstream) => {
  const headers = { ...upstream.headers };
  delete headers['transfer-encoding'];
  delete headers.connection;
  response.writeHead(upstream.status, { ...headers, 'content-length': upstream.body.length });
  response.end(upstream.body);
};

const cut = (response: ServerResponse) => response.socket?.destroy();

/** A loopback HTTP proxy in front of the sync server that injects the faults it is told to. */
export const startFaultProxy = async (
  target: () => string,
  restartServer: () => Promise<void>,
): Promise<FaultProxy> => {
  const plans: { pathPart: string; faults: Fault[] }[] = [];
  const nextFault = (path: string): Fault => {
    const plan = plans.find((candidate) => path.includes(candidate.pathPart) && candidate.faults.length > 0);
    return plan?.faults.shift() ?? { kind: 'pass' };
  };

  let maxBodyBytes: number | null = null;

  const handle = async (incoming: IncomingMessage, response: ServerResponse) => {
    const body = await readAll(incoming);
    if (maxBodyBytes !== null && body.length > maxBodyBytes) {
      response.writeHead(413, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ error: 'payload_too_large', message: 'proxy limit' }));
    }
    const fault = nextFault(incoming.url ?? '');
    switch (fault.kind) {
      case 'dropRequest':
        return cut(response);
      case 'dropResponse':
        await forward(target(), incoming, body).catch(() => undefined);
        return cut(response);
      case 'duplicate': {
        await forward(target(), incoming, body).catch(() => undefined);
        return reply(response, await forward(target(), incoming, body));
      }
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        return reply(response, await forward(target(), incoming, body));
      case 'restart': {
        const pending = forward(target(), incoming, body).catch(() => null);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await restartServer();
        // Whatever the old process answered (if anything) is lost with it.
        await pending;
        return cut(response);
      }
      case 'pass':
        return reply(response, await forward(target(), incoming, body));
    }
  };

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch(() => cut(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    inject: (pathPart, ...faults) => plans.push({ pathPart, faults }),
    clear: () => plans.splice(0),
    setMaxBodyBytes: (bytes) => {
      maxBodyBytes = bytes;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
