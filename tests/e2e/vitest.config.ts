import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end runs one real Chromium at a time against the built renderer (dist/renderer): files run in
// sequence so two browsers never fight over the 2 cores of a CI machine and timings stay stable.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
