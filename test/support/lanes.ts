/**
 * Lanes of integration files: the files of a lane run one after another on the lane's own
 * Neo4j (they reset or import data, so two files never share one), and the lanes run side by
 * side, as many as vitest has workers (see vitest.config.ts). A file's lane is its worker's
 * VITEST_POOL_ID. With NEO4J_URI set there is one database, so one lane.
 */
export const TEST_LANES = process.env.NEO4J_URI ? 1 : 2;

/** The lane of this test file (0-based). */
export function laneOfThisFile(lanes: number): number {
  const id = Number(process.env.VITEST_POOL_ID ?? '1');
  return (Number.isInteger(id) && id > 0 ? id - 1 : 0) % lanes;
}
