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

/** GET /graphiql: the IDE, opening with one tab per example operation and a headers editor. */
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
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="assets/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
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
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: config.tabs,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
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
