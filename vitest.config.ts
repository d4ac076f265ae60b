import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Three projects, run side by side:
 * - unit: pure logic, no database (`*.unit.test.ts`, configuration, the data files); in parallel.
 * - integration: the real service against ONE shared Neo4j (started by globalSetup unless
 *   NEO4J_URI is set). Files reset or import data, so they run one after another.
 * - embedded: tests that start, kill and restart embedded Neo4j JVMs of their own; they touch
 *   no shared data, so they run beside the integration files.
 */
const EMBEDDED = ['test/neo4j/embeddedNeo4j.test.ts', 'test/neo4j/supervision.test.ts'];
const UNIT = ['test/**/*.unit.test.ts', 'test/config/**/*.test.ts', 'test/data/**/*.test.ts'];

export default defineConfig({
  resolve: {
    // graphql ships an ES build (index.mjs) beside its CommonJS one; Node, Apollo Server and
    // type-graphql load the CommonJS one, so the sources must too: two instances of graphql
    // refuse each other's types and errors.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    pool: 'forks',
    // No timing in tests: bounds are generous and only stop a hung run.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    teardownTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: [...UNIT, ...EMBEDDED], globalSetup: ['test/support/globalSetup.ts'], fileParallelism: false },
      },
      { extends: true, test: { name: 'embedded', include: EMBEDDED, fileParallelism: false } },
    ],
  },
});
