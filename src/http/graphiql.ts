import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);

/** Files GraphiQL needs, served from node_modules: the page works with no internet. */
const ASSETS: Record<string, [pkg: string, file: string]> = {
  'react.js': ['react', 'umd/react.production.min.js'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.css': ['graphiql', 'graphiql.min.css'],
};

/** A file of an installed package, found through the package's manifest (its exports hide the UMD files). */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

export interface ExampleOperation {
  readonly name: string;
  readonly query: string;
  readonly variables?: string;
}

/**
 * GET /graphiql: the IDE, opening with one tab per example operation (each with its variables)
 * and a headers editor whose content is not stored unless the user asks; ?query=&variables=
 * opens one operation (the explorer's "open in GraphiQL").
 */
export function graphiqlRouter(options: { endpoint: string; examples: readonly ExampleOperation[] }): Router {
  const router = express.Router();
  const files = new Map(Object.entries(ASSETS).map(([name, [pkg, file]]) => [name, packageFile(pkg, file)]));
  router.get('/assets/:file', (req, res) => {
    const file = files.get(req.params.file);
    if (!file) return void res.status(404).end();
    res.type(path.extname(req.params.file)).set('Cache-Control', 'public, max-age=86400').send(fs.readFileSync(file));
  });
  const config = JSON.stringify({
    endpoint: options.endpoint,
    tabs: options.examples.map((e) => ({ query: e.query, variables: e.variables ?? undefined })),
  }).replace(/</g, '\\u003c');
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>PlanGraph GraphiQL</title>
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="assets/graphiql.css">
<style>
  html, body, #graphiql { height: 100%; margin: 0; }
  /* Twelve example tabs do not fit one line: wrap them instead of hiding the last ones. */
  .graphiql-session-header { height: auto; min-height: var(--session-header-height); align-items: flex-start; }
  .graphiql-tabs { flex-wrap: wrap; overflow: visible; row-gap: var(--px-4); }
</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="assets/react.js"></script>
<script src="assets/react-dom.js"></script>
<script src="assets/graphiql.js"></script>
<script>
  const config = ${config};
  const endpoint = new URL(config.endpoint, window.location.href).toString();
  const fetcher = GraphiQL.createFetcher({ url: endpoint });
  // "Open in GraphiQL" links carry ?query=...&variables=...: that one operation opens, in a
  // tab state of its own that neither reads nor overwrites the tabs kept in this browser.
  const params = new URLSearchParams(window.location.search);
  const linked = params.get('query');
  const memory = new Map();
  const memoryStorage = {
    getItem: (k) => (memory.has(k) ? memory.get(k) : null),
    setItem: (k, v) => void memory.set(k, String(v)),
    removeItem: (k) => void memory.delete(k),
    clear: () => memory.clear(),
    key: (i) => [...memory.keys()][i] ?? null,
    get length() { return memory.size; },
  };
  const tabs = linked ? [{ query: linked, variables: params.get('variables') || undefined }] : config.tabs;
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs,
      // The first tab takes the query and variables props; without them it opens empty.
      query: tabs[0] && tabs[0].query,
      variables: tabs[0] && tabs[0].variables,
      storage: linked ? memoryStorage : undefined,
      isHeadersEditorEnabled: true,
      // API keys stay out of localStorage unless the user turns it on in the settings.
      shouldPersistHeaders: false,
      showPersistHeadersSettings: true,
      defaultHeaders: '{\\n  "X-API-Key": ""\\n}',
    }),
  );
</script>
</body>
</html>`;
  router.get('/', (req, res) => {
    // Relative asset paths need the trailing slash.
    if (!req.originalUrl.split('?')[0]!.endsWith('/')) return void res.redirect(301, `${req.baseUrl}/`);
    res.type('html').send(page);
  });
  return router;
}
