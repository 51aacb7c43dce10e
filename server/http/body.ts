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
 * Reads a JSON body of at most `limit` bytes. The bytes are counted as they stream in: Content-Length
 * is only an early hint, a chunked or lying request is cut off all the same. The nesting depth is capped
 * here, at the edge, so nothing behind it can recurse itself into a stack overflow.
 */
export const readJsonBody = async (
  request: Request,
  limit: number,
  deep: DeepJson = 'refuse',
): Promise<unknown> => {
  if (!isJsonContentType(request.headers.get('content-type') ?? undefined)) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  const declared = Number(request.headers.get('content-length'));
  const body = request.body;
  if (Number.isFinite(declared) && declared > limit) {
    await drain(body, 0);
    throw tooLarge(limit);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (body) {
    const reader = body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    for (;;) {
      const { done, value } = await reader.read().catch(() => {
        // The client went away or broke the upload mid-body: its request, not the server, failed
        // (this was logged as an internal error and answered 500 to nobody).
        throw new HttpError(400, 'invalid_request', 'The request body was cut off.');
      });
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await drainReader(reader, size);
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
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
export const discardBody = async (request: Request, limit: number): Promise<void> => {
  if (request.bodyUsed) return;
  const declared = Number(request.headers.get('content-length'));
  // More than we would ever read: the 503 goes out at once and the connection is closed after it.
  if (Number.isFinite(declared) && declared > limit + drainAllowance) return;
  await drain(request.body, 0);
};

const drain = async (body: ReadableStream<Uint8Array> | null, already: number): Promise<void> => {
  if (body) await drainReader(body.getReader(), already);
};

const drainReader = async (
  reader: ReadableStreamDefaultReader<Uint8Array>,
  already: number,
): Promise<void> => {
  let size = already;
  try {
    while (size <= drainAllowance) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
    }
    await reader.cancel();
  } catch {
    // The client went away; the 413 is all it would have got anyway.
  }
};
