import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { TEST_LANES } from './test/support/lanes.js';

const require = createRequire(import.meta.url);

/**
 * Three projects, their files run side by side in WORKERS workers:
 * - unit: pure logic, no database (`*.unit.test.ts`, configuration, the data files).
 * - integration: the real service against a real Neo4j, one per lane (started by globalSetup
 *   unless NEO4J_URI is set): files reset or import data, so the files of a lane (a worker) run
 *   one after another on its Neo4j (test/support/lanes.ts). With one lane, one worker runs them
 *   all, keeping the modules it has loaded from file to file (isolate: false: loading the
 *   service's modules again for every file cost seconds per file); they run after the other
 *   projects (groupOrder 1), while globalSetup starts their Neo4j and imports the dataset.
 * - embedded: tests that start, kill and restart embedded Neo4j JVMs of their own; they touch
 *   no shared data.
 */
const WORKERS = TEST_LANES === 1 ? 2 : TEST_LANES;
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
    maxWorkers: WORKERS,
    // No timing in tests: bounds are generous and only stop a hung run.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    teardownTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: [...UNIT, ...EMBEDDED], globalSetup: ['test/support/globalSetup.ts'], fileParallelism: TEST_LANES > 1, isolate: false, sequence: { groupOrder: 1 } },
      },
      // Their JVMs live seconds: the C1 compiler alone halves the CPU a Neo4j boot costs (the
      // integration Neo4j, which plans thousands of statements, keeps the full JIT).
      { extends: true, test: { name: 'embedded', include: EMBEDDED, env: { JAVA_TOOL_OPTIONS: '-XX:TieredStopAtLevel=1' } } },
    ],
  },
});
