import { graphql } from './graphql.js';

/** An objective, refetchable by its id, with its actions and partners paged as connections. */
export const objectiveFragment = graphql`
  fragment objective_objective on Objective
  @refetchable(queryName: "ObjectiveRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
    id
    code
    title
    level
    basis
    provenance { source lines { from to } quote }
    actions(first: $count, after: $cursor) @connection(key: "objective_actions") {
      edges { basis wording node { id code title deadline status } }
    }
  }
`;

export const objectivePartnersFragment = graphql`
  fragment objective_partners on Objective
  @refetchable(queryName: "ObjectivePartnersRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 50 }, cursor: { type: "String" }) {
    partners(first: $count, after: $cursor) @connection(key: "objective_partners") {
      edges { wording node { id name acronym } }
    }
    themes(first: $count) { edges { rationale node { id code name labelEn } } }
  }
`;

export const planFragment = graphql`
  fragment objective_plan on Plan
  @refetchable(queryName: "PlanObjectivesRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 50 }, cursor: { type: "String" }) {
    id
    title
    objectives(first: $count, after: $cursor) @connection(key: "plan_objectives") {
      edges { node { id code title } }
    }
  }
`;

export const organisationFragment = graphql`
  fragment objective_organisation on Organisation @refetchable(queryName: "OrganisationRefetchQuery") {
    id
    name
    acronym
    aliases
  }
`;
