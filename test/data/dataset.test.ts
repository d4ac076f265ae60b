import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/import/dataset.js';
import { planBatch, registryBatch, alignmentBatch } from '../../src/import/graphModel.js';
import { loadDataset } from '../../src/import/loadDataset.js';
import type { PlanFile } from '../../src/import/planFile.js';
import { canonical, SourceTexts } from '../../src/sources/sourceText.js';
import { DATA_DIR, dataset } from '../support/dataset.js';

const sources = new SourceTexts(path.join(DATA_DIR, 'sources'));
const plan = (id: string): PlanFile => {
  const found = dataset().plans.find((p) => p.data.plan.id === id);
  if (!found) throw new Error(`no plan ${id}`);
  return found.data;
};
const lines = (file: string) => sources.lines(file);
const number = (code: string | null | undefined) => Number(/(\d+)\s*\.?\s*$/.exec(code ?? '')?.[1] ?? NaN);

describe('the dataset', () => {
  it('validates: schema, unique ids and codes, resolving references, every quote in its lines', () => {
    const { issues } = loadDataset(DATA_DIR);
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('holds the five source documents, one plan file each', () => {
    const files = dataset().plans.map((p) => p.data.plan.source).sort();
    expect(files).toEqual(['000_79ceb9d5b7d64cd0.txt', '001_3f41d32698b4ae4b.txt', '002_5095006f71d6bb68.txt', '003_5d5e86352ad1e70b.txt', '004_293a34e3a9b67a1d.txt']);
  });

  it('quotes, for every stated node and link of the graph, words that are in the cited lines', () => {
    const batches = [registryBatch(dataset()), alignmentBatch(dataset()), ...dataset().plans.map((p) => planBatch(p, dataset()))];
    let checked = 0;
    const problems: string[] = [];
    for (const batch of batches) {
      for (const item of [...batch.nodes.map((n) => ({ what: n.id, props: n.props })), ...batch.rels.map((r) => ({ what: `${r.type} ${r.from} -> ${r.to}`, props: r.props }))]) {
        const p = item.props;
        if (p.basis === 'STATED') {
          expect(typeof p.quote, item.what).toBe('string');
          const problem = sources.checkQuote(String(p.source), { from: Number(p.lineFrom), to: Number(p.lineTo) }, String(p.quote));
          if (problem) problems.push(`${item.what}: ${problem}`);
          checked += 1;
        } else {
          expect(p.basis, item.what).toBe('CURATED');
          expect(p.rationale, `${item.what} is curated and needs a rationale`).toEqual(expect.any(String));
          expect(p.quote ?? null, `${item.what} is curated and must not look stated`).toBeNull();
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('numbers the SWOT items of each plan without gaps, as the documents do', () => {
    for (const p of dataset().plans.map((x) => x.data)) {
      for (const type of ['STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'THREAT']) {
        const numbers = p.swot.filter((s) => s.type === type).map((s) => number(s.code));
        if (numbers.length === 0) continue;
        expect(numbers, `${p.plan.id} ${type}`).toEqual(numbers.map((_, i) => i + 1));
      }
    }
  });

  it('has the IGO SWOT the policy plan prints: S1-S8, W1-W8, O1-O6, T1-T11, each starting at its own code', () => {
    const igo = plan('igo-beleidsplan-2023-2028');
    const count = (type: string) => igo.swot.filter((s) => s.type === type).length;
    expect([count('STRENGTH'), count('WEAKNESS'), count('OPPORTUNITY'), count('THREAT')]).toEqual([8, 8, 6, 11]);
    const text = lines(igo.plan.source);
    for (const s of igo.swot) {
      const first = text[Number(String(s.provenance.lines).split('-')[0]) - 1]!;
      expect(canonical(first).startsWith(canonical(s.code!)), `${s.code} at line ${s.provenance.lines}`).toBe(true);
    }
  });

  it('has the seven IGO strategic objectives and, per objective, its actions numbered k.1, k.2, ... without gaps', () => {
    const igo = plan('igo-beleidsplan-2023-2028');
    const strategic = igo.objectives.filter((o) => o.level === 'STRATEGIC');
    expect(strategic).toHaveLength(7);
    strategic.forEach((o, index) => {
      const actions = igo.actions.filter((a) => a.objective === o.id).map((a) => a.code!.replace(/\.$/, ''));
      expect(actions.length, o.code!).toBeGreaterThan(0);
      expect(actions, o.code!).toEqual(actions.map((_, i) => `${index + 1}.${i + 1}`));
    });
  });

  it('has every numbered project of the AJH business plan, PROJECT 1 to the last, each under an objective', () => {
    const ajh = plan('ajh-ondernemingsplan-2025');
    const inText = lines(ajh.plan.source).map((l) => /^PROJECT (\d+)\b/.exec(l)?.[1]).filter(Boolean).map(Number);
    const projects = ajh.actions.filter((a) => a.kind === 'PROJECT' && /^PROJECT \d+$/.test(a.code ?? '')).map((a) => number(a.code));
    expect(projects).toEqual(inText);
    expect(projects).toEqual(projects.map((_, i) => i + 1));
    expect(ajh.actions.filter((a) => a.kind === 'PROJECT' && /^PROJECT/.test(a.code ?? '')).every((a) => a.objective)).toBe(true);
    const sds = ajh.objectives.filter((o) => /^SD \d+$/.test(o.code ?? '')).map((o) => number(o.code));
    expect(sds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('keeps each AJH deliverable with the date the document prints', () => {
    const ajh = plan('ajh-ondernemingsplan-2025');
    const deliverables = ajh.actions.flatMap((a) => a.deliverables);
    expect(deliverables.length).toBeGreaterThan(250);
    for (const d of deliverables.filter((x) => x.due && /^\d{1,2}\/\d{2}\/\d{4}$/.test(x.due.text))) {
      const [day, month, year] = d.due!.text.split('/').map(Number);
      const printed = new Date(Date.UTC(year!, month! - 1, day!));
      // Dates are kept as printed; an impossible one (31/04) becomes the last day of its month.
      const expected = printed.getUTCMonth() === month! - 1 ? printed : new Date(Date.UTC(year!, month!, 0));
      expect(d.due!.date, d.title).toBe(expected.toISOString().slice(0, 10));
      expect(canonical(sources.excerpt(ajh.plan.source, { from: Number(String(d.provenance.lines).split('-')[0]), to: Number(String(d.provenance.lines).split('-').pop()) }))).toContain(canonical(d.due!.text));
    }
  });

  describe('Bijlage 2 of the Home Affairs plan', () => {
    const ibz = () => plan('ibz-strategisch-plan');

    /** The text of each domain section of Bijlage 2, read from the source itself. */
    function bijlage2Sections(): Map<number, string[]> {
      const text = lines(ibz().plan.source);
      const start = text.findIndex((l) => /Bijlage\s+2\s+\S\s+De\s+strategische\s+risicodomeinen/.test(l));
      expect(start).toBeGreaterThan(0);
      const sections = new Map<number, string[]>();
      let current: number | undefined;
      for (const line of text.slice(start + 1)) {
        const heading = /^\s*Domein\s+(\d+)\s/.exec(line);
        if (heading) {
          current = Number(heading[1]);
          sections.set(current, []);
        } else if (current !== undefined) sections.get(current)!.push(line);
      }
      return sections;
    }

    it('has the twelve domains of Bijlage 2, each with the strategic objectives it lists', () => {
      const sections = bijlage2Sections();
      expect([...sections.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      const p = ibz();
      const tables = p.riskDomains.filter((d) => d.listing === 'Bijlage 2');
      expect(tables.map((d) => Number(d.code))).toEqual([...sections.keys()]);
      for (const [n, section] of sections) {
        const listed = [...new Set([...section.join(' ').matchAll(/Strategische\s+doelstelling\s+(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
        const domain = p.riskDomains.find((d) => d.listing === 'Bijlage 2' && Number(d.code) === n)!;
        const held = domain.objectives.map((o) => number(p.objectives.find((x) => x.id === o.ref)!.code)).sort((a, b) => a - b);
        expect(held, `domain ${n}`).toEqual(listed);
      }
    });

    it('files under each domain exactly the weaknesses and threats Bijlage 2 lists there', () => {
      const p = ibz();
      for (const [n, section] of bijlage2Sections()) {
        // Each numbered entry of the section ("2. Investering met ...") is a weakness or a
        // threat of the SWOT; which one, its opening words tell.
        const expected = new Set<string>();
        for (const line of section) {
          const entry = /^\s*(\d+)\.\s+(.*)$/.exec(line);
          if (!entry) continue;
          const opening = canonical(entry[2]!).slice(0, 12);
          const match = p.swot.find((s) => (s.type === 'WEAKNESS' || s.type === 'THREAT') && Number(s.code) === Number(entry[1]) && canonical(s.text).startsWith(opening));
          if (match) expected.add(match.id);
        }
        const domain = p.riskDomains.find((d) => d.listing === 'Bijlage 2' && Number(d.code) === n)!;
        const held = new Set([...domain.weaknesses, ...domain.threats].map((x) => x.ref));
        expect(expected.size, `domain ${n} lists weaknesses and threats`).toBeGreaterThan(0);
        expect([...held].sort(), `domain ${n}`).toEqual([...expected].sort());
      }
    });

    it('files the cyber threat (threat 5) under the domains whose table lists it', () => {
      const p = ibz();
      const cyber = p.swot.find((s) => s.type === 'THREAT' && /cyberdreiging/.test(s.text))!;
      expect(cyber.code).toBe('5');
      const domains = [...bijlage2Sections()].filter(([, section]) => /cyberdreiging/.test(section.join(' '))).map(([n]) => n);
      const held = p.riskDomains.filter((d) => d.threats.some((t) => t.ref === cyber.id)).map((d) => Number(d.code));
      expect(held).toEqual(domains);
      expect(domains.length).toBeGreaterThan(0);
    });
  });

  it('names each institution once: every organisation id is defined in exactly one file', () => {
    const definitions = [
      ...dataset().registry.data.organisations.map((o) => o.id),
      ...dataset().plans.flatMap((p) => p.data.organisations.map((o) => o.id)),
    ];
    expect(definitions.length).toBe(new Set(definitions).size);
  });

  it('links objectives of different organisations only with a rationale', () => {
    const alignments = dataset().alignments.data.alignments;
    expect(alignments.length).toBeGreaterThan(0);
    for (const a of alignments) expect(a.rationale.length).toBeGreaterThan(20);
  });
});
