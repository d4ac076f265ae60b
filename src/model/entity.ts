import { Basis, NodeKind } from './enums.js';
import { ENUMS } from './enums.js';
import type { PropDef } from './types.js';

/**
 * What every node of the plan graph has, whatever its kind: identity, kind, why it is there
 * (basis with provenance or rationale) and who changed it when. The `Entity` interface of the
 * API and the bookkeeping of every write follow from this list.
 */
export const ENTITY_PROPS: readonly PropDef[] = [
  { name: 'id', type: 'text', required: true },
  { name: 'kind', type: 'enum', enum: ENUMS.find((e) => e.values === NodeKind)!, required: true },
  { name: 'basis', type: 'enum', enum: ENUMS.find((e) => e.values === Basis)!, required: true },
  { name: 'rationale', type: 'longText' },
  { name: 'version', type: 'int', required: true },
  { name: 'createdAt', type: 'datetime' },
  { name: 'createdBy', type: 'text' },
  { name: 'updatedAt', type: 'datetime' },
  { name: 'updatedBy', type: 'text' },
];

/** The stored properties a provenance is read from (on nodes and on links alike). */
export const PROVENANCE_PROPS = ['source', 'lineFrom', 'lineTo', 'quote'] as const;

/**
 * Properties PlanGraph derives from the others at every write, so that lists sort and filter
 * through indexes: `docKey` (document order: plan, position, id), `codeKey` (codes in natural
 * order: "SD 2" before "SD 10"), `sortLabel` (title or name, lower case) and `searchText`
 * (the searchable fields, lower case, for the `text` filter's CONTAINS).
 */
export const DERIVED_PROPS = ['docKey', 'codeKey', 'sortLabel', 'searchText'] as const;

/** Link properties that say why a link is there, and the API field each one feeds. */
export const LINK_EVIDENCE_PROPS: Readonly<Record<string, readonly string[]>> = {
  basis: ['basis'],
  provenance: [...PROVENANCE_PROPS, 'origin'],
  rationale: ['rationale'],
  wording: ['as'],
  relation: ['relation'],
  role: ['role'],
  roleText: ['roleText'],
};
