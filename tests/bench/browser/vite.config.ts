import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The bench page is built into the bench's own app build (dist/bench-run/bench/) and served with the app,
// on the same origin, so it can fill the app's own IndexedDB before the app is loaded.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/bench/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../dist/bench-run/bench', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
