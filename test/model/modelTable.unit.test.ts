import { describe, expect, it } from 'vitest';
import { DERIVED_PROPS, ENTITY_PROPS, PROVENANCE_PROPS } from '../../src/model/entity.js';
import { ENUMS, FactKind, FindingKind, MembershipRole, PARTNER_ROLES, PlaceKind, PlaceRole, ReferenceKind, RiskKind, Role, StakeholderCategory, Status, ObjectiveLevel } from '../../src/model/enums.js';
import { KINDS, findKind, propOf } from '../../src/model/kinds.js';
import { REL_TYPES, relType } from '../../src/model/links.js';
import { targetsOf } from '../../src/model/types.js';
import { alignmentBatch, planBatch, registryBatch, type GraphBatch } from '../../src/import/graphModel.js';
import * as planFile from '../../src/import/planFile.js';
import { dataset } from '../support/dataset.js';

/**
 * The model table is the one place that says what the graph holds: every label, property and
 * link the import writes from the data files must be declared there (with the kinds at both
 * ends, the enumerations of its values), or the API, the constraints and search would not know it.
 */
function batches(): GraphBatch[] {
  const d = dataset();
  return [registryBatch(d), ...d.plans.map((p) => planBatch(p, d)), alignmentBatch(d)];
}

/** Stored properties every node may have besides its kind's: identity, evidence, plan membership. */
const NODE_BOOKKEEPING = new Set<string>([...ENTITY_PROPS.map((p) => p.name), ...PROVENANCE_PROPS, ...DERIVED_PROPS, 'planId', 'position']);
/** Stored only as the input of a derived property (an organisation's curated aliases feed its aliases). */
const INPUTS: Record<string, readonly string[]> = { Organisation: ['curatedAliases'], System: ['aliasText'], Reference: ['aliasText'] };
/** Link properties every link may have: evidence. */
const LINK_EVIDENCE = new Set<string>(['basis', 'rationale', ...PROVENANCE_PROPS]);
/** Link properties that belong to particular relationships. */
const LINK_PROPS: Record<string, readonly string[]> = {
  ALIGNED_WITH: ['relation'],
  INVOLVES: ['role', 'roleText', 'date', 'dateText'],
  MEMBER_OF: ['role', 'roleText'],
  IN_PLACE: ['role'],
  DESCRIBES: ['description', 'functions', 'aliases'],
};

describe('the model table', () => {
  const all = batches();
  const kindOf = new Map(all.flatMap((b) => b.nodes.map((n) => [n.id, n.label as string] as const)));

  it('declares every label the import writes, and every stored property of it', () => {
    const undeclared = new Set<string>();
    for (const n of all.flatMap((b) => b.nodes)) {
      const def = findKind(n.label);
      expect(def, `label ${n.label}`).toBeDefined();
      const declared = new Set([...def!.props.map(propOf), ...def!.computed.flatMap((c) => c.needs), ...(INPUTS[n.label] ?? [])]);
      for (const prop of Object.keys(n.props)) if (!NODE_BOOKKEEPING.has(prop) && !declared.has(prop)) undeclared.add(`${n.label}.${prop}`);
    }
    expect([...undeclared].sort()).toEqual([]);
  });

  it('declares every relationship type the import writes, with the kinds at both of its ends and its properties', () => {
    const problems = new Set<string>();
    for (const r of all.flatMap((b) => b.rels)) {
      const def = relType(r.type);
      if (!def) {
        problems.add(`undeclared ${r.type}`);
        continue;
      }
      const from = kindOf.get(r.from);
      const to = kindOf.get(r.to);
      if (from && !def.from.includes(from as never)) problems.add(`${r.type} from ${from}`);
      if (to && !def.to.includes(to as never)) problems.add(`${r.type} to ${to}`);
      for (const [prop, value] of Object.entries(r.props)) {
        if (LINK_EVIDENCE.has(prop) || value == null) continue;
        if (prop === 'as' ? !def.wording : !(LINK_PROPS[r.type] ?? []).includes(prop)) problems.add(`${r.type}.${prop}`);
        if (prop === 'role' && !Object.values(def.role?.values ?? {}).includes(value)) problems.add(`${r.type}.role ${String(value)}`);
      }
    }
    expect([...problems].sort()).toEqual([]);
  });

  it('gives every enumerated property a value of its enumeration', () => {
    const wrong = new Set<string>();
    for (const n of all.flatMap((b) => b.nodes)) {
      for (const p of findKind(n.label)!.props) {
        const value = n.props[propOf(p)];
        if (p.type === 'enum' && value != null && !Object.values(p.enum!.values).includes(value)) wrong.add(`${n.label}.${p.name} ${String(value)}`);
      }
    }
    expect([...wrong].sort()).toEqual([]);
  });

  it('has the enumerations of the data files (planFile.ts), value for value', () => {
    const pairs: [object, { options: readonly string[] }][] = [
      [Role, planFile.Role], [PlaceRole, planFile.PlaceRole], [MembershipRole, planFile.MembershipRole], [Status, planFile.Status],
      [RiskKind, planFile.RiskKind], [FindingKind, planFile.FindingKind], [PlaceKind, planFile.PlaceKind], [ReferenceKind, planFile.ReferenceKind],
      [FactKind, planFile.FactKind], [StakeholderCategory, planFile.StakeholderCategory], [ObjectiveLevel, planFile.ObjectiveLevel],
    ];
    for (const [model, file] of pairs) expect(Object.values(model)).toEqual([...file.options]);
    for (const values of [Role, PlaceRole, MembershipRole]) expect(ENUMS.some((e) => e.values === values)).toBe(true);
  });

  it('counts as partners every role but those of a party served, informed, approving or written about', () => {
    expect(Object.values(Role).filter((r) => !PARTNER_ROLES.includes(r)).sort()).toEqual(['ADDRESSEE', 'APPROVER', 'BENEFICIARY', 'SUBJECT']);
  });

  it('reaches only declared kinds over declared relationship types from its relationship fields', () => {
    for (const k of KINDS) {
      for (const link of k.links) {
        const def = REL_TYPES.find((r) => r.type === link.rel);
        expect(def, `${k.kind}.${link.name}`).toBeDefined();
        const [near, far] = link.direction === 'IN' ? [def!.to, def!.from] : [def!.from, def!.to];
        expect(near, `${k.kind}.${link.name}`).toContain(k.kind);
        for (const target of targetsOf(link)) expect(far, `${k.kind}.${link.name} -> ${target}`).toContain(target);
      }
    }
  });
});
