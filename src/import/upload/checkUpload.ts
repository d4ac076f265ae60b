import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PreparedUpload, World } from '../../domain/imports.js';
import { prepareUpload } from './prepareUpload.js';
import { DEFAULT_BOUNDS, type YamlBounds } from './yamlBounds.js';

/**
 * Checks an uploaded plan file off the event loop when it is large: parsing, the schema and
 * every quote of a plan of a few hundred kilobytes take long enough to stall every other
 * request. Small files are checked in place (a worker costs more than they do).
 */
export interface UploadJob {
  readonly text: string;
  readonly world: World;
  readonly sourcesDir: string;
  readonly bounds: YamlBounds;
}

export interface UploadCheckOptions {
  readonly sourcesDir: string;
  readonly bounds?: YamlBounds;
  /** Files of at least this many characters are checked in a worker thread. */
  readonly workerFrom?: number;
  /** A check that takes longer is stopped (and the upload refused). */
  readonly timeoutMs?: number;
}

export const WORKER_FROM = 64 * 1024;

const here = fileURLToPath(import.meta.url);
const fromSource = here.endsWith('.ts');
const workerFile = path.join(path.dirname(here), `uploadWorker.${fromSource ? 'ts' : 'js'}`);
// Run from the TypeScript sources (development, tests), the worker loads them through tsx.
const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(workerFile).href)}); });`;

export class UploadCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadCheckError';
  }
}

export async function checkUpload(text: string, world: World, options: UploadCheckOptions): Promise<PreparedUpload> {
  const job: UploadJob = { text, world, sourcesDir: options.sourcesDir, bounds: options.bounds ?? DEFAULT_BOUNDS };
  if (text.length < (options.workerFrom ?? WORKER_FROM)) return prepareUpload(job.text, job.world, job.sourcesDir, job.bounds);
  return inWorker(job, options.timeoutMs ?? 30_000);
}

function inWorker(job: UploadJob, timeoutMs: number): Promise<PreparedUpload> {
  return new Promise((resolve, reject) => {
    const worker = fromSource ? new Worker(bootstrap, { eval: true, workerData: job }) : new Worker(workerFile, { workerData: job });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new UploadCheckError(`checking the file took longer than ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    worker.once('message', (message: { ok: true; result: PreparedUpload } | { ok: false; message: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (message.ok) resolve(message.result);
      else reject(new UploadCheckError(message.message));
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(new UploadCheckError(err.message));
    });
  });
}
