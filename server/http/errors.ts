import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error that is the client's to fix (or an auth/limit refusal): becomes `{ error, message }` JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: Readonly<Record<string, number | string | readonly string[]>> = {},
    /** e.g. Retry-After on 429 and 503. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const errorBody = (error: HttpError) => ({
  error: error.code,
  message: error.message,
  ...error.extra,
});
