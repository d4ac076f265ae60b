import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type TestServer } from '../support/server.js';

let db: Database;
let api: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  api = await startTestServer();
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

const SLIPPAGE = `query($organisation: ID!, $asOf: LocalDate, $first: Int) {
  slippageImpact(organisation: $organisation, asOf: $asOf, first: $first) {
    totalCount
    nodes {
      item { id kind } action { id code } organisation { id } lateness due status
      finding { id code status statusText source lines }
      impacts { impact node { id kind } organisation { id } path { relationship basis from { id } to { id } } }
    }
  }
}`;
const AJH = 'ajh-ondernemingsplan-2025';

describe('slippage impact', () => {
  it('finds the AJH project the 2024 evaluation reports delayed, and reaches its objectives, the Home Affairs objectives aligned with them and its partners, each with the path', async () => {
    const data = await api.query<any>(SLIPPAGE, { organisation: 'ajh', asOf: '2025-06-30', first: 100 });
    expect(data.slippageImpact.totalCount).toBeGreaterThan(0);
    const p64 = data.slippageImpact.nodes.find((n: any) => n.item.id === `${AJH}/P64`);
    expect(p64).toMatchObject({ lateness: 'EVALUATION_BEHIND', organisation: { id: 'ajh' }, action: { id: `${AJH}/P64`, code: 'PROJECT 64' } });
    expect(p64.finding).toMatchObject({ id: `${AJH}/E24.J4.21`, status: 'DELAYED' });
    const reached = (kind: string) => p64.impacts.filter((i: any) => i.impact === kind);
    // Its own objective and the strategic one above it.
    expect(reached('OBJECTIVE').map((i: any) => i.node.id)).toEqual(expect.arrayContaining([`${AJH}/SD7.OD1`, `${AJH}/SD7`]));
    // Across organisations: the Home Affairs objectives an analyst aligned with AJH SD 7.
    const aligned = reached('ALIGNED');
    expect(aligned.map((i: any) => i.node.id)).toEqual(expect.arrayContaining(['ibz-strategisch-plan/SO4', 'ibz-strategisch-plan/SO10']));
    for (const a of aligned) {
      expect(a.organisation.id).toBe('fod-binnenlandse-zaken');
      expect(a.path.map((l: any) => l.relationship)).toEqual(expect.arrayContaining(['IMPLEMENTS', 'ALIGNED_WITH']));
      expect(a.path.find((l: any) => l.relationship === 'ALIGNED_WITH').basis).toBe('CURATED');
    }
    for (const i of p64.impacts) expect(i.path.length).toBeGreaterThan(0);
  });

  it("reaches other organisations' measures on the IT systems a late project concerns", async () => {
    const data = await api.query<any>(SLIPPAGE, { organisation: 'ajh', asOf: '2025-06-30', first: 100 });
    const p3 = data.slippageImpact.nodes.find((n: any) => n.item.id === `${AJH}/P3`);
    expect(p3).toMatchObject({ lateness: 'EVALUATION_BEHIND', finding: { status: 'NEEDS_ADJUSTMENT' } });
    expect(p3.impacts.filter((i: any) => i.impact === 'SYSTEM').map((i: any) => i.node.id)).toContain('system/SIPAR');
    const measures = p3.impacts.filter((i: any) => i.impact === 'SYSTEM_ACTION');
    expect(measures.length).toBeGreaterThan(0);
    for (const m of measures) {
      expect(m.organisation.id).not.toBe('ajh');
      expect(m.path.map((l: any) => l.relationship)).toEqual(['CONCERNS', 'CONCERNS']);
      expect(m.path[1].to.id).toBe(m.path[0].to.id);
    }
  });

  it('counts a deadline as missed only once it has passed without DONE', async () => {
    const early = await api.query<any>(SLIPPAGE, { organisation: 'igo', asOf: '2023-01-01', first: 100 });
    const late = await api.query<any>(SLIPPAGE, { organisation: 'igo', asOf: '2029-01-01', first: 100 });
    expect(early.slippageImpact.nodes.filter((n: any) => n.lateness === 'DEADLINE_PASSED')).toHaveLength(0);
    const missed = late.slippageImpact.nodes.filter((n: any) => n.lateness === 'DEADLINE_PASSED');
    expect(missed.length).toBeGreaterThan(0);
    for (const n of missed) {
      expect(n.due < '2029-01-01').toBe(true);
      expect(n.status).not.toBe('DONE');
    }
  });

  it('refuses a date that is not one and an unknown organisation', async () => {
    expect((await api.request(SLIPPAGE, { organisation: 'ajh', asOf: 'soon' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.request(SLIPPAGE, { organisation: 'nobody' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
