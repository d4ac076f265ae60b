import crypto from 'node:crypto';
import os from 'node:os';
import type { Logger } from '../log/logger.js';
import type { Db } from '../neo4j/db.js';
import { acquireLock, ensureSetupConstraints, releaseLock, renewLock } from '../repository/setupRepository.js';

/** Transaction timeout of the start-up steps: a plan file imports in one transaction. */
export const SETUP_TX_TIMEOUT_MS = 10 * 60_000;

const LOCK = 'setup';
const LEASE_MS = 30_000;
const POLL_MS = 500;

/** Who runs a step: host, process and a random part (two runs in one process differ too). */
export function setupOwner(): string {
  return `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;
}

/**
 * Runs `work` while holding the setup lock of the graph (a node under a uniqueness constraint),
 * so that only one process at a time migrates or seeds, whatever the number of replicas. The
 * lock is a lease renewed while `work` runs: a holder that dies without releasing it (kill -9)
 * blocks the others for at most the lease (30 s).
 */
export async function withSetupLock<T>(db: Db, logger: Logger, work: (owner: string) => Promise<T>, owner = setupOwner()): Promise<T> {
  await ensureSetupConstraints(db);
  let waitingFor: string | undefined;
  for (;;) {
    const lock = await acquireLock(db, LOCK, owner, LEASE_MS);
    if (lock.acquired) break;
    if (waitingFor !== lock.owner) logger.info('another process is migrating or seeding the graph; waiting for it', { holder: lock.owner });
    waitingFor = lock.owner;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const heartbeat = setInterval(() => {
    renewLock(db, LOCK, owner, LEASE_MS).then(
      (held) => held || logger.error('the setup lock was taken over while this process held it (its lease ran out)', { owner }),
      (err: unknown) => logger.warn('could not renew the setup lock', { error: err }),
    );
  }, LEASE_MS / 3);
  heartbeat.unref();
  try {
    return await work(owner);
  } finally {
    clearInterval(heartbeat);
    await releaseLock(db, LOCK, owner).catch((err: unknown) => logger.warn('could not release the setup lock (it expires by itself)', { error: err }));
  }
}
