/**
 * `npm run bench:suggestions [-- --sample 20 --write]`: the quality of the suggested alignments,
 * measured against the curated ones (data/alignments.yaml), which are never used as evidence.
 * For every curated alignment: is its other end among the top 5 suggestions for its source, asked
 * over HTTP as a client would (`alignmentSuggestions(item, includeAligned: true)`)? Prints
 * recall@1, recall@5 and the mean reciprocal rank, and the best `--sample` suggestions that no
 * curated alignment covers, with both texts, for a person to judge; `--write` appends the
 * numbers (not the judgements: those are written by the person) to bench/RESULTS.md.
 *
 * Neo4j: an embedded one in a throwaway folder unless NEO4J_URI is set (the dataset is
 * imported, nothing is deleted).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { loadConfig, redactUri } from '../src/config/config.js';
import { projectRoot } from '../src/config/paths.js';
import { importDataset } from '../src/import/importer.js';
import { loadValidDataset } from '../src/import/loadDataset.js';
import { silentLogger } from '../src/log/logger.js';
import { createDriver, type Neo4jConnection } from '../src/neo4j/connection.js';
import { Database } from '../src/neo4j/database.js';
import { EmbeddedNeo4j } from '../src/neo4j/embedded/embeddedNeo4j.js';
import { applySchema } from '../src/neo4j/schema.js';
import { startServer } from '../src/server/server.js';
import { METHOD, recomputeSuggestions } from '../src/suggestions/recompute.js';

const ROOT = projectRoot();
const RESULTS = path.join(ROOT, 'bench', 'RESULTS.md');
const TOP = 5;

const QUERY = `query($item: ID, $first: Int, $includeAligned: Boolean) {
  alignmentSuggestions(item: $item, first: $first, includeAligned: $includeAligned) {
    nodes { id score relation status from { id ...T } to { id ...T } reasons { kind text } }
  }
}
fragment T on Entity { ... on Objective { code title description } ... on Action { code title description } }`;

interface Item { id: string; code: string | null; title: string; description: string | null }
interface Suggestion { id: string; score: number; relation: string; status: string; from: Item; to: Item; reasons: { kind: string; text: string }[] }

async function openNeo4j(): Promise<{ connection: Neo4jConnection; description: string; stop(): Promise<void> }> {
  if (process.env.NEO4J_URI) {
    const connection = { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE || undefined };
    return { connection, description: `external, ${redactUri(connection.uri)}`, stop: async () => {} };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-bench-suggestions-'));
  const embedded = new EmbeddedNeo4j({ mode: 'embedded', dataDir, boltPort: 0, database: undefined, heapMb: 1024, pageCacheMb: 128 }, silentLogger);
  const connection = await embedded.start();
  return {
    connection, description: 'embedded',
    async stop() {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function machine(): string {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  return `${cpu}, ${os.cpus().length} logical cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node.js ${process.version}, ${os.type()} ${os.release()}`;
}

const show = (i: Item) => `${i.id} (${i.code ?? '-'}): ${i.title}${i.description ? ` — ${i.description.slice(0, 300)}${i.description.length > 300 ? '...' : ''}` : ''}`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sample: { type: 'string', default: '20' }, write: { type: 'boolean', default: false } } });
  const sampleSize = Number(values.sample);
  const neo4j = await openNeo4j();
  const options = { txTimeoutMs: 120_000 };
  const db = new Database(createDriver(neo4j.connection, silentLogger), neo4j.connection, silentLogger, options);
  try {
    await applySchema(db, silentLogger);
    await importDataset(db, loadValidDataset(path.join(ROOT, 'data')), { actor: 'bench' });
    const run = await recomputeSuggestions(db);
    const config = loadConfig({
      NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', NEO4J_URI: neo4j.connection.uri, NEO4J_USER: neo4j.connection.user, NEO4J_PASSWORD: neo4j.connection.password,
      ...(neo4j.connection.database ? { NEO4J_DATABASE: neo4j.connection.database } : {}),
      PLANGRAPH_SEED: 'off', PLANGRAPH_RATE_ANONYMOUS: '100000', PLANGRAPH_DB_SECONDS_ANONYMOUS: '100000', PLANGRAPH_ERROR_DETAILS: 'true',
      // Quality numbers only: on a busy machine the whole graph's list may need more than the
      // default 10 s of transaction time, and a timeout would say nothing about the suggestions.
      PLANGRAPH_TX_TIMEOUT_MS: '120000', PLANGRAPH_REQUEST_TIMEOUT_MS: '180000',
    });
    const server = await startServer(config, silentLogger);
    await server.prepared;
    const ask = async (variables: Record<string, unknown>): Promise<Suggestion[]> => {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables }) });
      const body = (await response.json()) as { data?: { alignmentSuggestions: { nodes: Suggestion[] } }; errors?: unknown };
      if (!body.data) throw new Error(`the API answered ${JSON.stringify(body.errors)}`);
      return body.data.alignmentSuggestions.nodes;
    };

    const curated = (YAML.parse(fs.readFileSync(path.join(ROOT, 'data', 'alignments.yaml'), 'utf8')) as { alignments: { from: string; to: string }[] }).alignments;
    let hits1 = 0;
    let hits5 = 0;
    let rr = 0;
    const lines: string[] = [];
    for (const a of curated) {
      const list = await ask({ item: a.from, first: 50, includeAligned: true });
      const rank = list.findIndex((s) => s.from.id === a.to || s.to.id === a.to) + 1;
      if (rank === 1) hits1++;
      if (rank >= 1 && rank <= TOP) hits5++;
      if (rank) rr += 1 / rank;
      lines.push(`| ${a.from} | ${a.to} | ${rank || '> 50 / not suggested'} |`);
    }
    const n = curated.length;
    const numbers = { recall1: hits1 / n, recall5: hits5 / n, mrr: rr / n };
    console.log(`curated alignments: ${n}; recall@1 ${numbers.recall1.toFixed(3)}, recall@${TOP} ${numbers.recall5.toFixed(3)}, MRR ${numbers.mrr.toFixed(3)}`);
    console.log(lines.join('\n'));

    // The best suggestions no curated alignment covers, for a person to read and judge.
    const covered = new Set(curated.flatMap((a) => [`${a.from}|${a.to}`, `${a.to}|${a.from}`]));
    const all = (await ask({ first: 100 })).filter((s) => !covered.has(`${s.from.id}|${s.to.id}`));
    console.log(`\nTop ${sampleSize} suggestions not curated yet:`);
    all.slice(0, sampleSize).forEach((s, i) => {
      console.log(`\n${i + 1}. ${s.id} score ${s.score} ${s.relation}\n   FROM ${show(s.from)}\n   TO   ${show(s.to)}\n   WHY  ${s.reasons.map((r) => r.text).join(' | ').slice(0, 600)}`);
    });

    if (values.write) {
      const when = new Date().toISOString().slice(0, 10);
      fs.appendFileSync(RESULTS, [
        '', `## Suggested alignments, ${when}`, '',
        `- Machine: ${machine()}; Neo4j ${neo4j.description}. Quality numbers only (no timings: the machine is shared).`,
        `- Method: ${METHOD}; ${run.items} items, ${run.words} words, ${run.suggestions} suggestions stored.`,
        `- Against the ${n} curated alignments, asked over HTTP with \`alignmentSuggestions(item: <from>, includeAligned: true)\`: ` +
          `**recall@1 ${numbers.recall1.toFixed(3)}, recall@${TOP} ${numbers.recall5.toFixed(3)}, MRR ${numbers.mrr.toFixed(3)}**.`,
        '', '| curated from | curated to | rank of `to` |', '| --- | --- | --- |', ...lines, '',
      ].join('\n'));
      console.log(`\nappended to ${path.relative(ROOT, RESULTS)}`);
    }
    await server.stop();
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
