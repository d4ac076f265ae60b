import { parentPort, workerData } from 'node:worker_threads';
import { prepareUpload } from './prepareUpload.js';
import type { UploadJob } from './checkUpload.js';

/** Worker thread: checks one uploaded plan file and posts the result back. */
const job = workerData as UploadJob;
try {
  parentPort!.postMessage({ ok: true, result: prepareUpload(job.text, job.world, job.sourcesDir, job.bounds) });
} catch (err) {
  parentPort!.postMessage({ ok: false, message: (err as Error).message });
}
