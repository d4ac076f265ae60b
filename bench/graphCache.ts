import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportMeasurement } from './importMeasure.js';

/**
 * A kept embedded store of an imported scale (--reuse-graph), so that reads can be measured
 * again without importing the graph again. The store is only reused when it was imported from
 * exactly the same data files with the same import code (a fingerprint of both) and the
 * import finished; its import measurement is kept beside it and reported as such.
 */
export interface CachedImport {
  readonly dataFingerprint: string;
  readonly importedAt: string;
  readonly code: string;
  readonly measurement: ImportMeasurement;
}

const MARKER = 'bench-import.json';

export function storeDirOf(root: string, scale: number): string {
  return path.join(root, 'bench', '.generated', `scale-${scale}`, 'neo4j-store');
}

function hashFiles(hash: crypto.Hash, base: string, dir: string, pattern: RegExp): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'neo4j-store') hashFiles(hash, base, file, pattern);
    } else if (pattern.test(entry.name)) {
      hash.update(path.relative(base, file)).update(fs.readFileSync(file));
    }
  }
}

/**
 * What an imported graph depends on, hashed: every data file, and the code that decides what
 * the import writes (the model, the importer, the import and schema statements).
 */
export function dataFingerprint(dataDir: string, root: string): string {
  const hash = crypto.createHash('sha1');
  hashFiles(hash, dataDir, dataDir, /\.(ya?ml|txt)$/);
  for (const dir of ['src/model', 'src/import', 'src/repository/importRepository.ts', 'cypher/import', 'cypher/schema']) {
    const full = path.join(root, dir);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) hash.update(dir).update(fs.readFileSync(full));
    else hashFiles(hash, root, full, /\.(ts|cypher)$/);
  }
  return hash.digest('hex');
}

export function readCachedImport(storeDir: string, fingerprint: string): CachedImport | undefined {
  const file = path.join(storeDir, MARKER);
  if (!fs.existsSync(file)) return undefined;
  const cached = JSON.parse(fs.readFileSync(file, 'utf8')) as CachedImport;
  return cached.dataFingerprint === fingerprint ? cached : undefined;
}

export function writeCachedImport(storeDir: string, cached: CachedImport): void {
  fs.writeFileSync(path.join(storeDir, MARKER), JSON.stringify(cached, null, 2));
}

/** Empties a store folder before a fresh import into it. */
export function clearStore(storeDir: string): void {
  fs.rmSync(storeDir, { recursive: true, force: true });
  fs.mkdirSync(storeDir, { recursive: true });
}
