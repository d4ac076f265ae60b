import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j for the whole run (started by globalSetup unless NEO4J_URI is set). Test
    // files that reset or import data must not interleave, so files run one after another.
    globalSetup: ['test/support/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 300_000,
    teardownTimeout: 120_000,
  },
});
