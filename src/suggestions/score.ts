import { AlignmentRelation } from '../model/enums.js';

/**
 * Suggested alignments, the scoring: pure functions over what the graph says of every objective
 * and action (src/suggestions/inputs.ts reads it). Each pair of items of two different
 * organisations gets a score from the evidence that they pursue the same thing, and every piece
 * of evidence becomes a reason in words with the nodes and links that say so. The weights of
 * the words come from Lucene (BM25 of the Dutch analyzer, see term-postings.cypher), with
 * compounds split and synonyms joined (vocabulary.ts); what is computed here is how much two
 * items share of them (the whole texts, or one sentence of a long one), and of their partners,
 * systems, stakeholder groups, themes, threats and dates, scaled by how close the two
 * organisations' fields are. The texts count in full only when a partner institution or an IT
 * system both items name backs them up (`WEIGHTS.textAlone`).
 */

/** A link of the graph, as `fromId>TYPE>toId`. */
export type LinkRef = string;

export interface ScopeMember {
  readonly id: string;
  readonly title: string | null;
  readonly code: string | null;
  /** The links from it up to the item (empty for the item itself). */
  readonly path: readonly LinkRef[];
}

export interface ItemInput {
  readonly id: string;
  readonly kind: 'Objective' | 'Action';
  readonly organisation: string;
  readonly orgRoot: string;
  readonly organisationName: string;
  readonly planId: string;
  readonly code: string | null;
  readonly title: string;
  readonly description: string | null;
  readonly version: number | null;
  readonly level: string | null;
  readonly deadline: string | null;
  readonly deadlineText: string | null;
  readonly periodFrom: number | null;
  readonly periodTo: number | null;
  readonly scope: readonly ScopeMember[];
  readonly partners: readonly { id: string; name: string; root: string; rootName: string; via: string; role: string | null; link: LinkRef }[];
  readonly systems: readonly { id: string; name: string; via: string; link: LinkRef; operators: readonly string[] }[];
  readonly groups: readonly { id: string; name: string; audience: string; audienceName: string; via: string; role: string | null; link: LinkRef }[];
  readonly themes: readonly { id: string; name: string }[];
  readonly threats: readonly { id: string; code: string | null; text: string; links: readonly LinkRef[]; themes: readonly string[] }[];
}

/** Lucene's weight of each term (a stem, shown as one of its words) in each item. */
export interface TermIndex {
  /** item id → term → BM25 score of the term in the item. */
  readonly weights: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /**
   * item id → the terms of each sentence of its description, with the item's weights, for an
   * item described at length (vocabulary.ts): a side clause of a long text can be what two
   * items share, and the whole text drowns it.
   */
  readonly passages?: ReadonlyMap<string, readonly ReadonlyMap<string, number>[]>;
}

export type ReasonKind =
  | 'TEXT'
  | 'SHARED_PARTNER'
  | 'PARTNER_OF_OTHER'
  | 'SHARED_SYSTEM'
  | 'SHARED_STAKEHOLDERS'
  | 'SHARED_THEME'
  | 'THREAT_ANSWERED'
  | 'TIMING'
  /** What falls under one end (an action of an objective) matches the other. */
  | 'UNDER';

export interface Reason {
  readonly kind: ReasonKind;
  readonly text: string;
  /** What the reason adds to the score. */
  readonly weight: number;
  /** The nodes it rests on (the shared partner, system, theme ...). */
  readonly nodes: readonly string[];
  /** The links of the graph that say so. */
  readonly links: readonly LinkRef[];
  /** The matching words (TEXT only). */
  readonly terms: readonly string[];
}

export interface Suggestion {
  readonly from: string;
  readonly to: string;
  readonly score: number;
  readonly relation: AlignmentRelation;
  readonly reasons: readonly Reason[];
}

/** How much each kind of evidence counts; text similarity carries most. */
export const WEIGHTS = {
  text: 0.6,
  partners: 0.12,
  partnerOfOther: 0.05,
  systems: 0.12,
  stakeholders: 0.06,
  themes: 0.15,
  threat: 0.06,
  timing: 0.02,
  /** Share of the words of what falls under an objective in its own profile. */
  scopeText: 0.35,
  /** An objective's share of the best match of what falls under it. */
  rollUp: 0.9,
  /**
   * The same share when none of the objective's own words (its title and description) occurs in
   * the other item's text: the match is then only that of what falls under it, and says little of
   * what the objective itself pursues.
   */
  rollUpUnsaid: 0.5,
  /** Pairs of an objective and an action, against pairs of one kind. */
  mixedKinds: 0.55,
  /**
   * How strongly a text's length counts against it: 1 is the cosine; below 1, a long text (an
   * objective described at length) is not drowned by its many words.
   */
  textLength: 0.8,
  /** Share of the themes of what falls under an objective in its own. */
  scopeThemes: 0.5,
  /** How strongly a term used by many organisations is weighed down (0: not at all). */
  spread: 1,
  /** How much the closeness of two organisations' fields counts (0: not at all, 1: all). */
  field: 0.5,
  /** A sentence of a long description against a whole text (1: the same). */
  passage: 1,
  /**
   * The share of the text's weight that counts when no shared partner institution or IT system
   * backs it up (the texts alone); it counts in full as the partners or systems two items share
   * approach all of theirs. Two texts can share words and not an aim ("website", "basiscursus",
   * "veiligheidsbeleid" in two senses); a partner or system both name is evidence of another kind.
   */
  textAlone: 0.6,
} as const;

export interface ScoreOptions {
  /** Suggestions kept per item (the best of each end). */
  readonly perItem: number;
  readonly minScore: number;
}

export const DEFAULT_OPTIONS: ScoreOptions = { perItem: 8, minScore: 0.08 };

// --- vectors ----------------------------------------------------------------------------------

type Vector = Map<string, number>;

function add(into: Vector, from: ReadonlyMap<string, number> | undefined, factor: number): void {
  if (!from) return;
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v * factor);
}

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** Cosine of two weighted vectors, and the keys they share, heaviest first. */
function cosine(a: Vector, b: Vector, na: number, nb: number): { value: number; shared: { key: string; weight: number }[] } {
  if (na === 0 || nb === 0) return { value: 0, shared: [] };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  const shared: { key: string; weight: number }[] = [];
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y === undefined) continue;
    dot += x * y;
    shared.push({ key: k, weight: x * y });
  }
  shared.sort((p, q) => q.weight - p.weight || p.key.localeCompare(q.key));
  return { value: dot / (na * nb), shared };
}

/** Inverse document frequency of features shared by many items (a hub partner counts less). */
function idf(counts: Map<string, number>, total: number): (key: string) => number {
  return (key) => Math.log(1 + total / (1 + (counts.get(key) ?? 0)));
}

function featureVector(keys: Iterable<string>, weight: (key: string) => number): Vector {
  const v: Vector = new Map();
  for (const k of keys) v.set(k, weight(k));
  return v;
}

function countKeys(items: readonly ItemInput[], keysOf: (i: ItemInput) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of items) for (const k of new Set(keysOf(i))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

// --- per item ---------------------------------------------------------------------------------

interface Profile {
  readonly item: ItemInput;
  /** The terms of the item's own title and description (not what falls under it). */
  readonly own: ReadonlySet<string>;
  readonly text: Vector;
  readonly textNorm: number;
  /** The sentences of a long description, each with the item's weights of its terms. */
  readonly passages: readonly { readonly v: Vector; readonly norm: number }[];
  readonly partners: Vector;
  readonly partnersNorm: number;
  readonly systems: Vector;
  readonly systemsNorm: number;
  readonly audiences: Vector;
  readonly audiencesNorm: number;
  readonly themes: Vector;
  readonly themesNorm: number;
  /** Which of the item and what falls under it carry each theme, and the theme's name. */
  readonly themeHolders: Map<string, { name: string; holders: string[] }>;
  /** For the score of every pair, read once: the partners' institutions, the item's own themes, the themes of the threats it answers, its deadline. */
  readonly partnerRootSet: ReadonlySet<string>;
  readonly ownThemes: ReadonlySet<string>;
  readonly threatThemes: ReadonlySet<string>;
  readonly deadlineMs: number | null;
}

/** A partner counts once per institution (a unit for its body), and never the item's own organisation. */
const partnerRoots = (i: ItemInput) => i.partners.filter((p) => p.root !== i.orgRoot).map((p) => p.root);

/**
 * How much a term says about what two organisations share: 1 for a term of two organisations'
 * texts, less for one that more organisations use ("samenwerking", "verder", "project"), down to
 * `1 / (1 + ln(orgs / 2))` for a term all of them use. Lucene's IDF counts the items a term is
 * in; this counts the organisations, since a suggestion always joins two of them.
 */
export function organisationSpread(items: readonly { id: string; orgRoot: string }[], terms: TermIndex): Map<string, number> {
  const orgs = new Set(items.map((i) => i.orgRoot));
  const users = new Map<string, Set<string>>();
  for (const i of items) {
    for (const term of terms.weights.get(i.id)?.keys() ?? []) {
      let u = users.get(term);
      if (!u) users.set(term, (u = new Set()));
      u.add(i.orgRoot);
    }
  }
  const n = Math.max(orgs.size, 2);
  const top = 1 + Math.log(n / 2);
  const out = new Map<string, number>();
  for (const [term, u] of users) out.set(term, Math.pow((1 + Math.log(n / Math.max(u.size, 2))) / top, WEIGHTS.spread));
  return out;
}

function profiles(items: readonly ItemInput[], terms0: TermIndex): Profile[] {
  const total = items.length;
  const spread = organisationSpread(items, terms0);
  const damp = (w: ReadonlyMap<string, number>) => new Map([...w].map(([t, x]) => [t, x * (spread.get(t) ?? 1)]));
  const terms: TermIndex = { weights: new Map([...terms0.weights].map(([id, w]) => [id, damp(w)])) };
  const partnerIdf = idf(countKeys(items, partnerRoots), total);
  const systemIdf = idf(countKeys(items, (i) => i.systems.map((s) => s.id)), total);
  const audienceIdf = idf(countKeys(items, (i) => i.groups.map((g) => g.audience)), total);
  const themeIdf = idf(countKeys(items, (i) => i.themes.map((t) => t.id)), total);
  const byId = new Map(items.map((i) => [i.id, i]));
  return items.map((item) => {
    // An objective says little in its own title: what falls under it says what it pursues.
    const text: Vector = new Map();
    add(text, terms.weights.get(item.id), 1);
    const under = item.scope.filter((s) => s.id !== item.id);
    for (const s of under) add(text, terms.weights.get(s.id), WEIGHTS.scopeText / Math.sqrt(under.length));
    const partners = featureVector(partnerRoots(item), partnerIdf);
    const systems = featureVector(item.systems.map((s) => s.id), systemIdf);
    const audiences = featureVector(item.groups.map((g) => g.audience), audienceIdf);
    // Themes of what falls under an objective count too, less than its own.
    const themes = featureVector(item.themes.map((t) => t.id), themeIdf);
    for (const s of under) for (const t of byId.get(s.id)?.themes ?? []) themes.set(t.id, Math.max(themes.get(t.id) ?? 0, themeIdf(t.id) * WEIGHTS.scopeThemes));
    const themeHolders = new Map<string, { name: string; holders: string[] }>();
    for (const holder of [item, ...under.map((u) => byId.get(u.id)).filter((x): x is ItemInput => !!x)]) {
      for (const t of holder.themes) {
        const entry = themeHolders.get(t.id) ?? { name: t.name, holders: [] };
        entry.holders.push(holder.id);
        themeHolders.set(t.id, entry);
      }
    }
    const passages = (terms0.passages?.get(item.id) ?? []).map((p) => {
      const v = damp(p);
      return { v, norm: Math.pow(norm(v), WEIGHTS.textLength) };
    });
    return {
      item, own: new Set(terms.weights.get(item.id)?.keys() ?? []), text, textNorm: Math.pow(norm(text), WEIGHTS.textLength), passages, partners, partnersNorm: norm(partners), systems, systemsNorm: norm(systems),
      audiences, audiencesNorm: norm(audiences), themes, themesNorm: norm(themes), themeHolders,
      partnerRootSet: new Set(item.partners.map((p) => p.root)), ownThemes: new Set(item.themes.map((t) => t.id)),
      threatThemes: new Set(item.threats.flatMap((t) => t.themes)), deadlineMs: item.deadline ? Date.parse(item.deadline) : null,
    };
  });
}

// --- reasons ----------------------------------------------------------------------------------

const label = (i: ItemInput) => `${i.organisationName} ${i.kind === 'Objective' ? 'objective' : 'action'} ${i.code ?? i.id.slice(i.id.indexOf('/') + 1)}`;
const memberLabel = (i: ItemInput, id: string) => {
  if (id === i.id) return label(i);
  const m = i.scope.find((s) => s.id === id);
  return `${i.organisationName} ${m?.code ?? id.slice(id.indexOf('/') + 1)}`;
};
const pathOf = (i: ItemInput, via: string) => i.scope.find((s) => s.id === via)?.path ?? [];
const round = (x: number) => Math.round(x * 1000) / 1000;
const list = (words: readonly string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

function sharedBy<T extends { via: string; link: LinkRef }>(a: ItemInput, b: ItemInput, aList: readonly T[], bList: readonly T[], key: (x: T) => string, k: string) {
  const inA = aList.filter((x) => key(x) === k);
  const inB = bList.filter((x) => key(x) === k);
  const links = [...inA.flatMap((x) => [x.link, ...pathOf(a, x.via)]), ...inB.flatMap((x) => [x.link, ...pathOf(b, x.via)])];
  const via = (i: ItemInput, xs: readonly T[]) => [...new Set(xs.map((x) => memberLabel(i, x.via)))].slice(0, 3).join(', ');
  return { inA, inB, links: [...new Set(links)], viaA: via(a, inA), viaB: via(b, inB) };
}

/**
 * How alike two items' texts are: the cosine of their whole texts, or, when one is described at
 * length, `WEIGHTS.passage` times the cosine of its closest sentence with the other's text,
 * whichever is more. A sentence counts only when it shares two terms or more with the other
 * text: one word in common is a coincidence more often than an aim in common.
 */
function textSimilarity(a: Profile, b: Profile): number {
  let best = cosineValue(a.text, b.text, a.textNorm, b.textNorm);
  for (const p of a.passages) best = Math.max(best, WEIGHTS.passage * passageValue(p.v, b.text, p.norm, b.textNorm));
  for (const p of b.passages) best = Math.max(best, WEIGHTS.passage * passageValue(p.v, a.text, p.norm, a.textNorm));
  return best;
}

function passageValue(p: Vector, other: Vector, np: number, no: number): number {
  if (np === 0 || no === 0) return 0;
  let dot = 0;
  let shared = 0;
  for (const [k, x] of p) {
    const y = other.get(k);
    if (y === undefined) continue;
    dot += x * y;
    shared++;
  }
  return shared >= 2 ? dot / (np * no) : 0;
}

/** The same, with the terms shared (heaviest first) and whether it rests on one sentence. */
function textMatch(a: Profile, b: Profile): { value: number; shared: { key: string; weight: number }[]; passage: boolean } {
  let best = { ...cosine(a.text, b.text, a.textNorm, b.textNorm), passage: false };
  const consider = (m: { value: number; shared: { key: string; weight: number }[] }) => {
    if (m.shared.length >= 2 && WEIGHTS.passage * m.value > best.value) best = { value: WEIGHTS.passage * m.value, shared: m.shared, passage: true };
  };
  for (const p of a.passages) consider(cosine(p.v, b.text, p.norm, b.textNorm));
  for (const p of b.passages) consider(cosine(p.v, a.text, p.norm, a.textNorm));
  return best;
}

function textReason(a: Profile, b: Profile, words: ReadonlyMap<string, string>): Reason | null {
  const { value, shared, passage } = textMatch(a, b);
  if (value <= 0) return null;
  const terms = shared.slice(0, 8).map((s) => words.get(s.key) ?? s.key);
  const counted = corroboration(cosineValue(a.partners, b.partners, a.partnersNorm, b.partnersNorm), cosineValue(a.systems, b.systems, a.systemsNorm, b.systemsNorm));
  const share = counted >= 1 ? '' : counted <= WEIGHTS.textAlone
    ? `, counted at ${Math.round(counted * 100)}%: no shared partner or IT system backs it`
    : `, counted at ${Math.round(counted * 100)}%: they share some of their partners or IT systems`;
  return {
    kind: 'TEXT', weight: round(WEIGHTS.text * value * counted), nodes: [], links: [], terms,
    text: `their Dutch texts share ${shared.length === 1 ? 'the term' : `${shared.length} terms, most of all`} ${list(terms.map((t) => `"${t}"`))}${passage ? ' in one sentence of the longer text' : ''} (text score ${value.toFixed(2)}${share})`,
  };
}

function featureReasons(a: Profile, b: Profile): Reason[] {
  const reasons: Reason[] = [];
  const A = a.item;
  const B = b.item;

  const partners = cosine(a.partners, b.partners, a.partnersNorm, b.partnersNorm);
  if (partners.value > 0) {
    const each = partners.shared.map((s) => {
      const found = sharedBy(A, B, A.partners, B.partners, (p) => p.root, s.key);
      const name = found.inA[0]?.rootName ?? s.key;
      return { key: s.key, name, ...found };
    });
    reasons.push({
      kind: 'SHARED_PARTNER', weight: round(WEIGHTS.partners * partners.value), terms: [],
      nodes: [...new Set(each.flatMap((e) => [...e.inA, ...e.inB].map((p) => p.id)))],
      links: [...new Set(each.flatMap((e) => e.links))],
      text: `both involve ${list(each.map((e) => `${e.name} (${e.viaA}; ${e.viaB})`))}`,
    });
  }

  // One item involves the other's organisation: it counts on what the other plans.
  for (const [x, y] of [[A, B], [B, A]] as const) {
    const found = x.partners.filter((p) => p.root === y.orgRoot);
    if (found.length) {
      reasons.push({
        kind: 'PARTNER_OF_OTHER', weight: WEIGHTS.partnerOfOther / 2, terms: [],
        nodes: [...new Set(found.map((p) => p.id))], links: [...new Set(found.flatMap((p) => [p.link, ...pathOf(x, p.via)]))],
        text: `${label(x)} involves ${y.organisationName} (${[...new Set(found.map((p) => `${memberLabel(x, p.via)}${p.role ? ` as ${p.role.toLowerCase()}` : ''}`))].slice(0, 3).join(', ')})`,
      });
    }
  }

  const systems = cosine(a.systems, b.systems, a.systemsNorm, b.systemsNorm);
  if (systems.value > 0) {
    const each = systems.shared.map((s) => ({ key: s.key, name: A.systems.find((x) => x.id === s.key)?.name ?? s.key, ...sharedBy(A, B, A.systems, B.systems, (x) => x.id, s.key) }));
    reasons.push({
      kind: 'SHARED_SYSTEM', weight: round(WEIGHTS.systems * systems.value), terms: [],
      nodes: each.map((e) => e.key), links: [...new Set(each.flatMap((e) => e.links))],
      text: `both concern the IT system${each.length > 1 ? 's' : ''} ${list(each.map((e) => `${e.name} (${e.viaA}; ${e.viaB})`))}`,
    });
  }

  const audiences = cosine(a.audiences, b.audiences, a.audiencesNorm, b.audiencesNorm);
  if (audiences.value > 0) {
    const each = audiences.shared.map((s) => {
      const found = sharedBy(A, B, A.groups, B.groups, (g) => g.audience, s.key);
      return { name: found.inA[0]?.audienceName ?? s.key, groups: [...found.inA, ...found.inB].map((g) => g.id), ...found };
    });
    reasons.push({
      kind: 'SHARED_STAKEHOLDERS', weight: round(WEIGHTS.stakeholders * audiences.value), terms: [],
      nodes: [...new Set(each.flatMap((e) => e.groups))], links: [...new Set(each.flatMap((e) => e.links))],
      text: `both are for ${list(each.map((e) => `${e.name.toLowerCase()} (${[...new Set([...e.inA, ...e.inB].map((g) => g.name))].slice(0, 2).join('; ')})`))}`,
    });
  }

  const themes = cosine(a.themes, b.themes, a.themesNorm, b.themesNorm);
  if (themes.value > 0) {
    const ids = themes.shared.map((s) => s.key);
    reasons.push({
      kind: 'SHARED_THEME', weight: round(WEIGHTS.themes * themes.value), terms: [], nodes: ids,
      links: ids.flatMap((t) => [a, b].flatMap((p) => (p.themeHolders.get(t)?.holders ?? []).flatMap((h) => [`${h}>HAS_THEME>${t}`, ...pathOf(p.item, h)]))),
      text: `both are tagged ${list(ids.map((t) => {
        const held = (p: Profile) => (p.themeHolders.get(t)?.holders.includes(p.item.id) ? '' : ` through ${memberLabel(p.item, p.themeHolders.get(t)!.holders[0]!)}`);
        return `${a.themeHolders.get(t)?.name ?? t}${held(a)}${held(b)}`;
      }))}`,
    });
  }

  // A threat one organisation answers with this item, on a theme the other item pursues.
  for (const [x, y] of [[A, B], [B, A]] as const) {
    const yThemes = new Set(y.themes.map((t) => t.id));
    const hits = x.threats.filter((t) => t.themes.some((th) => yThemes.has(th)));
    if (!hits.length) continue;
    const t = hits[0]!;
    const themeIds = t.themes.filter((th) => yThemes.has(th));
    reasons.push({
      kind: 'THREAT_ANSWERED', weight: WEIGHTS.threat / 2, terms: [],
      nodes: hits.map((h) => h.id),
      links: [...new Set(hits.flatMap((h) => [...h.links, ...h.themes.filter((th) => yThemes.has(th)).flatMap((th) => [`${h.id}>HAS_THEME>${th}`, `${y.id}>HAS_THEME>${th}`])]))],
      text: `${label(x)} answers ${x.organisationName}'s ${t.code ? `${t.code} ` : ''}"${t.text.length > 90 ? `${t.text.slice(0, 87)}...` : t.text}"${hits.length > 1 ? ` (and ${hits.length - 1} more)` : ''}, on the theme${themeIds.length > 1 ? 's' : ''} of ${label(y)} (${list(themeIds.map((th) => y.themes.find((z) => z.id === th)?.name ?? th))})`,
    });
  }

  const timing = timingReason(A, B);
  if (timing) reasons.push(timing);
  return reasons;
}

/** Deadlines within three months of each other, or periods that overlap. */
function timingReason(a: ItemInput, b: ItemInput): Reason | null {
  if (a.deadline && b.deadline) {
    const days = Math.abs(Date.parse(a.deadline) - Date.parse(b.deadline)) / 86_400_000;
    if (days <= 92) {
      return {
        kind: 'TIMING', weight: WEIGHTS.timing, nodes: [], links: [], terms: [],
        text: `their deadlines are close: ${a.deadlineText ?? a.deadline} (${a.organisationName}) and ${b.deadlineText ?? b.deadline} (${b.organisationName})`,
      };
    }
    return null;
  }
  if (a.periodFrom != null && a.periodTo != null && b.periodFrom != null && b.periodTo != null) {
    const from = Math.max(a.periodFrom, b.periodFrom);
    const to = Math.min(a.periodTo, b.periodTo);
    if (from <= to) {
      return {
        kind: 'TIMING', weight: WEIGHTS.timing / 2, nodes: [], links: [], terms: [],
        text: `their periods overlap: ${from === to ? from : `${from}-${to}`} (${a.periodFrom}-${a.periodTo} and ${b.periodFrom}-${b.periodTo})`,
      };
    }
  }
  return null;
}

// --- relation ---------------------------------------------------------------------------------

const rank = (i: ItemInput) => (i.kind === 'Action' ? 2 : i.level === 'STRATEGIC' ? 0 : 1);

/** Roles in which an organisation gives an item something it needs (not just takes part). */
const SUPPLYING_ROLES = new Set(['SUPPLIER', 'SUPPORT', 'DEVELOPER', 'FUNDER']);

/**
 * What kind of alignment it would be, and which way it points. The default is SAME_AIM: two
 * organisations' items that the evidence finds alike mostly pursue the same thing. The other
 * labels need evidence of their own, since a wrong one misleads more than a plain one:
 * - DEPENDS_ON: one item (or what falls under it) counts on the other's organisation, which
 *   supplies, supports, develops or funds it, or runs an IT system it works on; not both ways;
 * - CONTRIBUTES_TO: a lower item (an action, an operational objective) that involves the other's
 *   organisation in another role (partner, beneficiary ...) works towards the higher one;
 * - COMPLEMENTS: the texts say little in common (`textSimilarity` under 0.15) and the pair rests on
 *   shared partners, systems, stakeholders or themes: they work on the same ground, each its part.
 * Levels alone (an action against a strategic objective) say nothing across organisations: an
 * action of one cannot contribute to another's objective unless it works with that organisation.
 */
export function relationOf(a: ItemInput, b: ItemInput, textSimilarity: number): { relation: AlignmentRelation; from: ItemInput; to: ItemInput } {
  const dependsOn = (x: ItemInput, y: ItemInput) =>
    x.partners.some((p) => p.root === y.orgRoot && p.role != null && SUPPLYING_ROLES.has(p.role)) ||
    x.systems.some((s) => s.operators.includes(y.organisation) || s.operators.includes(y.orgRoot));
  if (dependsOn(a, b) && !dependsOn(b, a)) return { relation: AlignmentRelation.DEPENDS_ON, from: a, to: b };
  if (dependsOn(b, a) && !dependsOn(a, b)) return { relation: AlignmentRelation.DEPENDS_ON, from: b, to: a };
  const involves = (x: ItemInput, y: ItemInput) => x.partners.some((p) => p.root === y.orgRoot);
  if (rank(a) !== rank(b)) {
    const [low, high] = rank(a) > rank(b) ? [a, b] : [b, a];
    if (involves(low, high)) return { relation: AlignmentRelation.CONTRIBUTES_TO, from: low, to: high };
  }
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  return { relation: textSimilarity >= 0.15 ? AlignmentRelation.SAME_AIM : AlignmentRelation.COMPLEMENTS, from: first, to: second };
}

// --- all pairs --------------------------------------------------------------------------------

/** The score of a pair without its words: the sum of what its reasons will weigh. */
function scoreOf(a: Profile, b: Profile): number {
  const partners = cosineValue(a.partners, b.partners, a.partnersNorm, b.partnersNorm);
  const systems = cosineValue(a.systems, b.systems, a.systemsNorm, b.systemsNorm);
  let score = WEIGHTS.text * textSimilarity(a, b) * corroboration(partners, systems);
  score += WEIGHTS.partners * partners;
  score += WEIGHTS.systems * systems;
  score += WEIGHTS.stakeholders * cosineValue(a.audiences, b.audiences, a.audiencesNorm, b.audiencesNorm);
  score += WEIGHTS.themes * cosineValue(a.themes, b.themes, a.themesNorm, b.themesNorm);
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (x.partnerRootSet.has(y.item.orgRoot)) score += WEIGHTS.partnerOfOther / 2;
    if (x.threatThemes.size && y.ownThemes.size) {
      for (const th of x.threatThemes) {
        if (y.ownThemes.has(th)) {
          score += WEIGHTS.threat / 2;
          break;
        }
      }
    }
  }
  return score + timingWeight(a, b);
}

/**
 * How much of the texts' closeness counts: `WEIGHTS.textAlone` when the two items share no
 * partner institution or IT system, all of it when they share all of them (the larger of the
 * two cosines).
 */
function corroboration(partners: number, systems: number): number {
  return WEIGHTS.textAlone + (1 - WEIGHTS.textAlone) * Math.min(1, Math.max(partners, systems));
}

/** What timingReason weighs, without its words. */
function timingWeight(a: Profile, b: Profile): number {
  const A = a.item;
  const B = b.item;
  if (A.deadline && B.deadline) return Math.abs(a.deadlineMs! - b.deadlineMs!) / 86_400_000 <= 92 ? WEIGHTS.timing : 0;
  if (A.periodFrom != null && A.periodTo != null && B.periodFrom != null && B.periodTo != null) {
    return Math.max(A.periodFrom, B.periodFrom) <= Math.min(A.periodTo, B.periodTo) ? WEIGHTS.timing / 2 : 0;
  }
  return 0;
}

function cosineValue(a: Vector, b: Vector, na: number, nb: number): number {
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) dot += x * y;
  }
  return dot / (na * nb);
}

function reasonsOf(a: Profile, b: Profile, words: ReadonlyMap<string, string>): Reason[] {
  const text = textReason(a, b, words);
  return [...(text ? [text] : []), ...featureReasons(a, b)].sort((p, q) => q.weight - p.weight);
}

/**
 * Every pair of items of two different organisations, scored; for each item its best
 * `perItem` (at least `minScore`), so that an item's top suggestions are exact. Pairs in
 * `skip` (decided by someone already) are left out.
 *
 * An objective is also as close to an item as the best of what falls under it: when an action
 * of one organisation matches an objective of another, the objective it implements is
 * suggested too, with that match as its reason (in full when the objective's own words also
 * meet the other item's text, `WEIGHTS.rollUpUnsaid` of it otherwise). Pairs of an objective and an action count a
 * little less than pairs of one kind, so that objectives meet objectives first.
 */
export function suggest(items: readonly ItemInput[], terms: TermIndex, words: ReadonlyMap<string, string>, skip: ReadonlySet<string>, options: ScoreOptions = DEFAULT_OPTIONS): Suggestion[] {
  const ps = profiles(items, terms);
  const index = new Map(ps.map((p, i) => [p.item.id, i]));
  const n = ps.length;
  const affinity = fieldAffinity(ps);
  const base = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (ps[i]!.item.orgRoot === ps[j]!.item.orgRoot) continue;
      const s = scoreOf(ps[i]!, ps[j]!) * affinity(ps[i]!.item.orgRoot, ps[j]!.item.orgRoot);
      base[i * n + j] = s;
      base[j * n + i] = s;
    }
  }
  const under = ps.map((p) => p.item.scope.filter((s) => s.id !== p.item.id).map((s) => index.get(s.id)).filter((k): k is number => k !== undefined));
  // The best match under either end, and which pair it is. An objective takes it in full
  // (`rollUp`) when its own words also meet the other item's text, less (`rollUpUnsaid`) when
  // only what falls under it does.
  const says = (x: number, y: number) => {
    const other = ps[y]!.text;
    for (const t of ps[x]!.own) if (other.has(t)) return true;
    return false;
  };
  const rolled = (i: number, j: number): { score: number; via: [number, number] | null } => {
    let best = base[i * n + j]!;
    let via: [number, number] | null = null;
    if (under[j]!.length) {
      const share = says(j, i) ? WEIGHTS.rollUp : WEIGHTS.rollUpUnsaid;
      for (const k of under[j]!) if (base[i * n + k]! * share > best) [best, via] = [base[i * n + k]! * share, [i, k]];
    }
    if (under[i]!.length) {
      const share = says(i, j) ? WEIGHTS.rollUp : WEIGHTS.rollUpUnsaid;
      for (const k of under[i]!) if (base[k * n + j]! * share > best) [best, via] = [base[k * n + j]! * share, [k, j]];
    }
    return { score: best, via };
  };
  const final = new Map<string, { i: number; j: number; score: number; via: [number, number] | null }>();
  const best = new Map<number, { key: string; score: number }[]>();
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (ps[i]!.item.orgRoot === ps[j]!.item.orgRoot) continue;
      const key = pairKey(ps[i]!.item.id, ps[j]!.item.id);
      if (skip.has(key)) continue;
      const r = rolled(i, j);
      const mixed = ps[i]!.item.kind !== ps[j]!.item.kind ? WEIGHTS.mixedKinds : 1;
      const score = round(r.score * mixed);
      if (score < options.minScore) continue;
      final.set(key, { i, j, score, via: r.via });
      for (const k of [i, j]) {
        const list = best.get(k);
        if (list) list.push({ key, score });
        else best.set(k, [{ key, score }]);
      }
    }
  }
  const kept = new Set<string>();
  for (const list of best.values()) {
    list.sort((p, q) => q.score - p.score || p.key.localeCompare(q.key));
    for (const { key } of list.slice(0, options.perItem)) kept.add(key);
  }
  return [...kept].sort().map((key) => {
    const { i, j, score, via } = final.get(key)!;
    const a = ps[i]!;
    const b = ps[j]!;
    const own = reasonsOf(a, b, words);
    const under = via ? reasonsOf(ps[via[0]]!, ps[via[1]]!, words) : [];
    const reasons = via ? [underReason(ps[via[0]]!, ps[via[1]]!, a, b, under, score), ...own] : own;
    // The texts' closeness, of the pair or of the match under it that carries the pair.
    const closeness = (x: Profile, y: Profile) => round(WEIGHTS.text * textMatch(x, y).value) / WEIGHTS.text;
    const text = Math.max(closeness(a, b), via ? closeness(ps[via[0]]!, ps[via[1]]!) : 0);
    const { relation, from, to } = relationOf(a.item, b.item, text);
    return { from: from.id, to: to.id, score, relation, reasons };
  });
}

/**
 * How close two organisations' fields are: the cosine of all their items' words (each item
 * counting once), against the closest pair of organisations. Two organisations that do the same
 * kind of work (two training institutes) share aims more often than two that only share a
 * generic one ("samenwerking met partners"). Returns the factor a pair's score is multiplied by.
 */
function fieldAffinity(ps: readonly Profile[]): (a: string, b: string) => number {
  const orgs = new Map<string, Vector>();
  for (const p of ps) {
    if (!p.textNorm) continue;
    const v = orgs.get(p.item.orgRoot) ?? new Map<string, number>();
    add(v, p.text, 1 / norm(p.text));
    orgs.set(p.item.orgRoot, v);
  }
  const cos = new Map<string, number>();
  let max = 0;
  const keys = [...orgs.keys()];
  for (const a of keys) for (const b of keys) {
    if (a >= b) continue;
    const va = orgs.get(a)!;
    const vb = orgs.get(b)!;
    const c = cosineValue(va, vb, norm(va), norm(vb));
    cos.set(`${a}|${b}`, c);
    max = Math.max(max, c);
  }
  return (a, b) => {
    const c = cos.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? 0;
    return max > 0 ? 1 - WEIGHTS.field + WEIGHTS.field * (c / max) : 1;
  };
}

/** The reason an objective inherits from what falls under it (or under the other end). */
function underReason(x: Profile, y: Profile, a: Profile, b: Profile, reasons: readonly Reason[], score: number): Reason {
  const member = x.item.id !== a.item.id ? { m: x.item, top: a.item } : { m: y.item, top: b.item };
  const path = member.top.scope.find((s) => s.id === member.m.id)?.path ?? [];
  return {
    kind: 'UNDER', weight: score, terms: reasons.find((r) => r.kind === 'TEXT')?.terms ?? [],
    nodes: [member.m.id], links: [...new Set([...path, ...reasons.flatMap((r) => r.links)])],
    text: `${label(member.m)}, which falls under ${label(member.top)}, matches ${label(member.m === x.item ? y.item : x.item)}: ${reasons.map((r) => r.text).join('; ')}`,
  };
}

/** One key per unordered pair: a suggestion is the same whichever way it points. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u001f${b}` : `${b}\u001f${a}`;
}
