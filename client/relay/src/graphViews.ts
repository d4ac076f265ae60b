import { graphql } from './graphql.js';

/** A neighbourhood as a picture: views with ids of their own, edges between nodeIds. */
export const neighbourhoodQuery = graphql`
  query graphViewsNeighbourhoodQuery($id: ID!, $depth: Int!, $excludeKinds: [NodeKind!]) {
    neighbourhood(id: $id, depth: $depth, excludeKinds: $excludeKinds) {
      centre
      truncated
      nodes { ...graphViews_node }
      edges { id source target relationship basis weight }
      omitted { via relationship direction kind count }
    }
  }
`;

export const nodeViewFragment = graphql`
  fragment graphViews_node on GraphNodeView {
    id
    nodeId
    kind
    subtype
    label
    shortLabel
    code
    organisationId
    degree
    distance
    node { id ...objective_organisation @alias(as: "organisation") }
  }
`;

export const hubQuery = graphql`
  query graphViewsHubQuery($id: ID!, $relationship: String, $kind: NodeKind, $count: Int!, $cursor: String) {
    ...graphViews_hub @arguments(id: $id, relationship: $relationship, kind: $kind, count: $count, cursor: $cursor)
  }
`;

export const hubFragment = graphql`
  fragment graphViews_hub on Query
  @refetchable(queryName: "graphViewsHubPaginationQuery")
  @argumentDefinitions(
    id: { type: "ID!" }
    relationship: { type: "String" }
    kind: { type: "NodeKind" }
    count: { type: "Int", defaultValue: 25 }
    cursor: { type: "String" }
  ) {
    neighbours(id: $id, relationship: $relationship, kind: $kind, first: $count, after: $cursor) @connection(key: "graphViews_neighbours") {
      totalCount
      edges { node { ...graphViews_node } }
    }
  }
`;

export const changesFragment = graphql`
  fragment graphViews_changes on Query
  @refetchable(queryName: "graphViewsChangesPaginationQuery")
  @argumentDefinitions(node: { type: "ID" }, count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
    changes(node: $node, first: $count, after: $cursor) @connection(key: "graphViews_changes") {
      totalCount
      edges { node { id at actor operation summary } }
    }
  }
`;

export const timelineFragment = graphql`
  fragment graphViews_timeline on Query
  @refetchable(queryName: "graphViewsTimelinePaginationQuery")
  @argumentDefinitions(from: { type: "LocalDate!" }, to: { type: "LocalDate!" }, count: { type: "Int", defaultValue: 50 }, cursor: { type: "String" }) {
    timeline(from: $from, to: $to, first: $count, after: $cursor) @connection(key: "graphViews_timeline") {
      totalCount
      edges { node { date dateText kind action { id code title } } }
    }
  }
`;
