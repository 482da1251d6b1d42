import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Test files wherever they are: next to the code in src/, in evals/, and in test/.
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', '.cache/**', 'data/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { LANCEDB_LOG: 'error' },
  },
});
