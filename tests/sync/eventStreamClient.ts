/** A plain server-sent-events reader for the server's tests: what arrived, and waiting for more. */
export type TestStream = {
  status: number;
  /** The JSON error body when the stream was refused. */
  refusal?: { error: string; message: string };
  headers: Headers;
  /** Event names in order of arrival (`ready`, `poke`; `comment` for a keep-alive), with their data. */
  events: { event: string; data: string }[];
  /** Resolves once `count` events named `event` arrived; rejects after `ms`. */
  waitFor(event: string, count?: number, ms?: number): Promise<void>;
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  close(): void;
};

export const openTestStream = async (
  api: string,
  token: string | undefined,
  query = '',
): Promise<TestStream> => {
  const abort = new AbortController();
  const response = await fetch(`${api}/sync/events${query ? `?${query}` : ''}`, {
    headers: { accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    signal: abort.signal,
  });
  const events: TestStream['events'] = [];
  const waiters = new Set<() => void>();
  if (!response.ok) {
    const refusal = (await response.json()) as { error: string; message: string };
    return {
      status: response.status,
      refusal,
      headers: response.headers,
      events,
      waitFor: () => Promise.reject(new Error(`stream refused: ${response.status}`)),
      ended: Promise.resolve(),
      close: () => undefined,
    };
  }
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const ended = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
          const data = lines.find((line) => line.startsWith('data: '))?.slice(6) ?? '';
          if (event) events.push({ event, data });
          else if (block.startsWith(':')) events.push({ event: 'comment', data: block.slice(1).trim() });
          for (const waiter of waiters) waiter();
        }
      }
    } catch {
      // Aborted by close().
    } finally {
      for (const waiter of waiters) waiter();
    }
  })();
  const count = (event: string) => events.filter((entry) => entry.event === event).length;
  return {
    status: response.status,
    headers: response.headers,
    events,
    ended,
    waitFor: (event, wanted = 1, ms = 5_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (count(event) >= wanted) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${wanted}× "${event}" within ${ms} ms: ${JSON.stringify(events)}`));
        }, ms);
        waiters.add(check);
        check();
      }),
    close: () => abort.abort(),
  };
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
