import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DeliverableFields } from './action/action.type.js';
import { AuditResolver } from './curation/audit.js';
import { CurationResolver, KIND_RESOLVERS } from './curation/curation.resolver.js';
import { ENTITY_TYPES } from './entity/entityTypes.js';
import { LINK_RESOLVERS, resolveLinksDirectly } from './entity/linkFields.js';
import { ROOT_RESOLVERS } from './entity/rootFields.js';
import { NodeResolver } from './node/node.resolver.js';
import { ObjectiveFields } from './objective/objective.type.js';
import { ProvenanceResolver } from './provenance/provenance.resolver.js';
import { EvidenceResolver } from './questions/evidence.js';
import { GapsResolver } from './questions/gaps.js';
import { NeighbourhoodResolver } from './questions/neighbourhood.js';
import { GraphNodeViewResolver } from './questions/graphView.js';
import { LookupResolver } from './questions/lookup.js';
import { SharedPartnersHintResolver } from './questions/sharedPartnersHint.js';
import { PathsResolver } from './questions/paths.js';
import { SearchResolver } from './questions/search.js';
import { SharedAudiencesResolver } from './questions/sharedAudiences.js';
import { SharedObjectivesResolver } from './questions/sharedObjectives.js';
import { SharedPartnersResolver } from './questions/sharedPartners.js';
import { ThemeMatrixResolver } from './questions/themeMatrix.js';
import { ThreatsResolver } from './questions/threats.js';
import { TimelineResolver } from './questions/timeline.js';
import { SystemFields } from './system/system.type.js';
import { AlignmentSuggestionsResolver } from './suggestions/alignmentSuggestions.js';
import { SuggestionDecisionsResolver } from './suggestions/decisions.js';
import { SlippageResolver } from './questions/slippage.js';
import { PlanHealthResolver } from './questions/planHealth.js';
import { PlanVersionsResolver } from './versions/planVersions.js';

/** The entity part (types, root fields, relationship fields) comes from the model table; the rest is written per concept. */
export const RESOLVERS = [
  ...ROOT_RESOLVERS, ...LINK_RESOLVERS, NodeResolver, ObjectiveFields, DeliverableFields, SystemFields,
  ProvenanceResolver, EvidenceResolver, ThreatsResolver, GapsResolver, SharedPartnersResolver, SharedObjectivesResolver,
  ThemeMatrixResolver, PathsResolver, NeighbourhoodResolver, SearchResolver, TimelineResolver, CurationResolver, AuditResolver,
  GraphNodeViewResolver, LookupResolver, SharedPartnersHintResolver, SharedAudiencesResolver, AlignmentSuggestionsResolver, SuggestionDecisionsResolver, SlippageResolver, PlanHealthResolver, PlanVersionsResolver,
  ...KIND_RESOLVERS,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the decorated classes. */
export function graphqlSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: RESOLVERS as never,
    // Every node type, so that `node(id)` can return types no query field mentions directly.
    orphanedTypes: [...ENTITY_TYPES],
    validate: false,
    emitSchemaFile: false,
  }).then((built) => {
    resolveLinksDirectly(built);
    return built;
  });
  return schema;
}
