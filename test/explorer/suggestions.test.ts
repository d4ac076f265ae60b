import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { recomputeSuggestions } from '../../src/suggestions/recompute.js';
import { loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureExplorerBuilt, findChromium, launchBrowser, type Browser } from './browser.js';

/**
 * The suggested alignments of an objective on its page in the explorer, as a reviewer uses them:
 * each with its score, its reasons and the links behind them, marked SUGGESTED; with an API key,
 * accepting one makes the curated alignment, which the graph then holds.
 */
const ANALYST = 'analyst-key-0123456789';
const chromiumPath = findChromium();

describe.runIf(!!chromiumPath)('suggested alignments in the explorer', () => {
  let db: Database;
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ensureExplorerBuilt();
    db = openTestDatabase();
    await loadSeedGraph(db);
    await recomputeSuggestions(db);
    api = await startTestServer({ PLANGRAPH_API_KEYS: `${ANALYST}:ann:analyst` });
    browser = await launchBrowser(chromiumPath!);
    page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.close();
  });

  type Suggestion = { id: string; from: { id: string }; to: { id: string }; reasons: { text: string }[] };
  const best = async (): Promise<Suggestion> => {
    const { alignmentSuggestions } = await api.query<{ alignmentSuggestions: { nodes: Suggestion[] } }>(
      '{ alignmentSuggestions(organisation: "igo", first: 1) { nodes { id from { id } to { id } reasons { text } } } }');
    expect(alignmentSuggestions.nodes).toHaveLength(1);
    return alignmentSuggestions.nodes[0]!;
  };

  it("shows an objective's suggestions with their reasons, and accepting one makes the curated alignment", async () => {
    const suggestion = await best();
    await page.goto(`${api.url}/explore/node/${suggestion.from.id}`);
    const item = page.locator(`.suggested-alignments li[data-suggestion="${suggestion.id}"]`);
    await item.waitFor();
    expect(await item.locator('.badge').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/suggest/i)]));
    expect(await item.locator('.reasons > li').count()).toBe(suggestion.reasons.length);

    await page.locator('.suggested-alignments .api-key input').fill(ANALYST);
    await item.locator('.decision input').fill('the same aim, read in both plans');
    await item.locator('.decision button').first().click();
    await page.locator('.suggested-alignments [role="status"]').waitFor();
    await expect.poll(() => item.count()).toBe(0);

    const aligned = await db.read(
      { name: 'test/accepted', text: 'MATCH (a:Entity {id: $from})-[r:ALIGNED_WITH]-(b:Entity {id: $to}) RETURN r.basis AS basis, r.rationale AS rationale' },
      { from: suggestion.from.id, to: suggestion.to.id },
    );
    expect(aligned).toEqual([{ basis: 'CURATED', rationale: expect.stringContaining('the same aim, read in both plans') }]);
    expect(errors).toEqual([]);
  });
});
