import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../import/dataset.js';
import { importDataset, importPlans } from '../import/importer.js';
import { loadValidDataset } from '../import/loadDataset.js';
import type { Logger } from '../log/logger.js';
import type { Db } from '../neo4j/db.js';
import { recordSeedComplete, recordSeedFile, setupState } from '../repository/setupRepository.js';
import { recomputeSuggestions } from '../suggestions/recompute.js';
import { withSetupLock } from './lock.js';

/** One step of the seed: a file (or the registry pair), recorded once its transaction has committed. */
interface SeedUnit {
  readonly name: string;
  readonly fingerprint: string;
  /** Imports the unit and the units that follow it and can share its transactions (plan files), recording each as it commits; returns the names of the units it imported. */
  run(following: readonly SeedUnit[], record: (names: readonly string[]) => Promise<void>): Promise<readonly string[]>;
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
 * `plangraph seed`: loads the dataset into the graph, unit by unit (the registry, the plan
 * files, several to a transaction, then the alignments), recording each unit in the graph once
 * its transaction has committed, and the whole seed once every unit is in. A run that fails part-way leaves the
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
    const pending: SeedUnit[] = [];
    for (const unit of units) {
      const seeded = done.get(unit.name);
      if (seeded === undefined) pending.push(unit);
      else {
        report.skipped.push(unit.name);
        if (seeded !== unit.fingerprint) report.changed.push(unit.name);
      }
    }
    const fingerprints = new Map(pending.map((u) => [u.name, u.fingerprint]));
    const record = async (names: readonly string[]) => {
      for (const name of names) await recordSeedFile(db, name, fingerprints.get(name)!, owner);
    };
    for (let i = 0; i < pending.length; ) {
      progress(`seeding ${pending[i]!.name}`);
      const imported = await pending[i]!.run(pending.slice(i + 1), record);
      report.imported.push(...imported);
      i += imported.length;
    }
    if (report.changed.length) logger.warn('data files changed since they were seeded; `npm run import -- <file>` loads them again', { files: report.changed });
    // The suggested alignments compare what the plans hold: computed before the graph counts as seeded.
    if (report.imported.length) progress(`suggested alignments: ${(await recomputeSuggestions(db)).suggestions}`);
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
  const alone = (name: string) => async (_following: readonly SeedUnit[], record: (names: readonly string[]) => Promise<void>) => {
    await importDataset(db, dataset, { actor, plans: [] });
    await record([name]);
    return [name];
  };
  const plans = new Map(dataset.plans.map((plan) => [plan.file, plan]));
  // A plan file takes the plan files pending after it into its transactions (see importPlans).
  const planRun = (name: string) => async (following: readonly SeedUnit[], record: (names: readonly string[]) => Promise<void>) => {
    const end = following.findIndex((u) => !plans.has(u.name));
    const names = [name, ...(end === -1 ? following : following.slice(0, end)).map((u) => u.name)];
    await importPlans(db, names.map((n) => plans.get(n)!), dataset, { actor, committed: record });
    return names;
  };
  const registry = `${dataset.registry.file} + ${dataset.themes.file}`;
  return [
    { name: registry, fingerprint: digest(dataset.registry.file, dataset.themes.file), run: alone(registry) },
    ...dataset.plans.map((plan) => ({ name: plan.file, fingerprint: digest(plan.file), run: planRun(plan.file) })),
    { name: dataset.alignments.file, fingerprint: digest(dataset.alignments.file), run: alone(dataset.alignments.file) },
  ];
}
