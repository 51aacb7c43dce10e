// Bundles the main process and the preload into dist-electron/*.cjs. The preload runs sandboxed, where
// `require` only knows 'electron' and a few built-ins, so it must be one self-contained file.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const buildElectron = async () => {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: /** @type {const} */ ('node'),
    format: /** @type {const} */ ('cjs'),
    // Electron 45 ships Node 22.
    target: 'node22',
    external: ['electron'],
    sourcemap: /** @type {const} */ ('linked'),
    logLevel: /** @type {const} */ ('warning'),
    legalComments: /** @type {const} */ ('none'),
  };
  await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' });
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' });

  // Guard the sandbox rule above: a stray runtime import would only fail inside Electron, at start-up.
  const preload = readFileSync(path.join(root, 'dist-electron/preload.cjs'), 'utf8');
  const required = [...preload.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1]);
  const foreign = required.filter((name) => name !== 'electron');
  if (foreign.length > 0) {
    throw new Error(
      `preload.cjs requires ${foreign.join(', ')}; a sandboxed preload may require only electron`,
    );
  }
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron().then(
    () => console.log('dist-electron/main.cjs and dist-electron/preload.cjs built'),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
