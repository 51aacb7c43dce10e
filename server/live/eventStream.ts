import type { LiveHub, LiveStream } from './hub';
import type { StreamAudience } from './pokeMatch';

export type StreamTiming = {
  /** A comment line this often keeps proxies (nginx, the hall's firewall) from closing an idle stream. */
  keepAliveMs: number;
  /**
   * A stream is ended after a random time in this range; the desk opens another at once. So a revoked
   * or expired token stops streaming within minutes (it is checked at every open), and after a restart
   * or scale-up the streams spread over all processes instead of staying where they first landed.
   */
  lifetimeMs: { min: number; max: number };
};

export const defaultStreamTiming: StreamTiming = {
  keepAliveMs: 25_000,
  lifetimeMs: { min: 10 * 60_000, max: 15 * 60_000 },
};

const encoder = new TextEncoder();
/** Said once on open: the desk pulls then, catching up on what changed while it had no stream. */
const ready = encoder.encode('event: ready\ndata: {}\n\n');
/** A poke carries no row data: the desk's pull, with its own permissions, fetches what changed. */
const poke = encoder.encode('event: poke\ndata: {}\n\n');
const keepAlive = encoder.encode(': keep-alive\n\n');

/**
 * `GET /sync/events`: a server-sent-events stream registered with the hub until the desk goes away,
 * the lifetime ends or the server stops. Throws the hub's refusal (too many streams) before anything
 * is sent, so it is an ordinary JSON error answer.
 */
export const openEventStream = (
  hub: LiveHub,
  audience: StreamAudience & Pick<LiveStream, 'staffId' | 'tokenHash' | 'roles'>,
  signal: AbortSignal,
  timing: StreamTiming = defaultStreamTiming,
  random: () => number = Math.random,
): Response => {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let ended = false;
  const timers: NodeJS.Timeout[] = [];
  const send = (chunk: Uint8Array) => {
    if (ended || !controller) return;
    try {
      controller.enqueue(chunk);
    } catch {
      end();
    }
  };
  const remove = hub.open({
    ...audience,
    poke: () => send(poke),
    close: () => end(true),
  });
  function end(closeBody = false) {
    if (ended) return;
    ended = true;
    for (const timer of timers) clearInterval(timer);
    signal.removeEventListener('abort', onAbort);
    remove();
    if (closeBody) {
      try {
        controller?.close();
      } catch {
        // Already closed or cancelled by the client.
      }
    }
  }
  const onAbort = () => end();
  signal.addEventListener('abort', onAbort);

  const body = new ReadableStream<Uint8Array>({
    start: (streamController) => {
      controller = streamController;
      streamController.enqueue(ready);
      const { min, max } = timing.lifetimeMs;
      timers.push(setInterval(() => send(keepAlive), timing.keepAliveMs));
      timers.push(setTimeout(() => end(true), min + random() * (max - min)));
      for (const timer of timers) timer.unref();
    },
    cancel: () => end(),
  });
  if (signal.aborted) end();
  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      // nginx: pass each event on at once instead of filling a buffer.
      'x-accel-buffering': 'no',
    },
  });
};
