import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveFolder, type StaticServer } from './staticServer';

export const rendererDist = join(process.cwd(), 'dist', 'renderer');

/** Serves the renderer built by `npm run build:renderer` (the test:e2e script builds it first). */
export const serveBuiltApp = async (): Promise<StaticServer> => {
  if (!existsSync(join(rendererDist, 'index.html')))
    throw new Error(`${rendererDist}/index.html is missing: run \`npm run build:renderer\` first`);
  return serveFolder(rendererDist);
};
