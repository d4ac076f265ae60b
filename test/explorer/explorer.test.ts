import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { exampleOperations } from '../../src/server/examples.js';
import { dataset, loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type TestServer } from '../support/server.js';
// Code below that runs in the page (evaluate) sees the DOM; Node's types do not include it.
declare const document: { querySelectorAll(selector: string): ArrayLike<unknown> & Iterable<unknown> };
declare const localStorage: Record<string, string>;
type HTMLElement = { dataset: Record<string, string | undefined> };
import { ensureExplorerBuilt, findChromium, launchBrowser, NO_CHROMIUM, SCREENSHOTS, type Browser } from './browser.js';

/**
 * The explorer as an analyst uses it: the real bundle served by the real service over a real
 * Neo4j, in headless Chromium. Every page must stay on the service (no request elsewhere) and
 * log no error. Screenshots of each view go to .screenshots/ (ignored by git).
 */
const chromiumPath = findChromium();
if (!chromiumPath) {
  // Loud, and fatal under CI: a skipped browser test must not pass for a green run there.
  console.warn(`\n${'!'.repeat(78)}\n! BROWSER TESTS SKIPPED. ${NO_CHROMIUM}\n${'!'.repeat(78)}\n`);
}

describe.runIf(!chromiumPath && !!process.env.CI)('the explorer under CI', () => {
  it('needs Chromium', () => {
    throw new Error(NO_CHROMIUM);
  });
});

describe.runIf(!!chromiumPath)('the explorer in a browser', () => {
  let db: Database;
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    ensureExplorerBuilt();
    db = openTestDatabase();
    await loadSeedGraph(db);
    api = await startTestServer();
    browser = await launchBrowser(chromiumPath!);
    page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${api.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => errors.push(e.message));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.close();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  const ibz = () => dataset().plans.find((p) => p.data.plan.id === 'ibz-strategisch-plan')!.data;
  const cyberThreat = () => ibz().swot.find((s) => /cyberdreiging/.test(s.text))!;
  const saved = async (download: Download) => fs.readFileSync((await download.path())!);

  it('finds Home Affairs threat 5 by searching "cyberdreiging" and shows its source lines highlighted', async () => {
    await page.goto(`${api.url}/explore/`);
    await page.getByRole('searchbox').fill('cyberdreiging');
    await page.getByRole('searchbox').press('Enter');
    const hit = page.locator('.hit a', { hasText: 'Toenemende cyberdreiging' }).first();
    await hit.waitFor();
    await expect.poll(() => page.locator('.hit').first().textContent(), { timeout: 30_000 }).toContain('IBZ');
    await shot('search');
    await hit.click();
    await page.waitForURL(/\/explore\/node\//);
    await page.locator('tr.cited').first().waitFor();
    const [from, to] = String(cyberThreat().provenance.lines).split('-').map(Number);
    const cited = await page.locator('tr.cited').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.line)));
    expect(cited).toEqual(Array.from({ length: (to ?? from!) - from! + 1 }, (_, i) => from! + i));
    expect((await page.locator('tr.cited').allTextContents()).join(' ')).toMatch(/Toenemende\s+cyberdreiging/);
    expect(decodeURIComponent(page.url())).toContain(`/explore/node/ibz-strategisch-plan/${cyberThreat().id}`);
    await shot('node');
  });

  it('shows the threats matrix of Home Affairs with the ten objectives of threat 5 and their evidence, and exports it as CSV', async () => {
    await page.goto(`${api.url}/explore/threats?orgs=fod-binnenlandse-zaken`);
    const row = page.locator(`tr[data-threat="ibz-strategisch-plan/${cyberThreat().id}"]`);
    await row.waitFor();
    const cells = await row.locator('td.answered').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.objective));
    const expected = (await db.read({ name: 'test/answers', text: 'MATCH (:SwotItem {id: $id})-[:IN_DOMAIN]->(:RiskDomain)<-[:ANSWERS]-(o:Objective) RETURN collect(DISTINCT o.id) AS ids' }, { id: `ibz-strategisch-plan/${cyberThreat().id}` }))[0]!.ids as string[];
    expect(cells).toHaveLength(10);
    expect(new Set(cells)).toEqual(new Set(expected));
    await row.locator('td.answered button').first().click();
    const panel = page.locator('.evidence-panel');
    await panel.waitFor();
    // The evidence of a cell is fetched when it opens.
    await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toMatch(/IN_DOMAIN[\s\S]*ANSWERS|ANSWERS[\s\S]*IN_DOMAIN/);
    await shot('threats');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const csv = (await saved(download)).toString('utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = csv.trim().split(/\r\n/);
    const columns = header!.split(',');
    expect(columns).toEqual(expect.arrayContaining(['threat', 'objective', 'route', 'domain']));
    const threatColumn = columns.indexOf('threat');
    const objectiveColumn = columns.indexOf('objective');
    const rows = lines.map((l) => l.split(','));
    const objectivesOfFive = new Set(rows.filter((r) => r[threatColumn] === cyberThreat().code).map((r) => r[objectiveColumn]));
    expect(objectivesOfFive.size).toBe(10);
  });

  it('expands EJTN in the graph and shows IGO and SSR, and exports the picture as PNG', async () => {
    await page.goto(`${api.url}/explore/graph?nodes=ejtn`);
    for (const id of ['ejtn', 'igo', 'ssr']) await page.locator(`.node-list li[data-node="${id}"]`).waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.omitted .more').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.locator('.cy[aria-busy="false"]').waitFor(); // the layout has settled
    await shot('graph');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    const png = await saved(download);
    const image = decodePng(png);
    expect(image.width).toBeGreaterThan(200);
    expect(image.height).toBeGreaterThan(200);
    // Drawn, not blank: a good share of the pixels are neither white nor transparent.
    expect(image.drawnShare).toBeGreaterThan(0.01);
  });

  it('pages through a hub: "+N more" adds the nodes it promised', async () => {
    const before = await page.locator('.node-list li').count();
    const more = page.locator('.omitted .more').first();
    const promised = Number(/\+(\d+)/.exec((await more.textContent())!)![1]);
    await more.click();
    await expect.poll(() => page.locator('.node-list li').count(), { timeout: 30_000 }).toBe(before + Math.min(25, promised));
  });

  it('shows every other view with content', async () => {
    const views: [name: string, url: string, ready: string][] = [
      ['gaps', '/explore/gaps?orgs=igo', '.org-section li'],
      ['partners', '/explore/partners?orgs=igo,ssr', '.card h2'],
      ['partners-hint', '/explore/partners?orgs=igo,ajh', '.hint'],
      ['shared-objectives', '/explore/shared-objectives?org=igo', '.ranked li'],
      ['themes', '/explore/themes', 'svg.heatmap rect'],
      ['timeline', '/explore/timeline?from=2025-01-01&to=2025-06-30', 'svg.timeline a'],
      ['organisation', '/explore/organisation/igo', '.card h2'],
      ['path', '/explore/graph?path=igo,ssr', '.node-list li[data-node="ejtn"]'],
      ['nl', '/explore/?q=BiZa&lang=nl', '.hit'],
    ];
    for (const [name, url, ready] of views) {
      await page.goto(`${api.url}${url}`);
      await page.locator(ready).first().waitFor({ state: 'attached' });
      await expect.poll(() => page.locator('.loading').count(), { timeout: 30_000 }).toBe(0);
      await shot(name);
    }
    expect(await page.locator('.hit a').first().textContent()).toContain('Binnenlandse Zaken');
    expect(await page.locator('h1').first().textContent()).toBe('Zoeken');
  });

  it('opens GraphiQL with every example tab visible and the first one with its variables, without storing headers', async () => {
    await page.goto(`${api.url}/graphiql/`);
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 30_000 }).toBe(exampleOperations().length);
    const tabs = await page.locator('.graphiql-tab').evaluateAll((list) => list.map((t) => t.getBoundingClientRect()).map((r) => ({ right: r.right, visible: r.width > 0 && r.height > 0 })));
    expect(tabs).toHaveLength(exampleOperations().length);
    const width = page.viewportSize()!.width;
    for (const t of tabs) expect(t.visible && t.right <= width).toBe(true);
    const editors = await page.evaluate(() => [...document.querySelectorAll('.CodeMirror')].map((c) => (c as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue()));
    expect(editors.some((text) => text.includes('fod-binnenlandse-zaken'))).toBe(true);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('headers')))).toEqual([]);
    await shot('graphiql');
  });

  it('opens the exact query and variables of a view in GraphiQL, leaving the stored tabs alone', async () => {
    await page.goto(`${api.url}/explore/threats?orgs=fod-binnenlandse-zaken`);
    const href = await page.locator('a.graphiql').getAttribute('href');
    await page.goto(`${api.url}${href}`);
    await expect.poll(() => page.locator('.CodeMirror').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    // One tab only, so GraphiQL shows no tab bar.
    expect(await page.locator('.graphiql-tab').count()).toBeLessThanOrEqual(1);
    const editors = await page.evaluate(() => [...document.querySelectorAll('.CodeMirror')].map((c) => (c as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue()));
    expect(editors[0]).toContain('query ExplorerThreats');
    expect(JSON.parse(editors[1]!)).toMatchObject({ organisations: ['fod-binnenlandse-zaken'] });
    await page.goto(`${api.url}/graphiql/`);
    await page.locator('.graphiql-tab').first().waitFor();
    expect(await page.locator('.graphiql-tab').count()).toBe(exampleOperations().length);
  });

  it('made no request outside the service and logged no error', () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** Width, height and the share of drawn (non-white, opaque) pixels of an 8-bit RGBA or RGB PNG. */
function decodePng(png: Buffer): { width: number; height: number; drawnShare: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let width = 0, height = 0, channels = 4;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = data[9] === 6 ? 4 : 3;
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const previous = Buffer.alloc(stride);
  const current = Buffer.alloc(stride);
  let drawn = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? current[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      current[x] = (line[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const px = current.subarray(x * channels, x * channels + channels);
      const opaque = channels === 3 || px[3]! > 0;
      if (opaque && (px[0]! < 235 || px[1]! < 235 || px[2]! < 235)) drawn++;
    }
    current.copy(previous);
  }
  return { width, height, drawnShare: drawn / (width * height) };
}
