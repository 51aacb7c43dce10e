import type { Server } from 'node:http';

export declare const mimeTypeFor: (filePath: string) => string;

export declare const resolveRequestPath: (
  root: string,
  target: string,
) => { filePath: string } | { status: 400 | 403 };

export type StaticServerOptions = {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
  /** When the port is taken, listen on a free one instead of failing. */
  fallbackToFreePort?: boolean;
};

export type StaticServer = { url: string; port: number; server: Server; close: () => Promise<void> };

/** Serves a built single-page app from `dir` on loopback (see static-server.mjs). */
export declare const serveStatic: (dir: string, options?: StaticServerOptions) => Promise<StaticServer>;
