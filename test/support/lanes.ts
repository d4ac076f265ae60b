/**
 * Lanes of integration files: the files of a lane run one after another on the lane's own
 * Neo4j (they reset or import data, so two files never share one); with several lanes they run
 * side by side (see vitest.config.ts), a file's lane being its worker's VITEST_POOL_ID.
 */
// One lane for now. A worker's VITEST_POOL_ID is not a safe lane: vitest 4 hands out 0 when the
// id of a worker that has finished its file is not freed yet, and that file then shares the
// lane of a running one (seen as commits from another file). Two lanes need a lane lock.
export const TEST_LANES: number = 1;

/** The lane of this test file (0-based). */
export function laneOfThisFile(lanes: number): number {
  const id = Number(process.env.VITEST_POOL_ID ?? '1');
  return (Number.isInteger(id) && id > 0 ? id - 1 : 0) % lanes;
}
