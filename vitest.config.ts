import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships an ES build (index.mjs) beside its CommonJS one; Node, Apollo Server and
    // type-graphql load the CommonJS one, so the sources must too: two instances of graphql
    // refuse each other's types and errors.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
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
