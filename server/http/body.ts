import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors';
import { cutDeepJson, maxJsonDepth } from './jsonDepth';

/**
 * Bytes we still read (and discard) past the limit before answering 413, so an ordinary client that
 * sends a too-large body gets the 413 instead of a connection reset. Beyond this we stop reading.
 */
const drainAllowance = 32 * 1024 * 1024;

const tooLarge = (limit: number) =>
  new HttpError(413, 'payload_too_large', `The request body is larger than ${limit} bytes.`);

const isJsonContentType = (value: string | undefined): boolean => {
  if (!value) return false;
  const mediaType = value.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
};

/**
 * What to do with JSON nested deeper than `maxJsonDepth`: `refuse` answers 400 for the whole body;
 * `cut` replaces the deep parts with `tooDeep`, for push, where one deep mutation must be rejected on
 * its own (its seq advancing) rather than block every mutation queued behind it.
 */
export type DeepJson = 'refuse' | 'cut';

/**
 * A request's body as the server reads it: the two headers that describe it and its bytes, read once.
 * Served by @hono/node-server the bytes come straight from Node's request (`incoming`): reading them
 * through the web `Request` built a Request, a stream adapter and a reader for every push, a tenth of
 * the server's CPU per push in a profile (docs/benchmarks.md, issue 9). `app.request` in tests has only
 * the Request.
 */
export type RequestBody = {
  header(name: 'content-type' | 'content-length'): string | undefined;
  /** Null when the request has no body. */
  bytes: AsyncIterable<Uint8Array> | null;
  /** The bytes were read already (nothing left to drain). */
  read: boolean;
};

/** Node's request when there is one (its `readableDidRead` says it was read), else the web Request's. */
export const requestBody = (request: Request, incoming: IncomingMessage | undefined): RequestBody => ({
  header: (name) => request.headers.get(name) ?? undefined,
  bytes: incoming ?? (request.body as AsyncIterable<Uint8Array> | null),
  get read() {
    return incoming ? incoming.readableDidRead : request.bodyUsed;
  },
});

/**
 * Reads a JSON body of at most `limit` bytes. The bytes are counted as they stream in: Content-Length
 * is only an early hint, a chunked or lying request is cut off all the same. The nesting depth is capped
 * here, at the edge, so nothing behind it can recurse itself into a stack overflow.
 */
export const readJsonBody = async (
  body: RequestBody,
  limit: number,
  deep: DeepJson = 'refuse',
): Promise<unknown> => {
  if (!isJsonContentType(body.header('content-type'))) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  const declared = Number(body.header('content-length'));
  const chunks = body.bytes?.[Symbol.asyncIterator]();
  if (Number.isFinite(declared) && declared > limit) {
    await drain(chunks, 0);
    throw tooLarge(limit);
  }
  const received: Uint8Array[] = [];
  let size = 0;
  if (chunks) {
    for (;;) {
      const next = await chunks.next().catch(() => {
        // The client went away or broke the upload mid-body: its request, not the server, failed
        // (this was logged as an internal error and answered 500 to nobody).
        throw new HttpError(400, 'invalid_request', 'The request body was cut off.');
      });
      if (next.done === true) break;
      const value = next.value;
      size += value.byteLength;
      if (size > limit) {
        await drain(chunks, size);
        throw tooLarge(limit);
      }
      received.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(received));
  } catch {
    throw new HttpError(400, 'bad_json', 'The request body is not valid UTF-8.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'bad_json', 'The request body is not valid JSON.');
  }
  if (cutDeepJson(value) && deep === 'refuse') {
    throw new HttpError(400, 'too_deep', `The request body nests deeper than ${maxJsonDepth} levels.`);
  }
  return value;
};

/**
 * Reads and drops a body the server refuses without looking at it (503 from the admission gate), at
 * most `limit` bytes plus the drain allowance. Answering before the body is in leaves the rest on the
 * connection: @hono/node-server then gives it 500 ms to arrive before destroying the socket, which under
 * load turned refusals into resets at the desk (UND_ERR_SOCKET, ECONNRESET) instead of a 503 it honours.
 */
export const discardBody = async (body: RequestBody, limit: number): Promise<void> => {
  if (body.read) return;
  const declared = Number(body.header('content-length'));
  // More than we would ever read: the 503 goes out at once and the connection is closed after it.
  if (Number.isFinite(declared) && declared > limit + drainAllowance) return;
  await drain(body.bytes?.[Symbol.asyncIterator](), 0);
};

/** Reads on to the drain allowance, then stops reading (the rest of the body is refused with the socket). */
const drain = async (chunks: AsyncIterator<Uint8Array> | undefined, already: number): Promise<void> => {
  if (!chunks) return;
  let size = already;
  try {
    while (size <= drainAllowance) {
      const next = await chunks.next();
      if (next.done === true) return;
      size += next.value.byteLength;
    }
    await chunks.return?.();
  } catch {
    // The client went away; the 413 is all it would have got anyway.
  }
};
