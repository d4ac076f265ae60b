import { describe, expect, it } from 'vitest';
import { PARTNER_ROLES } from '../../../src/model/enums.js';
import type { Database } from '../../../src/neo4j/database.js';
import { dataset } from '../../support/dataset.js';
import type { TestServer } from '../../support/server.js';
import { useSeededServer } from '../../support/seeded.js';

/**
 * The questions over the structures of every plan: roles decide who is a partner and who is
 * served, graph views and paths reach every kind, and what people type finds organisations,
 * systems and referenced documents by acronym and by every name the documents give them.
 * Checked against the data files.
 */
let db: Database;
let api: TestServer;
useSeededServer({}, (seededDb, seededApi) => {
  db = seededDb;
  api = seededApi;
});

type Data = Record<string, any>;
const q = (query: string, variables?: Record<string, unknown>) => api.query<Data>(query, variables);
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const plans = () => dataset().plans.map((p) => p.data);
const organisationDefs = () => [...dataset().registry.data.organisations, ...plans().flatMap((p) => p.organisations)];

/** The organisations an organisation's objectives and actions involve in one of the roles, from the data files. */
function involvedBy(org: string, roles: readonly string[]): Set<string> {
  return new Set(plans().filter((p) => p.plan.publisher === org)
    .flatMap((p) => [...p.objectives, ...p.actions].flatMap((i) => i.partners.filter((x) => x.org && x.org !== org && roles.includes(x.role)).map((x) => x.org!))));
}
const shared = (a: string, b: string, roles: readonly string[]) => sorted([...involvedBy(a, roles)].filter((id) => involvedBy(b, roles).has(id)));

describe('roles in the questions', () => {
  it('counts as shared partners only the partner-like roles: a body one organisation serves and another works with is no shared partner', async () => {
    const allRoles = [...new Set(plans().flatMap((p) => [...p.objectives, ...p.actions].flatMap((i) => i.partners.map((x) => x.role))))];
    const partnerLike = shared('ajh', 'igo', PARTNER_ROLES);
    const any = shared('ajh', 'igo', allRoles);
    expect(any.length).toBeGreaterThan(partnerLike.length);
    const read = await q(`query($roles: [Role!]) {
      byDefault: sharedPartners(organisations: ["ajh", "igo"]) { nodes { partner { id } } }
      anyRole: sharedPartners(organisations: ["ajh", "igo"], roles: $roles) { nodes { partner { id } roles involvedBy { involvements { evidence { role } } } } } }`, { roles: allRoles });
    expect(sorted(read.byDefault.nodes.map((n: Data) => n.partner.id))).toEqual(partnerLike);
    expect(sorted(read.anyRole.nodes.map((n: Data) => n.partner.id))).toEqual(any);
    const served = read.anyRole.nodes.find((n: Data) => !partnerLike.includes(n.partner.id));
    expect(served.roles.some((r: string) => !PARTNER_ROLES.includes(r as never))).toBe(true);
  });

  it('refuses an empty list of roles', async () => {
    const response = await api.request('{ sharedPartners(organisations: ["ajh", "igo"], roles: []) { totalCount } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'roles' });
  });

  it('finds the audiences two organisations serve with other roles than BENEFICIARY when asked, and checks its arguments', async () => {
    const served = (org: string, roles: readonly string[]) => new Set(plans().filter((p) => p.plan.publisher === org).flatMap((p) => {
      const groups = new Set([...p.objectives, ...p.actions].flatMap((i) => i.partners.filter((x) => x.group && roles.includes(x.role)).map((x) => x.group!)));
      return p.stakeholderGroups.filter((g) => groups.has(g.id)).flatMap((g) => Object.keys(g.audiences ?? {}));
    }));
    const roles = ['BENEFICIARY', 'PARTICIPANT', 'SUBJECT'];
    const [ajh, vp] = [served('ajh', roles), served('vlaams-parlement', roles)];
    const { sharedAudiences } = await q('query($roles: [Role!]) { sharedAudiences(organisations: ["ajh", "vlaams-parlement"], roles: $roles) { nodes { audience { code } servedBy { groups { items { evidence { role } } } } } } }', { roles });
    expect(sorted(sharedAudiences.nodes.map((n: Data) => n.audience.code))).toEqual(sorted([...ajh].filter((a) => vp.has(a))));
    expect(sharedAudiences.nodes.length).toBeGreaterThan(0);
    for (const n of sharedAudiences.nodes) for (const b of n.servedBy) for (const g of b.groups) for (const i of g.items) expect(roles).toContain(i.evidence.role);
    const one = await api.request('{ sharedAudiences(organisations: ["igo"]) { totalCount } }');
    expect(one.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'organisations' });
    const unknown = await api.request('{ sharedAudiences(organisations: ["igo", "nobody-at-all"]) { totalCount } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'organisations' });
  });

  it('gives the role of an involvement on the links of a path', async () => {
    const found = plans().flatMap((p) => p.actions.flatMap((a) => a.partners.filter((x) => x.org && x.roleText).map((x) => ({ p, a, x }))))[0]!;
    const { connection } = await q(`{ connection(from: "${found.p.plan.id}/${found.a.id}", to: "${found.x.org}", maxHops: 1) { links { relationship role roleText wording } edges { evidences { role } } } }`);
    const roles = connection.flatMap((path: Data) => path.links.filter((l: Data) => l.relationship === 'INVOLVES'));
    expect(roles).toContainEqual({ relationship: 'INVOLVES', role: found.x.role, roleText: found.x.roleText, wording: found.x.as });
  });
});

describe('graph views over every kind', () => {
  it('draws the neighbourhood of SISET with everything the documents link to it, of every kind', async () => {
    const { neighbourhood } = await q('{ neighbourhood(id: "system/SISET", depth: 1, limit: 500) { nodes { nodeId kind label shortLabel } edges { source target relationship } } }');
    const nodes = new Set<string>(neighbourhood.nodes.map((n: Data) => n.nodeId));
    const expected = plans().flatMap((p) => [
      ...p.facts.filter((f) => f.systems.some((s) => s.ref === 'SISET') || f.mentions.some((m) => m.system === 'SISET')),
      ...[...p.questions, ...p.answers, ...p.findings, ...p.risks].filter((i) => i.mentions.some((m) => m.system === 'SISET')),
      ...p.indicators.filter((i) => i.systems.some((s) => s.ref === 'SISET')),
      ...p.actions.filter((a) => a.systems.some((s) => s.ref === 'SISET')),
    ].map((i) => `${p.plan.id}/${i.id}`));
    expect(expected.length).toBeGreaterThan(0);
    for (const id of expected) expect(nodes, id).toContain(id);
    const kinds = new Set(neighbourhood.nodes.map((n: Data) => n.kind));
    for (const kind of ['FACT', 'INDICATOR', 'QUESTION', 'ANSWER', 'FINDING']) expect(kinds).toContain(kind);
    // Two hops, as the explorer asks: nodes of every kind, none refused.
    const wider = await api.request('{ neighbourhood(id: "system/SISET", depth: 2) { nodes { nodeId kind subtype label } } }');
    expect(wider.errors).toBeUndefined();
    expect(new Set((wider.data as Data).neighbourhood.nodes.map((n: Data) => n.kind))).toContain('FACT');
  });
});

describe('names people type', () => {
  /** Every wording of an organisation that only an item of a plan (not the plan's own list, nor the registry) uses. */
  function itemOnlyAlias(): { org: string; wording: string } {
    const orgs = new Map(organisationDefs().map((o) => [o.id, o]));
    for (const p of plans()) {
      const items = [...p.facts, ...p.pestel, ...p.swot, ...p.risks, ...p.findings, ...p.questions, ...p.answers, ...p.figures];
      for (const m of items.flatMap((i) => i.mentions)) {
        if (!m.org) continue;
        const def = orgs.get(m.org)!;
        const elsewhere = plans().some((o) => o.mentions.some((x) => x.org === m.org && x.as === m.as));
        const known = [def.name, def.acronym, ...(def.aliases ?? [])].some((n) => n?.toLowerCase() === m.as.toLowerCase());
        const unique = !organisationDefs().some((o) => o.id !== m.org && [o.name, o.acronym, ...(o.aliases ?? [])].some((n) => n?.toLowerCase() === m.as.toLowerCase()));
        if (!elsewhere && !known && unique && m.as.length > 8) return { org: m.org, wording: m.as };
      }
    }
    throw new Error('no wording of an organisation that only an item uses');
  }

  it('finds an organisation by a name only an item of a plan uses for it, in lookup, search and the text filter', async () => {
    const { org, wording } = itemOnlyAlias();
    const read = await q(`query($text: String!) {
      organisation(id: "${org}") { aliases }
      lookup(text: $text) { matches { reason view { nodeId } } }
      search(query: $text, kinds: [ORGANISATION]) { node { id } }
      organisations(filter: { text: $text }) { nodes { id } } }`, { text: wording });
    expect(read.organisation.aliases).toContain(wording);
    expect(read.lookup.matches.map((m: Data) => m.view.nodeId)).toContain(org);
    expect(read.search.map((h: Data) => h.node.id)).toContain(org);
    expect(read.organisations.nodes.map((n: Data) => n.id)).toContain(org);
  });

  it('finds a system by the names the documents give it where they describe it, and not by how an item words it in passing', async () => {
    const described = plans().flatMap((p) => p.systems.flatMap((s) => s.aliases.map((a) => ({ id: `system/${s.id}`, alias: a.as }))));
    const { id, alias } = described.find((d) => d.alias.includes(' ') && !described.some((o) => o.id !== d.id && o.alias === d.alias))!;
    const read = await q(`query($text: String!) {
      system(id: "${id}") { aliases }
      lookup(text: $text) { matches { reason matched view { nodeId } } }
      search(query: $text, kinds: [SYSTEM]) { node { id } }
      systems(filter: { text: $text }) { nodes { id } } }`, { text: alias });
    expect(read.lookup.matches).toContainEqual({ reason: 'ALIAS', matched: alias, view: { nodeId: id } });
    expect(read.search.map((h: Data) => h.node.id)).toContain(id);
    expect(read.systems.nodes.map((n: Data) => n.id)).toContain(id);
    const passing = plans().flatMap((p) => p.actions.flatMap((a) => a.systems.filter((s) => s.as && s.as.includes(' ')).map((s) => ({ id: `system/${s.ref}`, as: s.as! }))))
      .find((w) => !described.some((d) => d.id === w.id && d.alias === w.as));
    if (passing) {
      const { system } = await q(`{ system(id: "${passing.id}") { aliases } }`);
      expect(system.aliases).not.toContain(passing.as);
    }
  });

  it('finds a system by its acronym and a referenced document by its alias', async () => {
    const system = plans().flatMap((p) => p.systems).find((s) => s.acronym && s.acronym !== s.name)!;
    const reference = plans().flatMap((p) => p.references).find((r) => r.aliases.some((a) => /^[A-Z]{2,5}$/.test(a)))!;
    const alias = reference.aliases.find((a) => /^[A-Z]{2,5}$/.test(a))!;
    const read = await q(`query($acronym: String!, $alias: String!) {
      system: lookup(text: $acronym) { matches { reason view { nodeId } } }
      reference: lookup(text: $alias) { matches { reason view { nodeId kind } } }
      references(filter: { text: $alias }) { nodes { id } } }`, { acronym: system.acronym, alias });
    expect(read.system.matches).toContainEqual({ reason: 'ACRONYM', view: { nodeId: `system/${system.id}` } });
    expect(read.reference.matches).toContainEqual({ reason: 'ALIAS', view: { nodeId: `reference/${reference.id}`, kind: 'REFERENCE' } });
    expect(read.references.nodes.map((n: Data) => n.id)).toContain(`reference/${reference.id}`);
  });
});
