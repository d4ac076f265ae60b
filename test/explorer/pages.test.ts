import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { SourceTexts } from '../../src/sources/sourceText.js';
import { DATA_DIR, dataset } from '../support/dataset.js';
import type { TestServer } from '../support/server.js';
import { useSeededServer } from '../support/seeded.js';

let db: Database;
let api: TestServer;
const sources = new SourceTexts(path.join(DATA_DIR, 'sources'));

useSeededServer({}, (seededDb, seededApi) => {
  db = seededDb;
  api = seededApi;
});

const ibz = () => dataset().plans.find((p) => p.data.plan.id === 'ibz-strategisch-plan')!.data;

describe('pages for people', () => {
  it('/ is an HTML page that leads to the explorer and GraphiQL', async () => {
    const response = await fetch(`${api.url}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('href="/explore/"');
    expect(html).toContain('href="/graphiql/"');
  });

  it('a browser GET of /graphql without a query goes to GraphiQL; API clients still get GraphQL', async () => {
    const browser = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }, redirect: 'manual' });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/graphiql/');
    const client = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(await client.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('/sources serves the cited lines of a document by file, plan id or title, marking the cited ones', async () => {
    const plan = ibz().plan;
    const threat = ibz().swot.find((s) => /cyberdreiging/.test(s.text))!;
    const [from, to] = String(threat.provenance.lines).split('-').map(Number);
    for (const name of [plan.source, plan.id, plan.title]) {
      const response = await fetch(`${api.url}/sources/${encodeURIComponent(name)}?lines=${from}-${to ?? from}&context=2`, { headers: { accept: 'application/json' } });
      expect(response.status, name).toBe(200);
      const body = (await response.json()) as { source: string; title: string; lines: { number: number; text: string; cited: boolean }[] };
      expect(body.source).toBe(plan.source);
      expect(body.title).toBe(plan.title);
      const cited = body.lines.filter((l) => l.cited);
      expect(cited.map((l) => l.number)).toEqual(Array.from({ length: (to ?? from!) - from! + 1 }, (_, i) => from! + i));
      expect(cited.map((l) => l.text)).toEqual(sources.lines(plan.source).slice(from! - 1, to ?? from));
      expect(body.lines).toHaveLength(cited.length + 4);
    }
  });

  it('/sources lists the documents and refuses unknown documents and impossible ranges', async () => {
    const list = (await (await fetch(`${api.url}/sources`)).json()) as { documents: { source: string; lines: number }[] };
    expect(list.documents.map((d) => d.source).sort()).toEqual(dataset().plans.map((p) => p.data.plan.source).sort());
    expect((await fetch(`${api.url}/sources/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${api.url}/sources/${ibz().plan.source}?lines=9-3`)).status).toBe(400);
  });
});
