import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../../scripts/static-server.mjs';

export type { StaticServer };

export const rendererDist = join(process.cwd(), 'dist', 'renderer');

/**
 * Serves the renderer built by `npm run build:renderer` (the test:e2e script builds it first) on
 * 127.0.0.1 with an ephemeral port, through the same server `npm start` uses in browser mode.
 */
export const serveBuiltApp = async (): Promise<StaticServer> => {
  if (!existsSync(join(rendererDist, 'index.html')))
    throw new Error(`${rendererDist}/index.html is missing: run \`npm run build:renderer\` first`);
  return serveStatic(rendererDist, { host: '127.0.0.1', port: 0 });
};
