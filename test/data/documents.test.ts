import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeCodes } from '../../src/import/codes.js';
import { NODE_LABELS, REL_TYPES, planBatch } from '../../src/import/graphModel.js';
import type { PlanFile } from '../../src/import/planFile.js';
import { canonical, parseLines, SourceTexts } from '../../src/sources/sourceText.js';
import { DATA_DIR, dataset } from '../support/dataset.js';

/**
 * The structures of issue 12 checked against the documents themselves: what each document holds,
 * the misfilings the first pass made (pinned so they stay fixed), and the rules every plan keeps
 * (normalised codes, roles, statuses, the documents' own wording).
 */
const sources = new SourceTexts(path.join(DATA_DIR, 'sources'));
const plans = () => dataset().plans.map((p) => p.data);
const plan = (id: string): PlanFile => {
  const found = plans().find((p) => p.plan.id === id);
  if (!found) throw new Error(`no plan ${id}`);
  return found;
};
const IGO = 'igo-beleidsplan-2023-2028';
const SSR = 'ssr-jaaroverzicht-2019';
const AJH = 'ajh-ondernemingsplan-2025';
const IBZ = 'ibz-strategisch-plan';
const VP = 'vp-vraag-siset-sipar';
const excerpt = (p: PlanFile, lines: string) => sources.excerpt(p.plan.source, parseLines(lines));

describe('what each document holds', () => {
  // Sections a document has content for; each must be filled in its plan file.
  const expected: Record<string, string[]> = {
    [IGO]: ['stakeholderGroups', 'facts', 'references', 'places', 'risks', 'swot', 'pestel', 'objectives', 'actions', 'figures', 'systems'],
    [SSR]: ['stakeholderGroups', 'facts', 'references', 'places', 'risks', 'objectives', 'actions', 'figures', 'systems'],
    [AJH]: ['stakeholderGroups', 'facts', 'references', 'places', 'risks', 'objectives', 'actions', 'findings', 'budgetLines', 'indicators', 'memberships', 'figures', 'systems'],
    [IBZ]: ['stakeholderGroups', 'facts', 'references', 'risks', 'riskDomains', 'swot', 'pestel', 'objectives', 'actions', 'memberships', 'figures', 'systems'],
    [VP]: ['stakeholderGroups', 'facts', 'references', 'risks', 'questions', 'answers', 'actions', 'systems'],
  };

  it.each(Object.entries(expected))('%s fills every section its document has content for', (id, sections) => {
    const p = plan(id) as unknown as Record<string, unknown[]>;
    for (const section of sections) expect(p[section]?.length ?? 0, `${id} ${section}`).toBeGreaterThan(0);
  });

  it('translates into the labels and link types the import knows, each link once (one provenance per link)', () => {
    for (const file of dataset().plans) {
      const batch = planBatch(file, dataset());
      for (const n of batch.nodes) expect(NODE_LABELS as readonly string[], n.id).toContain(n.label);
      for (const r of batch.rels) expect(REL_TYPES as readonly string[], r.type).toContain(r.type);
      const keys = batch.rels.map((r) => `${r.type} ${r.from} -> ${r.to} ${r.key}`);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i), file.file).toEqual([]);
    }
  });
});

describe('the misfilings of the first pass stay fixed', () => {
  it('AJH: 13 strategic objectives, SD 1 to SD 13; the horizontal headings are groups and the 2024 evaluation is findings', () => {
    const ajh = plan(AJH);
    const strategic = ajh.objectives.filter((o) => o.level === 'STRATEGIC');
    expect(strategic.map((o) => o.code)).toEqual(Array.from({ length: 13 }, (_, i) => `SD ${i + 1}`));
    // No objective is filed from the "Evaluatie 2024" part (lines of its section onwards).
    const text = sources.lines(ajh.plan.source);
    const evaluation = text.findIndex((l, i) => i > 100 && /^1\. Evaluatie 2024/.test(l)) + 1;
    expect(evaluation).toBeGreaterThan(100);
    const last = ajh.findings.filter((f) => f.kind === 'EVALUATION').map((f) => parseLines(String(f.provenance.lines)).to);
    const end = Math.max(...last);
    for (const o of ajh.objectives) {
      const { from } = parseLines(String(o.provenance.lines));
      expect(from >= evaluation && from <= end, `${o.id} at line ${from} is in the 2024 evaluation`).toBe(false);
    }
    // Every evaluated objective heading of the evaluation ("JUSTITIE - SD1 ...") is a finding.
    const headings = text.map((l, i) => [i + 1, l] as const).filter(([, l]) => /^(JUSTITIE|HANDHAVING) - SD\d/.test(l)).map(([n]) => n);
    const evaluated = ajh.findings.filter((f) => f.kind === 'EVALUATED_OBJECTIVE').map((f) => parseLines(String(f.provenance.lines)).from);
    for (const n of headings) expect(evaluated, `heading at line ${n}`).toContain(n);
    // Each evaluation row sits under an evaluated objective and keeps the document's status words.
    for (const f of ajh.findings.filter((x) => x.kind === 'EVALUATION')) {
      expect(ajh.findings.find((x) => x.id === f.parent)?.kind, f.id).toBe('EVALUATED_OBJECTIVE');
      if (f.status) expect(canonical(excerpt(ajh, String(f.status.provenance.lines)))).toContain(canonical(f.status.text));
    }
  });

  it('AJH: the heading bullets of projects 12 and 58 (lines 243, 848, 851) are headings of deliverables, not deliverables', () => {
    const ajh = plan(AJH);
    const deliverables = ajh.actions.flatMap((a) => a.deliverables.map((d) => ({ action: a.id, d })));
    for (const line of [243, 848, 851]) {
      expect(deliverables.filter(({ d }) => parseLines(String(d.provenance.lines)).from === line), `line ${line}`).toEqual([]);
      const under = deliverables.filter(({ d }) => d.heading && parseLines(String(d.heading.provenance.lines)).from === line);
      expect(under.length, `deliverables under the heading of line ${line}`).toBeGreaterThan(0);
    }
    expect(deliverables.filter(({ d }) => d.heading && parseLines(String(d.heading.provenance.lines)).from === 243).every(({ action }) => action === 'P12')).toBe(true);
  });

  it('Home Affairs: the NTTC is made of BelPIU and BelENU, as lines 3495-3529 say, and sits in the NCCN', () => {
    const ibz = plan(IBZ);
    const org = (id: string) => ibz.organisations.find((o) => o.id === id)!;
    for (const part of ['belpiu', 'belenu']) {
      expect(org(part).parent, part).toBe('nttc');
      expect(org(part).parentProvenance, part).toBeTruthy();
    }
    expect(org('nttc').parent).toBe('nccn');
    expect(canonical(excerpt(ibz, '3495'))).toContain(canonical('National Travel Targeting Center = BelPIU + BelENU'));
    const partOf = planBatch(dataset().plans.find((p) => p.data.plan.id === IBZ)!, dataset()).rels.filter((r) => r.type === 'PART_OF' && r.to === 'nttc');
    expect(partOf.map((r) => r.from).sort()).toEqual(['belenu', 'belpiu']);
    expect(partOf.every((r) => r.props.basis === 'STATED')).toBe(true);
  });

  it('SISET is run by the VCET: "het dossieropvolgingssysteem van het VCET" (line 888)', () => {
    const siset = plan(AJH).systems.find((s) => s.id === 'SISET')!;
    const vcet = siset.operators.find((o) => o.org === 'vcet');
    expect(vcet).toBeTruthy();
    expect(vcet!.provenance.lines).toBe('888');
    expect(siset.aliases.map((a) => a.as)).toEqual(expect.arrayContaining(['Siset', 'SISSET']));
  });

  it('IGO opportunity O3 names the FOD Justitie (lines 695-697) and mentions it', () => {
    const igo = plan(IGO);
    const o3 = igo.swot.find((s) => s.type === 'OPPORTUNITY' && s.code === 'O3')!;
    expect(o3.text).toMatch(/FOD\s+Justitie/);
    expect(o3.mentions.map((m) => m.org)).toContain('fod-justitie');
  });

  it('the SISET/SIPAR answer: its measures involve whom the text names, the minister owning what she does', () => {
    const vp = plan(VP);
    const measure = (id: string) => vp.actions.find((a) => a.id === id)!;
    expect(measure('A4-6.2').partners.map((p) => p.group ?? p.org)).toEqual(expect.arrayContaining(['vlaamse-minister-van-justitie', 'SG-justitieassistenten']));
    expect(measure('A4-6.3').partners.map((p) => p.group ?? p.org)).toContain('SG-externe-gebruikers');
    expect(measure('A4-6.4').partners.map((p) => p.group ?? p.org)).toEqual(expect.arrayContaining(['justitiehuizen', 'vcet', 'externe-it-partners']));
    // Every measure the answers state is a measure of an answer, and every involvement has a role.
    for (const a of vp.actions) {
      expect(vp.answers.some((ans) => ans.states.some((s) => s.ref === a.id)), `${a.id} is stated by an answer`).toBe(true);
      for (const p of a.partners) expect(p.role, `${a.id} ${p.org ?? p.group}`).toBeTruthy();
    }
    // Without a participant only where the text names none (A2.2: the integration with other systems).
    expect(vp.actions.filter((a) => a.partners.length === 0).map((a) => a.id)).toEqual(['A2.2']);
  });

  it('a plan\'s own board approves; it is not among those asking for a project', () => {
    for (const p of plans()) {
      const own = new Set([p.plan.publisher, ...p.organisations.filter((o) => o.parent === p.plan.publisher).map((o) => o.id)]);
      for (const item of [...p.objectives, ...p.actions]) {
        for (const link of item.partners) {
          if (link.org && own.has(link.org)) expect(link.role, `${p.plan.id} ${item.id} ${link.org}`).not.toBe('REQUESTER');
        }
      }
    }
    const dlm = plan(SSR).actions.find((a) => a.partners.some((l) => l.org === 'ssr-college-van-bestuur'))!;
    expect(dlm.partners.find((l) => l.org === 'ssr-college-van-bestuur')!.role).toBe('APPROVER');
  });
});

describe('the parliamentary question', () => {
  it('has the question, its addressee (the text names no asker and no date), and six numbered sub-questions, each answered', () => {
    const vp = plan(VP);
    const main = vp.questions.filter((q) => !q.parent);
    expect(main).toHaveLength(1);
    expect(main[0]!.askedBy).toEqual([]);
    expect(main[0]!.addressedTo.map((a) => a.org)).toEqual(['vlaamse-minister-van-justitie']);
    const subs = vp.questions.filter((q) => q.parent === main[0]!.id);
    expect(subs.map((q) => q.code)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    const answered = new Set(vp.answers.flatMap((a) => a.answers.map((r) => r.ref)));
    for (const q of subs) expect(answered.has(q.id), q.id).toBe(true);
  });
});

describe('Home Affairs risk domains: the 13 of section 6.5 beside the 12 tables of Bijlage 2', () => {
  it('lists the prose domains as the text has them, each corresponding to its table; the last two share table 12', () => {
    const ibz = plan(IBZ);
    const text = sources.lines(ibz.plan.source);
    const start = text.findIndex((l) => /^6\.5\.\s+Strategische\s+risicodomeinen/.test(l.trim())) + 1;
    const end = text.findIndex((l, i) => i > start && /Zie\s+ook\s+bijlage\s+II/.test(l));
    expect(start).toBeGreaterThan(0);
    const prose = ibz.riskDomains.filter((d) => d.listing === '6.5');
    const tables = ibz.riskDomains.filter((d) => d.listing === 'Bijlage 2');
    expect(tables).toHaveLength(12);
    expect(prose).toHaveLength(13);
    for (const d of prose) {
      const { from } = parseLines(String(d.provenance.lines));
      expect(end).toBeGreaterThan(start);
      expect(from > start && from <= end, d.id).toBe(true);
      expect(tables.map((t) => t.id), d.id).toContain(d.correspondsTo?.ref);
    }
    expect(prose.slice(-2).map((d) => d.correspondsTo?.ref)).toEqual(['RD12', 'RD12']);
    expect(new Set(prose.map((d) => d.correspondsTo?.ref)).size).toBe(12);
  });
});

describe('rules every plan keeps', () => {
  it('every coded item has a normalised code, unique within its plan', () => {
    for (const p of plans()) {
      const codes = normalizeCodes(p);
      for (const c of codes) expect(c.value, `${p.plan.id} ${c.section} ${c.id} (${c.code})`).toBeTruthy();
      const values = codes.map((c) => c.value);
      expect(values.length, p.plan.id).toBe(new Set(values).size);
    }
    const ajh = normalizeCodes(plan(AJH)).filter((c) => c.section === 'objectives').map((c) => c.value);
    expect(ajh).toEqual(expect.arrayContaining(['SD1', 'SD13', 'OD1.1']));
  });

  it('every involvement has a role, and a status keeps the document\'s words beside one value per wording', () => {
    const valueOf = new Map<string, string>();
    for (const p of plans()) {
      for (const item of [...p.objectives, ...p.actions]) for (const l of item.partners) expect(l.role, `${p.plan.id} ${item.id}`).toBeTruthy();
      const statuses = [
        ...p.actions.flatMap((a) => [a.status, ...a.deliverables.map((d) => d.status)]),
        ...p.findings.map((f) => f.status),
      ].filter((s): s is NonNullable<typeof s> => Boolean(s));
      for (const s of statuses) {
        expect(canonical(excerpt(p, String(s.provenance.lines)))).toContain(canonical(s.text));
        // The short status labels of the tables: one value each ("Niet op schema - externe oorzaak" is
        // the only wording that becomes DELAYED; "Kleine afwijking" and "Bij te sturen" stay apart).
        if (s.text.length <= 40) {
          const seen = valueOf.get(s.text);
          if (seen) expect(s.value, s.text).toBe(seen);
          valueOf.set(s.text, s.value);
        }
      }
    }
    expect(valueOf.get('Kleine afwijking')).toBe('MINOR_DEVIATION');
    expect(valueOf.get('Bij te sturen')).toBe('NEEDS_ADJUSTMENT');
  });

  it('every figure says what it measures, in which unit, and what it is about where the text says', () => {
    for (const p of plans()) {
      for (const f of p.figures) {
        expect(f.measure, f.id).toMatch(/^[a-z0-9-]+$/);
        expect(f.unit, f.id).toBeTruthy();
      }
    }
    // The measures are a controlled list, kept in data/README.md ("## Measures").
    const readme = fs.readFileSync(path.join(DATA_DIR, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Measures'), readme.indexOf('## Audiences'));
    const listed = new Set([...section.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]));
    for (const p of plans()) for (const f of p.figures) expect(listed.has(f.measure), `${p.plan.id} ${f.id}: measure ${f.measure}`).toBe(true);
    expect(plan(IGO).figures.length).toBeGreaterThanOrEqual(10);
    const ssr = plan(SSR).figures;
    expect(ssr.filter((f) => f.about.some((a) => a.group)).length).toBeGreaterThan(20);
  });

  it('checks the wording of titles and texts: a paraphrase is refused, page numbers and footnote markers are not wording', () => {
    const igo = plan(IGO).plan.source;
    expect(sources.checkWording(igo, 'Het IGO werd opgericht door de wet van 31 januari 2007')).toBeUndefined();
    // "Potpourri V-wet van 6 juli 20171": the 1 is a footnote marker.
    expect(sources.checkWording(igo, 'door de Potpourri V-wet van 6 juli 2017 verder uitgebreid')).toBeUndefined();
    expect(sources.checkWording(igo, 'Het IGO werd opgericht bij wet in 2007')).toMatch(/is not the wording/);
  });

  it('stores acronyms and aliases where lookup can find them', () => {
    const registry = dataset().registry.data.organisations;
    const acronym = (id: string) => registry.find((o) => o.id === id)?.acronym;
    expect([acronym('igo'), acronym('ssr'), acronym('ajh'), acronym('fod-binnenlandse-zaken'), acronym('vcet')]).toEqual(['IGO', 'SSR', 'AJH', 'IBZ', 'VCET']);
    const systems = dataset().plans.flatMap((p) => planBatch(p, dataset()).nodes.filter((n) => n.label === 'System'));
    const siset = systems.find((n) => n.id === 'system/SISET')!;
    expect(siset.props.aliases).toEqual(expect.arrayContaining(['Siset', 'SISSET']));
  });
});
