import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../import/dataset.js';
import { importDataset, importPlan } from '../import/importer.js';
import { loadValidDataset } from '../import/loadDataset.js';
import type { Logger } from '../log/logger.js';
import type { Db } from '../neo4j/db.js';
import { recordSeedComplete, recordSeedFile, setupState } from '../repository/setupRepository.js';
import { withSetupLock } from './lock.js';

/** One step of the seed: a file (or the registry pair) imported in its own transaction. */
interface SeedUnit {
  readonly name: string;
  readonly fingerprint: string;
  run(): Promise<unknown>;
}

export interface SeedReport {
  /** Units imported by this run, in order. */
  readonly imported: readonly string[];
  /** Units an earlier run had imported already. */
  readonly skipped: readonly string[];
  /** Units imported earlier whose file has changed since (not re-imported: see the README). */
  readonly changed: readonly string[];
}

/**
 * `plangraph seed`: loads the dataset into the graph, one unit at a time (the registry, each
 * plan file, then the alignments), recording each unit in the graph once its transaction has
 * committed, and the whole seed once every unit is in. A run that fails part-way leaves the
 * seed incomplete (readiness stays false); the next run imports only what is missing. Units
 * already imported are not imported again, even when their file has changed since, because an
 * import puts the file's wording back over edits made through the API: `plangraph import`
 * does that on purpose. Runs under the setup lock, so replicas never import at the same time.
 */
export async function seed(db: Db, dataDir: string, logger: Logger, options: { actor?: string; onProgress?: (message: string) => void } = {}): Promise<SeedReport> {
  const dataset = loadValidDataset(dataDir);
  const actor = options.actor ?? 'system:seed';
  const progress = options.onProgress ?? ((message: string) => logger.info(message));
  const units = seedUnits(db, dataset, actor);
  return withSetupLock(db, logger, async (owner) => {
    const state = await setupState(db);
    const done = new Map(state.seededFiles.map((entry) => [entry.slice(0, entry.lastIndexOf('@')), entry.slice(entry.lastIndexOf('@') + 1)]));
    const report = { imported: [] as string[], skipped: [] as string[], changed: [] as string[] };
    for (const unit of units) {
      const seeded = done.get(unit.name);
      if (seeded !== undefined) {
        report.skipped.push(unit.name);
        if (seeded !== unit.fingerprint) report.changed.push(unit.name);
        continue;
      }
      progress(`seeding ${unit.name}`);
      await unit.run();
      await recordSeedFile(db, unit.name, unit.fingerprint, owner);
      report.imported.push(unit.name);
    }
    if (report.changed.length) logger.warn('data files changed since they were seeded; `npm run import -- <file>` loads them again', { files: report.changed });
    if (report.imported.length || !state.seedComplete) await recordSeedComplete(db, owner);
    return report;
  });
}

export async function isSeeded(db: Db): Promise<boolean> {
  return (await setupState(db)).seedComplete;
}

function seedUnits(db: Db, dataset: Dataset, actor: string): SeedUnit[] {
  const digest = (...files: string[]) => {
    const hash = crypto.createHash('sha256');
    for (const file of files) hash.update(fs.readFileSync(path.join(dataset.dir, file)));
    return hash.digest('hex').slice(0, 16);
  };
  // importDataset with no plans imports the registry, and those alignments whose ends are in
  // the graph: before the plans none, after them all.
  const registryAndAlignments = () => importDataset(db, dataset, { actor, plans: [] });
  return [
    { name: `${dataset.registry.file} + ${dataset.themes.file}`, fingerprint: digest(dataset.registry.file, dataset.themes.file), run: registryAndAlignments },
    ...dataset.plans.map((plan) => ({ name: plan.file, fingerprint: digest(plan.file), run: () => importPlan(db, plan, dataset, { actor }) })),
    { name: dataset.alignments.file, fingerprint: digest(dataset.alignments.file), run: registryAndAlignments },
  ];
}
