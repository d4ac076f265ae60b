import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import { planBatch, registryBatch } from '../../src/import/graphModel.js';
import { loadDataset } from '../../src/import/loadDataset.js';
import { generateDataset } from '../../bench/generate/generate.js';

const seedDir = path.join(projectRoot(), 'data');
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-generate-'));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

function graphSize(dir: string): { nodes: number; links: number; degrees: Map<string, number> } {
  const { dataset, issues } = loadDataset(dir);
  expect(issues).toEqual([]);
  const nodes = new Set<string>();
  const degrees = new Map<string, number>();
  let links = 0;
  for (const batch of [registryBatch(dataset!), ...dataset!.plans.map((p) => planBatch(p, dataset!))]) {
    for (const n of batch.nodes) nodes.add(n.id);
    for (const r of batch.rels) {
      links += 1;
      degrees.set(r.to, (degrees.get(r.to) ?? 0) + 1);
    }
  }
  return { nodes: nodes.size, links, degrees };
}

describe('synthetic plan graphs', () => {
  it('writes a dataset three times the seed that the real validator accepts, seed files unchanged, with hubs', () => {
    const { plans } = generateDataset({ scale: 3, seedDir, outDir });
    expect(plans).toBe(15);
    for (const file of fs.readdirSync(path.join(seedDir, 'plans'))) {
      expect(fs.readFileSync(path.join(outDir, 'plans', file), 'utf8')).toBe(fs.readFileSync(path.join(seedDir, 'plans', file), 'utf8'));
    }
    const seed = graphSize(seedDir);
    const scaled = graphSize(outDir);
    expect(scaled.nodes / seed.nodes).toBeGreaterThan(2.4);
    expect(scaled.nodes / seed.nodes).toBeLessThan(3.6);
    expect(scaled.links / seed.links).toBeGreaterThan(2.4);
    expect(scaled.links / seed.links).toBeLessThan(3.6);
    // Shared institutions and themes gain links from the synthetic plans.
    expect(scaled.degrees.get('theme/digitalisation')!).toBeGreaterThan(2 * seed.degrees.get('theme/digitalisation')!);
    expect(scaled.degrees.get('fod-justitie')!).toBeGreaterThan(seed.degrees.get('fod-justitie')!);
  });

  it('makes the same data from the same seed', () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-generate-'));
    try {
      generateDataset({ scale: 3, seedDir, outDir: again });
      expect(fs.readFileSync(path.join(again, 'plans', 'syn-plan-7.yaml'), 'utf8')).toBe(fs.readFileSync(path.join(outDir, 'plans', 'syn-plan-7.yaml'), 'utf8'));
      expect(fs.readFileSync(path.join(again, 'alignments.yaml'), 'utf8')).toBe(fs.readFileSync(path.join(outDir, 'alignments.yaml'), 'utf8'));
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });
});
