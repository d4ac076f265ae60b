/**
 * @plangraph/client: a TypedDocumentNode for every operation of operations/ (the nine questions,
 * the explorer's views, the node fields, the curation mutations) with the types of their
 * variables and results, the fragments they are made of, and a small fetch client.
 */
export * from '../generated/graphql.js';
export { graphql } from '../generated/gql.js';
export { createClient, PlanGraphError, type ClientOptions, type PlanGraphClient } from './request.js';
