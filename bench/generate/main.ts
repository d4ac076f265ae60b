/**
 * `npm run generate -- --scale 10 [--out folder] [--seed n]`: writes a synthetic dataset folder
 * `scale` times the seed graph (default folder bench/.generated/scale-N), ready for
 * `npm run validate` and `npm run import` with PLANGRAPH_DATA_DIR pointing at it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../src/config/paths.js';
import { generateDataset } from './generate.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '10' }, out: { type: 'string' }, seed: { type: 'string' } } });
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a whole number of at least 1; got '${values.scale}'`);
const root = projectRoot();
const outDir = path.resolve(values.out ?? path.join(root, 'bench', '.generated', `scale-${scale}`));
const started = performance.now();
const { plans } = generateDataset({ scale, seedDir: path.join(root, 'data'), outDir, ...(values.seed ? { seed: Number(values.seed) } : {}) }, (l) => process.stderr.write(`${l}\n`));
process.stdout.write(`${plans} plans written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
