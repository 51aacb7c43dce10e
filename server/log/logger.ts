import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Last line of defence: whatever a log call was handed, a bearer token, a password field or a resident
 * ID number never reaches the log file (网络安全法: logs are kept for months and read by many). Paths
 * are redacted by name first; this catches the same secrets inside free text (an error message that
 * quoted a header or a field).
 */
const idNumber =
  /(?<![0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])/g;
const bearer = /Bearer\s+[A-Za-z0-9._~+/=-]+/gi;
const secretField =
  /("(?:password|token|newPassword|secret|deviceSecret|idNumber|authorization)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

export const scrubLogLine = (line: string): string =>
  line
    .replace(bearer, 'Bearer [redacted]')
    .replace(secretField, '$1"[redacted]"')
    .replace(idNumber, '[id-number]');

const redactPaths = [
  'password',
  'token',
  'idNumber',
  'applicantIdNumber',
  '*.password',
  '*.token',
  '*.idNumber',
  '*.applicantIdNumber',
  'headers.authorization',
  '*.headers.authorization',
];

export type LoggerOptions = {
  /** `LOG_LEVEL`, default info; `silent` in tests. */
  level?: string;
  /** Default stdout. Tests pass a collecting stream. */
  destination?: DestinationStream;
};

/** One JSON object per line (pino), so a log shipper or `jq` reads it without parsing prose. */
export const createLogger = (options: LoggerOptions = {}): Logger =>
  pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { pid: process.pid },
      redact: { paths: redactPaths, censor: '[redacted]' },
      hooks: { streamWrite: scrubLogLine },
    },
    options.destination ?? pino.destination({ fd: 1, sync: false }),
  );

export const silentLogger = (): Logger => pino({ level: 'silent' });
