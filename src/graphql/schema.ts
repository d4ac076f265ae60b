import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActionResolver, DeliverableResolver } from './action/action.resolver.js';
import { FigureResolver } from './figure/figure.resolver.js';
import { NodeResolver } from './node/node.resolver.js';
import { ObjectiveResolver } from './objective/objective.resolver.js';
import { OrganisationResolver } from './organisation/organisation.resolver.js';
import { PestelFactorResolver } from './pestel/pestelFactor.resolver.js';
import { PlanResolver } from './plan/plan.resolver.js';
import { ProvenanceResolver } from './provenance/provenance.resolver.js';
import { EvidenceResolver } from './questions/evidence.js';
import { GapsResolver } from './questions/gaps.js';
import { NeighbourhoodResolver } from './questions/neighbourhood.js';
import { GraphNodeViewResolver } from './questions/graphView.js';
import { LookupResolver } from './questions/lookup.js';
import { SharedPartnersHintResolver } from './questions/sharedPartnersHint.js';
import { PathsResolver } from './questions/paths.js';
import { SearchResolver } from './questions/search.js';
import { SharedObjectivesResolver } from './questions/sharedObjectives.js';
import { SharedPartnersResolver } from './questions/sharedPartners.js';
import { ThemeMatrixResolver } from './questions/themeMatrix.js';
import { ThreatsResolver } from './questions/threats.js';
import { TimelineResolver } from './questions/timeline.js';
import { RiskDomainResolver, RiskResolver } from './risk/risk.resolver.js';
import { StakeholderGroupResolver } from './stakeholder/stakeholderGroup.resolver.js';
import { SwotItemResolver } from './swot/swotItem.resolver.js';
import { SystemResolver } from './system/system.resolver.js';
import { ThemeResolver } from './theme/theme.resolver.js';
import { Action, Deliverable } from './action/action.type.js';
import { Figure } from './figure/figure.type.js';
import { Objective } from './objective/objective.type.js';
import { Organisation } from './organisation/organisation.type.js';
import { PestelFactor } from './pestel/pestelFactor.type.js';
import { Plan } from './plan/plan.type.js';
import { Risk, RiskDomain } from './risk/risk.type.js';
import { StakeholderGroup } from './stakeholder/stakeholderGroup.type.js';
import { SwotItem } from './swot/swotItem.type.js';
import { System } from './system/system.type.js';
import { Theme } from './theme/theme.type.js';
import { AuditResolver } from './curation/audit.js';
import { CurationResolver, KIND_RESOLVERS } from './curation/curation.resolver.js';

export const RESOLVERS = [
  NodeResolver, OrganisationResolver, PlanResolver, StakeholderGroupResolver, SwotItemResolver, PestelFactorResolver,
  RiskResolver, RiskDomainResolver, ObjectiveResolver, ActionResolver, DeliverableResolver, SystemResolver, FigureResolver,
  ThemeResolver, ProvenanceResolver, EvidenceResolver, ThreatsResolver, GapsResolver, SharedPartnersResolver,
  SharedObjectivesResolver, ThemeMatrixResolver, PathsResolver, NeighbourhoodResolver, SearchResolver, TimelineResolver,
  CurationResolver, AuditResolver, GraphNodeViewResolver, LookupResolver, SharedPartnersHintResolver, ...KIND_RESOLVERS,
] as const;

/** Every node type, so that `node(id)` can return types no query field mentions directly. */
const ORPHAN_TYPES = [Organisation, Plan, StakeholderGroup, SwotItem, PestelFactor, Risk, RiskDomain, Objective, Action, Deliverable, System, Figure, Theme];

let schema: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the decorated classes. */
export function graphqlSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: RESOLVERS as never,
    orphanedTypes: ORPHAN_TYPES,
    validate: false,
    emitSchemaFile: false,
  });
  return schema;
}
