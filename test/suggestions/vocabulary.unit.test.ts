import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AlignmentRelation } from '../../src/model/enums.js';
import { organisationSpread, relationOf, suggest, type ItemInput } from '../../src/suggestions/score.js';
import { termIndex } from '../../src/suggestions/terms.js';
import { COMPOUND_PART, decompound, enrich, loadSynonyms } from '../../src/suggestions/vocabulary.js';

/** A vocabulary: word → in how many items it is. */
const vocab = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('splitting Dutch compounds against the corpus', () => {
  it('splits a compound into words of the corpus, with or without a linking s', () => {
    const v = vocab({ drugs: 4, preventie: 6, drugspreventie: 1, opvolging: 5, kamers: 3, informatie: 9, veiligheid: 12, informatieveiligheid: 2 });
    expect(decompound('drugspreventie', v)).toEqual(['drugs', 'preventie']);
    expect(decompound('informatieveiligheid', v)).toEqual(['informatie', 'veiligheid']);
    expect(decompound('opvolgingskamers', v)).toEqual(['opvolging', 'kamers']);
    expect(decompound('drugsopvolgingskamers', v)).toEqual(['drugs', 'opvolging', 'kamers']);
  });

  it('leaves a word alone when its parts are not words of the corpus, or are too short', () => {
    const v = vocab({ drugs: 4, preventie: 6, samen: 8, ver: 20, beteren: 1, verbeteren: 10 });
    expect(decompound('criminaliteit', v)).toBeNull();
    expect(decompound('verbeteren', v)).toBeNull();
    expect(decompound('drugs', v)).toBeNull();
  });

  it('does not take a split whose part is rarer than the word: "besturen" is not "best" + "uren"', () => {
    expect(decompound('besturen', vocab({ besturen: 6, best: 9, uren: 1 }))).toBeNull();
    expect(decompound('besturen', vocab({ besturen: 1, best: 9, uren: 4 }))).toEqual(['best', 'uren']);
  });
});

describe('the synonym list (data/synonyms.yaml)', () => {
  it('is groups of two lower-case words or more, no word in two groups', () => {
    const groups = loadSynonyms();
    expect(groups.length).toBeGreaterThan(5);
    const seen = new Map<string, number>();
    groups.forEach((g, k) => {
      expect(g.length).toBeGreaterThanOrEqual(2);
      for (const w of g) {
        expect(w).toBe(w.toLowerCase());
        expect(seen.has(w), `"${w}" is in groups ${seen.get(w)} and ${k}`).toBe(false);
        seen.set(w, k);
      }
    });
    expect(groups.some((g) => g.includes('misdaad') && g.includes('criminaliteit'))).toBe(true);
  });

  it('refuses a file that is not a list of groups', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'synonyms-')), 'synonyms.yaml');
    fs.writeFileSync(file, 'groups:\n  - [alleen]\n');
    expect(() => loadSynonyms(file)).toThrow(/group 1/);
    fs.writeFileSync(file, 'words: [a, b]\n');
    expect(() => loadSynonyms(file)).toThrow(/groups/);
  });
});

// Lucene's answer for each word, as term-postings.cypher gives it: the items and BM25 scores.
const postings = [
  { word: 'misdaad', hits: [['a/1', 2.0]] as [string, number][] },
  { word: 'criminaliteit', hits: [['b/1', 1.5]] as [string, number][] },
  { word: 'drugs', hits: [['c/1', 1.2], ['d/1', 1.0]] as [string, number][] },
  { word: 'drug', hits: [['c/1', 1.2], ['d/1', 1.0]] as [string, number][] },
  { word: 'preventie', hits: [['e/1', 0.8]] as [string, number][] },
  { word: 'drugspreventie', hits: [['b/1', 3.0]] as [string, number][] },
];
const texts = [
  { id: 'a/1', title: 'De strijd tegen misdaad', description: null },
  { id: 'b/1', title: 'Criminaliteit', description: 'Drugspreventie in de gemeenten. Een tweede zin over criminaliteit en drugspreventie. En een derde zin hier.' },
  { id: 'c/1', title: 'Drugs', description: null },
  { id: 'd/1', title: 'drug', description: null },
  { id: 'e/1', title: 'Preventie', description: null },
];

describe('enriching Lucene\'s weights', () => {
  const lucene = termIndex(postings);
  const { index, words } = enrich(lucene.index, lucene.words, lucene.termOf, texts, [['misdaad', 'criminaliteit', 'criminele']]);

  it('joins the words of a synonym group into one term, with the best weight of the item', () => {
    expect(index.weights.get('a/1')?.get('misdaad')).toBe(2.0);
    expect(index.weights.get('b/1')?.get('misdaad')).toBe(1.5);
    expect(index.weights.get('b/1')?.has('criminaliteit')).toBe(false);
    expect(words.get('misdaad')).toBe('misdaad/criminaliteit');
  });

  it('gives an item the parts of its compounds, weighed as a plain use of each', () => {
    // "drugs" is used by c/1 (1.2) and d/1 (1.0): a plain use weighs 1.1.
    expect(index.weights.get('b/1')?.get('drug')).toBeCloseTo(COMPOUND_PART * 1.1, 6);
    expect(index.weights.get('b/1')?.get('preventie')).toBeCloseTo(COMPOUND_PART * 0.8, 6);
    expect(index.weights.get('b/1')?.get('drugspreventie')).toBe(3.0);
    expect(index.weights.get('a/1')?.has('drug')).toBe(false);
  });

  it('keeps a long description sentence by sentence, each with the item\'s weights of its terms', () => {
    const passages = index.passages?.get('b/1');
    expect(passages).toHaveLength(2);
    expect([...passages![0]!.keys()].sort()).toEqual(['drug', 'drugspreventie', 'preventie']);
    expect(passages![1]!.get('misdaad')).toBe(1.5);
    expect(index.passages?.has('a/1')).toBe(false);
  });
});

const item = (id: string, org: string, over: Partial<ItemInput> = {}): ItemInput => ({
  id, kind: 'Objective', organisation: org, orgRoot: org, organisationName: org.toUpperCase(), planId: `${org}-plan`, code: null, title: id,
  description: null, version: 1, level: 'STRATEGIC', deadline: null, deadlineText: null, periodFrom: null, periodTo: null,
  scope: [{ id, title: id, code: null, path: [] }], partners: [], systems: [], groups: [], themes: [], threats: [], ...over,
});

describe('the weight of terms many organisations use', () => {
  it('is 1 for a term of two organisations, less the more organisations use it', () => {
    const items = ['a', 'b', 'c', 'd'].map((o) => item(`${o}/1`, o));
    const weights = new Map([
      ['a/1', new Map([['drugs', 1], ['verder', 1]])],
      ['b/1', new Map([['drugs', 1], ['verder', 1]])],
      ['c/1', new Map([['verder', 1]])],
      ['d/1', new Map([['verder', 1], ['eigen', 1]])],
    ]);
    const spread = organisationSpread(items, { weights });
    expect(spread.get('drugs')).toBe(1);
    expect(spread.get('eigen')).toBe(1);
    expect(spread.get('verder')).toBeCloseTo(1 / (1 + Math.log(2)), 6);
  });
});

describe('the relation of a suggestion', () => {
  const strategic = item('b/SO1', 'b');
  const action = item('a/A1', 'a', { kind: 'Action', level: null });

  it('is SAME_AIM by default, even between an action and another organisation\'s strategic objective', () => {
    expect(relationOf(action, strategic, 0.4).relation).toBe(AlignmentRelation.SAME_AIM);
  });

  it('is COMPLEMENTS when the texts say little in common', () => {
    expect(relationOf(action, strategic, 0.1).relation).toBe(AlignmentRelation.COMPLEMENTS);
  });

  it('is CONTRIBUTES_TO, from the lower item, when it works with the other organisation', () => {
    const involving = item('a/A1', 'a', { kind: 'Action', level: null, partners: [{ id: 'b', name: 'B', root: 'b', rootName: 'B', via: 'a/A1', role: 'BENEFICIARY', link: 'a/A1>INVOLVES>b' }] });
    expect(relationOf(strategic, involving, 0.4)).toMatchObject({ relation: AlignmentRelation.CONTRIBUTES_TO, from: { id: 'a/A1' }, to: { id: 'b/SO1' } });
  });

  it('is DEPENDS_ON when the other organisation supplies the item, not when it only owns or takes part', () => {
    const supplied = item('a/1', 'a', { partners: [{ id: 'b', name: 'B', root: 'b', rootName: 'B', via: 'a/1', role: 'SUPPLIER', link: 'a/1>INVOLVES>b' }] });
    expect(relationOf(strategic, supplied, 0.4)).toMatchObject({ relation: AlignmentRelation.DEPENDS_ON, from: { id: 'a/1' }, to: { id: 'b/SO1' } });
    const owned = item('a/1', 'a', { partners: [{ id: 'b', name: 'B', root: 'b', rootName: 'B', via: 'a/1', role: 'OWNER', link: 'a/1>INVOLVES>b' }] });
    expect(relationOf(strategic, owned, 0.4).relation).toBe(AlignmentRelation.SAME_AIM);
  });
});

describe('suggestions from a sentence of a long text', () => {
  it('match an item with a side clause of a long description that the whole text drowns', () => {
    const long = item('b/1', 'b', {
      title: 'Risico\'s', description: 'Veel over crisisbeheer en noodplanning. Nog meer over noodplannen en oefeningen. In de strijd tegen georganiseerde misdaad.',
    });
    const short = item('a/1', 'a', { title: 'De strijd tegen georganiseerde misdaad' });
    const other = item('c/1', 'c', { title: 'Oefeningen' });
    const weights = new Map([
      ['a/1', new Map([['strijd', 1], ['georganiseerd', 1], ['misdaad', 1]])],
      ['b/1', new Map([['crisisbeheer', 2], ['noodplanning', 2], ['noodplan', 2], ['oefening', 2], ['strijd', 1], ['georganiseerd', 1], ['misdaad', 1]])],
      ['c/1', new Map([['oefening', 1]])],
    ]);
    const wholeOnly = suggest([long, short, other], { weights }, new Map(), new Set(), { perItem: 5, minScore: 0 });
    const passages = new Map([['b/1', [new Map([['crisisbeheer', 2], ['noodplanning', 2]]), new Map([['noodplan', 2], ['oefening', 2]]), new Map([['strijd', 1], ['georganiseerd', 1], ['misdaad', 1]])]]]);
    const withSentences = suggest([long, short, other], { weights, passages }, new Map(), new Set(), { perItem: 5, minScore: 0 });
    const score = (list: typeof wholeOnly) => list.find((s) => [s.from, s.to].sort().join() === 'a/1,b/1')?.score ?? 0;
    expect(score(withSentences)).toBeGreaterThan(score(wholeOnly) * 1.5);
    const text = withSentences.find((s) => [s.from, s.to].sort().join() === 'a/1,b/1')!.reasons.find((r) => r.kind === 'TEXT')!;
    expect(text.text).toMatch(/in one sentence of the longer text/);
  });
});
