import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      '{shared,renderer,electron,server}/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'tests/sync/**/*.test.ts',
      'tests/certificates/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
