/**
 * `npm run bench`: PlanGraph against @neo4j/graphql (the peer) and the raw driver (the floor),
 * on the same Neo4j and the same graph, at several graph sizes. See bench/RESULTS.md for what it
 * measures and how; `npm run bench -- --help` for the options.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config/paths.js';
import { silentLogger } from '../src/log/logger.js';
import { createDriver } from '../src/neo4j/connection.js';
import { scaleDir } from './generate/generate.js';
import { clearStore, dataFingerprint, readCachedImport, storeDirOf, writeCachedImport } from './graphCache.js';
import { measureImportFloor, type FloorMeasurement } from './importFloor.js';
import { existingGraph, measureImport } from './importMeasure.js';
import { describeMachine } from './machine.js';
import { checkRead, timeRead, type Endpoints, type ReadOutcome, type Timing } from './measure.js';
import { externalConnection, openNeo4jInstance, type Neo4jInstance } from './neo4jInstance.js';
import { peerKinds, seedNodeIds } from './nodeIds.js';
import { parseOptions, USAGE, type BenchOptions } from './options.js';
import { allReads, type Read } from './reads.js';
import { costTable, growthTable, importTable, notes, readsTable, type ScaleReport } from './report.js';
import { LIFTED_CALLER_LIMITS, startPeer, startPlanGraph, type ServerProcess } from './services.js';

const ROOT = projectRoot();
const RESULTS = path.join(ROOT, 'bench', 'RESULTS.md');
const log = (line: string) => process.stderr.write(`${line}\n`);

function build(): void {
  log('building PlanGraph (npm run build) and the peer...');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'bench/peer/tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
}

function packageVersion(name: string): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '';
    return `${head}${dirty}`;
  } catch {
    return 'unknown';
  }
}

async function wipe(instance: Neo4jInstance): Promise<void> {
  const driver = createDriver(instance.connection, silentLogger);
  const session = driver.session({ database: instance.connection.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

async function neo4jVersion(instance: Neo4jInstance): Promise<string> {
  const driver = createDriver(instance.connection, silentLogger);
  try {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition', {}, { database: instance.connection.database });
    const r = records[0];
    return r ? `${String(r.get('name'))} ${String(r.get('version'))} ${String(r.get('edition'))}` : 'unknown';
  } finally {
    await driver.close();
  }
}

async function measureReads(reads: readonly Read[], instance: Neo4jInstance, opts: BenchOptions, fail: (message: string) => void): Promise<ReadOutcome[]> {
  let plangraph: ServerProcess | undefined;
  let peer: ServerProcess | undefined;
  const driver = createDriver(instance.connection, silentLogger);
  try {
    log('starting PlanGraph and the peer...');
    [plangraph, peer] = await Promise.all([startPlanGraph(ROOT, instance.connection, { env: opts.plangraphEnv }), startPeer(ROOT, instance.connection)]);
    const endpoints: Endpoints = {
      root: ROOT,
      plangraph: { url: plangraph.url, pid: plangraph.pid },
      peer: { url: peer.url, pid: peer.pid },
      driver,
      database: instance.connection.database,
      neo4jPid: instance.pid,
    };
    const timing: Timing = { warmupMs: opts.warmupMs, rounds: opts.rounds, window: opts.requests !== undefined ? { requests: opts.requests } : { durationMs: opts.durationMs! } };
    const outcomes: ReadOutcome[] = [];
    for (const read of reads) {
      log(`${read.name}: checking answers, counting statements...`);
      const outcome = await checkRead(read, endpoints);
      outcomes.push(outcome);
      if (outcome.answers !== 'same' && outcome.answers !== 'not compared') {
        fail(`${read.name}: ${outcome.answers}`);
        log(`\n*** ${read.name}: THE ANSWERS DIFFER: ${outcome.answers}\n`);
        if (!opts.timeDiffering) continue;
      }
      for (const clients of opts.concurrency) {
        log(`${read.name}: ${clients} client${clients === 1 ? '' : 's'}...`);
        await timeRead(outcome, endpoints, clients, timing);
      }
    }
    return outcomes;
  } finally {
    await Promise.all([plangraph?.stop(), peer?.stop()]);
    await driver.close();
  }
}

function section(opts: BenchOptions, machine: string[], scales: readonly ScaleReport[], failures: readonly string[]): string {
  const settings = [
    `- Code: ${commit()}; @neo4j/graphql ${packageVersion('@neo4j/graphql')}, @apollo/server ${packageVersion('@apollo/server')} on both sides`,
    `- Per read and number of clients: ${opts.warmupMs / 1000} s warm-up per side, then ${opts.rounds} round${opts.rounds === 1 ? '' : 's'} of ${opts.requests !== undefined ? `${opts.requests} requests` : `${opts.durationMs! / 1000} s`} per side, interleaved`,
    `- PlanGraph settings: ${Object.keys(opts.plangraphEnv).length ? Object.entries(opts.plangraphEnv).map(([k, v]) => `${k}=${v}`).join(', ') : 'the defaults'} (NODE_ENV=production, LOG_LEVEL=warn; per-caller limits lifted: ${Object.keys(LIFTED_CALLER_LIMITS).join(', ')})`,
  ];
  const lines = ['', `## ${new Date().toISOString().slice(0, 10)}${opts.note ? ` — ${opts.note}` : ''}`, '', ...machine, ...settings, ''];
  if (failures.length) lines.push('**Answers differ** (these reads were not timed unless --time-differing):', '', ...failures.map((f) => `- ${f}`), '');
  lines.push('### Import through the real import path', '', ...importTable(scales), '');
  for (const s of scales) {
    if (!s.reads.length) continue;
    lines.push(`### Reads at ${s.scale}x (${s.import.nodes} nodes, ${s.import.relationships} relationships)`, '');
    lines.push(...readsTable(s.reads, opts.concurrency), '');
    lines.push(...costTable(s.reads, Math.max(...opts.concurrency)), '');
    lines.push(...notes(s.reads), '');
  }
  const growth = growthTable(scales.filter((s) => s.reads.length), Math.min(...opts.concurrency));
  if (growth.length) lines.push(`### Growth with the graph (${Math.min(...opts.concurrency)} client)`, '', ...growth, '');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  if (opts === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (process.env.NEO4J_URI && opts.scales.length > 1 && !opts.wipe) {
    throw new Error('several scales on the Neo4j of NEO4J_URI need --wipe (each scale starts from an empty database)');
  }
  if (opts.skipImport && (!process.env.NEO4J_URI || opts.wipe || opts.scales.length > 1)) {
    throw new Error('--no-import takes the graph of NEO4J_URI as it is: one scale, without --wipe');
  }
  if (opts.build && !opts.importOnly) build();

  const seed = path.join(ROOT, 'data');
  const reads = allReads({ nodeIds: seedNodeIds(seed, 50, peerKinds(path.join(ROOT, 'bench', 'peer', 'typeDefs.graphql'))) }).filter((r) => !opts.reads || opts.reads.includes(r.name));
  if (opts.reads && reads.length !== opts.reads.length) throw new Error(`unknown read in --reads; known: ${allReads({ nodeIds: [] }).map((r) => r.name).join(', ')}`);

  const scales: ScaleReport[] = [];
  const failures: string[] = [];
  let machine: string[] = [];
  for (const scale of opts.scales) {
    const dataDir = scale === 1 ? seed : scaleDir(ROOT, scale, log);
    log(`\n=== ${scale}x: ${path.relative(ROOT, dataDir)}`);
    const storeDir = opts.reuseGraph && !externalConnection() ? storeDirOf(ROOT, scale) : undefined;
    const fingerprint = storeDir ? dataFingerprint(dataDir, ROOT) : '';
    const cached = storeDir ? readCachedImport(storeDir, fingerprint) : undefined;
    if (storeDir && !cached) clearStore(storeDir);
    const instance = await openNeo4jInstance({ heapMb: opts.heapMb, pageCacheMb: opts.pageCacheMb }, storeDir);
    try {
      if (instance.external && opts.wipe) await wipe(instance);
      if (!machine.length) machine = describeMachine(await neo4jVersion(instance), instance.description);
      let imported = cached?.measurement;
      let floor: FloorMeasurement | undefined;
      let importNote = cached ? `reused: imported ${cached.importedAt.slice(0, 10)}, code ${cached.code}` : undefined;
      if (imported) {
        log(`reusing the graph imported ${cached!.importedAt} (code ${cached!.code})`);
      } else if (opts.skipImport) {
        imported = await existingGraph(instance.connection);
        importNote = 'not imported: the graph of NEO4J_URI as it was';
      } else {
        // A new JVM runs its first writes far slower than later ones (compiling the code and
        // planning the statements): both sides write the seed dataset once first, untimed.
        log('warming up: the seed dataset written once by the floor and by the import...');
        await measureImportFloor(instance.connection, seed);
        await wipe(instance);
        await measureImport(instance.connection, seed, () => {});
        await wipe(instance);
        // The floor, into the empty graph, which is emptied again for the import.
        log('the floor: the same nodes and links by the raw driver...');
        floor = await measureImportFloor(instance.connection, dataDir);
        log(`  ${Math.round(floor.elementsPerSecond)} elements/s`);
        await wipe(instance);
        log('importing...');
        imported = await measureImport(instance.connection, dataDir, log);
        log(`  ${imported.nodes} nodes, ${imported.relationships} relationships in ${(imported.writeMs / 1000).toFixed(1)} s: ${Math.round(imported.elementsPerSecond)} elements/s`);
        if (storeDir) writeCachedImport(storeDir, { dataFingerprint: fingerprint, importedAt: new Date().toISOString(), code: commit(), measurement: imported });
      }
      const outcomes = opts.importOnly ? [] : await measureReads(reads, instance, opts, (f) => failures.push(`${scale}x ${f}`));
      scales.push({ scale, import: imported, reads: outcomes, ...(importNote ? { importNote } : {}), ...(floor ? { floor } : {}) });
    } finally {
      await instance.stop();
    }
  }

  const text = section(opts, machine, scales, failures);
  process.stdout.write(`${text}\n`);
  if (opts.append) {
    fs.appendFileSync(RESULTS, text);
    log(`appended to ${path.relative(process.cwd(), RESULTS)}`);
  }
  if (failures.length) {
    log(`\nThe answers of ${failures.length} read(s) differ between the sides:\n${failures.map((f) => `  ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`benchmark failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
