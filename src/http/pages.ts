import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import type { SourceTexts } from '../sources/sourceText.js';

/**
 * The pages a person opens in a browser: `/` (where to go), `/explore` (the explorer, built by
 * `npm run build` into dist/explorer), `/sources` (the source documents, by file, plan or title,
 * and line range) and a browser's plain GET of `/graphql`, which goes to GraphiQL.
 */
export interface SourceDocument {
  readonly source: string;
  readonly title: string;
  readonly planId: string;
  readonly publisherId: string | null;
  readonly publisher: string | null;
}

export interface PagesOptions {
  /** The built explorer (index.html and assets); missing until `npm run build`. */
  readonly explorerDir: string;
  readonly sources: SourceTexts;
  readonly documents: () => Promise<readonly SourceDocument[]>;
  readonly graphiql: boolean;
}

const MAX_CONTEXT = 200;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function landingPage(graphiql: boolean): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PlanGraph</title>
<link rel="icon" href="data:,">
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; color: #1d2733; }
  a { color: #0b5cad; } li { margin: .4rem 0; } code { background: #eef2f6; padding: 0 .25rem; border-radius: 3px; }
</style>
</head>
<body>
<h1>PlanGraph</h1>
<p>A knowledge graph of the strategic plans of public organisations, with a GraphQL API.
<span lang="nl">Een kennisgraaf van de strategische plannen van overheidsorganisaties.</span></p>
<ul>
  <li><a href="/explore/">Explorer</a>: search, browse and picture the graph, the questions as tables and charts. <span lang="nl">(Verkenner)</span></li>
  ${graphiql ? '<li><a href="/graphiql/">GraphiQL</a>: write and run GraphQL queries, with the example questions as tabs.</li>' : ''}
  <li><code>POST /graphql</code>: the API (GraphQL over HTTP).</li>
  <li><a href="/sources">/sources</a>: the source documents, by line range.</li>
  <li><a href="/readyz">/readyz</a>: whether the service is ready.</li>
</ul>
</body>
</html>`;
}

function missingExplorerPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PlanGraph explorer</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>The explorer is not built</h1><p>Run <code>npm run build</code> (or <code>npm start</code>, which builds first) and reload.</p>
<p><a href="/">Back</a></p></body></html>`;
}

/** Lines "12-20" or from/to query parameters, within the document. */
function lineRange(req: Request, count: number): { from: number; to: number } | string {
  const spec = typeof req.query.lines === 'string' ? req.query.lines : undefined;
  const [a, b] = spec ? spec.split('-') : [req.query.from, req.query.to];
  const from = a === undefined || a === '' ? 1 : Number(a);
  const to = b === undefined || b === '' ? (spec ? from : count) : Number(b);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from) return 'lines must be "from-to" with 1 <= from <= to';
  if (from > count) return `the document has ${count} lines`;
  return { from, to: Math.min(to, count) };
}

export function pagesRouter(options: PagesOptions): Router {
  const router = express.Router();
  const landing = landingPage(options.graphiql);

  router.get('/', (_req, res) => void res.type('html').send(landing));

  // A browser's address-bar GET of /graphql asks for HTML and sends no query: show GraphiQL.
  router.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') {
      return void res.redirect(302, options.graphiql ? '/graphiql/' : '/');
    }
    next();
  });

  const explorerIndex = path.join(options.explorerDir, 'index.html');
  router.use('/explore/assets', express.static(path.join(options.explorerDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  router.get(/^\/explore(\/.*)?$/, (req, res) => {
    if (req.path === '/explore') return void res.redirect(301, `/explore/${req.originalUrl.slice('/explore'.length)}`);
    if (!fs.existsSync(explorerIndex)) return void res.status(503).type('html').send(missingExplorerPage());
    // Every path under /explore is a view of the single-page explorer; its state is in the URL.
    res.set('Cache-Control', 'no-cache').type('html').send(fs.readFileSync(explorerIndex, 'utf8'));
  });

  router.get('/sources', async (_req, res) => {
    const documents = await options.documents();
    res.json({ documents: documents.map((d) => ({ ...d, lines: options.sources.exists(d.source) ? options.sources.lines(d.source).length : null, href: `/sources/${encodeURIComponent(d.source)}` })) });
  });

  router.get('/sources/:document', async (req, res) => {
    const wanted = req.params.document;
    const documents = await options.documents();
    // By file name, plan id, or plan title (case and accents aside).
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    const doc = documents.find((d) => d.source === wanted || d.planId === wanted) ?? documents.find((d) => fold(d.title) === fold(wanted));
    const file = doc?.source ?? (/^[\w.-]+\.txt$/.test(wanted) && options.sources.exists(wanted) ? wanted : undefined);
    if (!file || !options.sources.exists(file)) {
      return void res.status(404).json({ error: `no source document ${wanted}`, documents: documents.map((d) => ({ source: d.source, title: d.title, planId: d.planId })) });
    }
    const all = options.sources.lines(file);
    const range = lineRange(req, all.length);
    if (typeof range === 'string') return void res.status(400).json({ error: range });
    const context = Math.min(MAX_CONTEXT, Math.max(0, Number(req.query.context ?? 0) || 0));
    const first = Math.max(1, range.from - context);
    const last = Math.min(all.length, range.to + context);
    const lines = all.slice(first - 1, last).map((text, i) => ({ number: first + i, text, cited: first + i >= range.from && first + i <= range.to }));
    const body = { source: file, title: doc?.title ?? null, planId: doc?.planId ?? null, publisher: doc?.publisher ?? null, totalLines: all.length, from: range.from, to: range.to, lines };
    sendDocument(req, res, body);
  });
  return router;
}

type DocumentBody = { source: string; title: string | null; totalLines: number; from: number; to: number; lines: { number: number; text: string; cited: boolean }[] };

function sendDocument(req: Request, res: Response, body: DocumentBody & Record<string, unknown>): void {
  const format = req.accepts(['application/json', 'text/plain', 'text/html']);
  if (req.query.format === 'text' || format === 'text/plain') return void res.type('text/plain; charset=utf-8').send(body.lines.map((l) => l.text).join('\n'));
  if (req.query.format === 'json' || format !== 'text/html') return void res.json(body);
  const rows = body.lines.map((l) => `<tr${l.cited ? ' class="cited"' : ''} id="L${l.number}"><td>${l.number}</td><td>${escapeHtml(l.text) || '&nbsp;'}</td></tr>`).join('\n');
  res.type('html').send(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(body.title ?? body.source)} ${body.from}-${body.to}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:2rem}td:first-child{color:#667;text-align:right;padding-right:1rem;user-select:none}td{white-space:pre-wrap;vertical-align:top}.cited{background:#fff3b0}</style></head>
<body><h1>${escapeHtml(body.title ?? body.source)}</h1><p>${escapeHtml(body.source)}, lines ${body.from}-${body.to} of ${body.totalLines}</p><table>${rows}</table></body></html>`);
}
