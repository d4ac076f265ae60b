import { it, inject } from 'vitest';
import { loadSeedGraph } from './support/dataset.js';
import { openTestDatabase } from './support/neo4j.js';
import { graphState } from './domain/graphState.js';
it('measures', async () => {
  const db = openTestDatabase();
  for (let i = 0; i < 3; i++) { const t = Date.now(); await loadSeedGraph(db); console.log('restore', Date.now() - t); }
  let t = Date.now();
  console.log(await graphState(db), Date.now() - t);
  await db.close();
}, 600000);
