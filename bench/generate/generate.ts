import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { loadValidDataset } from '../../src/import/loadDataset.js';
import { PlanGenerator, type SharedPools } from './planGenerator.js';
import { PROFILES } from './profiles.js';
import { Random } from './random.js';
import * as words from './words.js';

/**
 * A dataset folder `scale` times the seed graph: the seed files unchanged (so every question
 * of the benchmark keeps its answer at every size), plus (scale - 1) × 5 synthetic plans shaped
 * like the five seed documents, published by many organisations, involving a shared pool of
 * institutions and tagging a fixed vocabulary of themes (both Zipf-distributed: a few hubs of
 * very high degree), with deep objective trees, long action lists, deliverables, SWOT items,
 * risk domains and curated alignments across organisations. Each synthetic plan has its own
 * source text, and every quote is checked by the real validator when the folder is imported.
 */
export const GENERATOR_VERSION = 2;
const SEED_PLANS = 5;
const INSTITUTIONS_PER_SCALE = 30;

export interface GenerateOptions {
  readonly scale: number;
  readonly seedDir: string;
  readonly outDir: string;
  readonly seed?: number;
}

function copyDir(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(to, f));
}

function writeYaml(file: string, value: unknown): void {
  fs.writeFileSync(file, YAML.stringify(value, { lineWidth: 0 }));
}

export function generateDataset(opts: GenerateOptions, log: (line: string) => void = () => {}): { plans: number } {
  const r = new Random(opts.seed ?? 20_261_124 + opts.scale);
  const seed = loadValidDataset(opts.seedDir);
  fs.rmSync(opts.outDir, { recursive: true, force: true });
  copyDir(path.join(opts.seedDir, 'plans'), path.join(opts.outDir, 'plans'));
  copyDir(path.join(opts.seedDir, 'sources'), path.join(opts.outDir, 'sources'));
  // The vocabularies (themes, audiences, ...) as they are; the registry and alignments grow below.
  for (const file of fs.readdirSync(opts.seedDir)) {
    if (/\.ya?ml$/.test(file) && file !== 'organisations.yaml' && file !== 'alignments.yaml') fs.copyFileSync(path.join(opts.seedDir, file), path.join(opts.outDir, file));
  }

  const registry = seed.registry.data.organisations.map((o) => ({ ...o }));
  const institutions = registry.map((o) => ({ id: o.id, name: o.name }));
  for (let i = 1; i <= INSTITUTIONS_PER_SCALE * (opts.scale - 1); i += 1) {
    const org = { id: `syn-inst-${i}`, name: words.organisationName(r, i) };
    institutions.push(org);
    registry.push({ id: org.id, name: org.name, country: 'BE', level: 'FEDERAL', kind: 'SERVICE' });
  }
  const pools: SharedPools = {
    institutions,
    themes: seed.themes.data.themes.map((t) => t.id),
    systems: Array.from({ length: 5 * opts.scale }, (_, i) => ({ id: `SYN-SHARED-${i + 1}`, name: `Gedeeld platform ${i + 1}` })),
  };

  const objectives: { id: string; publisher: string }[] = seed.plans.flatMap((p) => p.data.objectives.map((o) => ({ id: `${p.data.plan.id}/${o.id}`, publisher: p.data.plan.publisher })));
  const alignments = seed.alignments.data.alignments.map((a) => ({ ...a }));
  const aligned = new Set(alignments.map((a) => [a.from, a.to].sort().join('|')));
  const publishers: { id: string; name: string }[] = [];

  const plans = SEED_PLANS * (opts.scale - 1);
  for (let n = 1; n <= plans; n += 1) {
    // Most plans have a publisher of their own; some organisations publish several plans.
    let publisher = publishers.length && r.chance(0.3) ? r.pick(publishers) : undefined;
    if (!publisher) {
      publisher = { id: `syn-org-${publishers.length + 1}`, name: `Organisatie ${words.organisationName(r, publishers.length + 1)}` };
      publishers.push(publisher);
      registry.push({ id: publisher.id, name: publisher.name, country: 'BE', level: 'COMMUNITY', kind: 'AGENCY' });
    }
    const plan = new PlanGenerator(r, PROFILES[(n - 1) % PROFILES.length]!, `syn-plan-${n}`, publisher, pools, n % 10 === 0).generate();
    writeYaml(path.join(opts.outDir, 'plans', `${plan.id}.yaml`), plan.file);
    fs.writeFileSync(path.join(opts.outDir, 'sources', plan.source), plan.sourceText);

    // Curated alignments with objectives of other organisations, seed ones included.
    for (const from of plan.objectiveIds) {
      if (!r.chance(0.08)) continue;
      const to = r.pick(objectives);
      const key = [from, to.id].sort().join('|');
      if (to.publisher === plan.publisher || aligned.has(key)) continue;
      aligned.add(key);
      alignments.push({ from, to: to.id, relation: r.pick(['SAME_AIM', 'CONTRIBUTES_TO', 'COMPLEMENTS'] as const), rationale: `Both pursue ${words.objectiveTitle(r).toLowerCase()}.` });
    }
    for (const id of plan.objectiveIds) objectives.push({ id, publisher: plan.publisher });
    if (n % 100 === 0) log(`  generated ${n}/${plans} plans`);
  }
  writeYaml(path.join(opts.outDir, 'organisations.yaml'), { organisations: registry });
  writeYaml(path.join(opts.outDir, 'alignments.yaml'), { alignments });
  fs.writeFileSync(path.join(opts.outDir, '.generated.json'), JSON.stringify({ version: GENERATOR_VERSION, scale: opts.scale }));
  return { plans: plans + seed.plans.length };
}

/** The folder of a scale for the benchmark (bench/.generated/scale-N), generated when missing or stale. */
export function scaleDir(root: string, scale: number, log: (line: string) => void): string {
  const dir = path.join(root, 'bench', '.generated', `scale-${scale}`);
  const marker = path.join(dir, '.generated.json');
  const current = fs.existsSync(marker) ? (JSON.parse(fs.readFileSync(marker, 'utf8')) as { version: number; scale: number }) : undefined;
  if (current?.version !== GENERATOR_VERSION || current.scale !== scale) {
    log(`generating the ${scale}x dataset in ${path.relative(root, dir)}...`);
    generateDataset({ scale, seedDir: path.join(root, 'data'), outDir: dir }, log);
  }
  return dir;
}
