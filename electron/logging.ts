import fs from 'node:fs';
import path from 'node:path';

export type Logger = {
  info: (message: string) => void;
  error: (message: string, error?: unknown) => void;
};

const MAX_LOG_BYTES = 5 * 1024 * 1024;

const describe = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);

/**
 * Appends to <logs>/main.log; one earlier file is kept as main.old.log so a clerk's machine never fills up.
 * Writes are synchronous on purpose: the lines that matter most are the ones just before a crash.
 */
export const createFileLogger = (logDirectory: string, now: () => Date = () => new Date()): Logger => {
  const file = path.join(logDirectory, 'main.log');
  const write = (level: string, message: string) => {
    const line = `${now().toISOString()} ${level} ${message.replace(/\r?\n/g, '\n  ')}\n`;
    try {
      fs.mkdirSync(logDirectory, { recursive: true });
      if ((fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) > MAX_LOG_BYTES) {
        fs.renameSync(file, path.join(logDirectory, 'main.old.log'));
      }
      fs.appendFileSync(file, line, 'utf8');
    } catch {
      // Logging must never take the app down; stderr is the last resort.
      process.stderr.write(line);
    }
  };
  return {
    info: (message) => write('INFO', message),
    error: (message, error) =>
      write('ERROR', error === undefined ? message : `${message}: ${describe(error)}`),
  };
};
