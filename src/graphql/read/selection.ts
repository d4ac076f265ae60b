import {
  GraphQLIncludeDirective, GraphQLSkipDirective, getDirectiveValues, isAbstractType, Kind,
  type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';

/**
 * What a client selected below a field, for one concrete type: the fields by response key,
 * with fragments expanded, type conditions applied and @skip/@include obeyed, the way GraphQL
 * execution will see them. Pure: no resolver runs.
 */
export interface SelectionContext {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
}

function included(sc: SelectionContext, node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1]): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, sc.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, sc.variables)?.if !== false;
}

function conditionMatches(sc: SelectionContext, condition: string | undefined, typeName: string): boolean {
  if (!condition || condition === typeName) return true;
  const conditionType = sc.schema.getType(condition);
  const runtimeType = sc.schema.getType(typeName);
  if (!conditionType || !runtimeType || !isAbstractType(conditionType)) return false;
  return sc.schema.isSubType(conditionType, runtimeType as never);
}

function collect(sc: SelectionContext, typeName: string, set: SelectionSetNode, into: Map<string, FieldNode[]>, seen: Set<string>): void {
  for (const selection of set.selections) {
    if (!included(sc, selection)) continue;
    switch (selection.kind) {
      case Kind.FIELD: {
        const key = selection.alias?.value ?? selection.name.value;
        const list = into.get(key);
        if (list) list.push(selection);
        else into.set(key, [selection]);
        break;
      }
      case Kind.INLINE_FRAGMENT:
        if (conditionMatches(sc, selection.typeCondition?.name.value, typeName)) collect(sc, typeName, selection.selectionSet, into, seen);
        break;
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = sc.fragments[name];
        if (!fragment || seen.has(name) || !conditionMatches(sc, fragment.typeCondition.name.value, typeName)) break;
        seen.add(name);
        collect(sc, typeName, fragment.selectionSet, into, seen);
        break;
      }
    }
  }
}

/** The fields selected below `fieldNodes` when the value is of type `typeName`. */
export function subfields(sc: SelectionContext, typeName: string, fieldNodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const into = new Map<string, FieldNode[]>();
  const seen = new Set<string>();
  for (const node of fieldNodes) if (node.selectionSet) collect(sc, typeName, node.selectionSet, into, seen);
  return into;
}

/** Does the client select `fieldName` (under any alias) below `fieldNodes` on type `typeName`? */
export function selects(sc: SelectionContext, typeName: string, fieldNodes: readonly FieldNode[], fieldName: string): boolean {
  for (const nodes of subfields(sc, typeName, fieldNodes).values()) if (nodes[0]!.name.value === fieldName) return true;
  return false;
}
