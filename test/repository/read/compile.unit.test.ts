import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { kindDef } from '../../../src/model/kinds.js';
import { listRoot, oneRoot } from '../../../src/graphql/entity/rootFields.js';
import { graphqlSchema } from '../../../src/graphql/schema.js';
import { ALL_KINDS } from '../../../src/graphql/read/fieldIndex.js';
import type { SelectionContext } from '../../../src/graphql/read/selection.js';
import { compileQuestion, compileRead } from '../../../src/repository/read/compile.js';
import { planRow } from '../../../src/graphql/read/rows.js';

/**
 * The Cypher the read path generates, pinned: what a selection compiles to is part of the
 * design (one statement, only what is selected, pages cut in Neo4j). No database needed.
 */
let schema: Awaited<ReturnType<typeof graphqlSchema>>;
beforeAll(async () => {
  schema = await graphqlSchema();
});

function rootField(query: string, variables: Record<string, unknown> = {}): { sc: SelectionContext; field: FieldNode } {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  return { sc: { schema, fragments, variables }, field: operation.selectionSet.selections[0] as FieldNode };
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('compiled reads', () => {
  it('reads only the two selected fields of a node (and its id and kind)', () => {
    const { sc, field } = rootField('{ objective(id: "x") { code title } }');
    const { query, params } = compileRead(oneRoot(['Objective'], 'x', sc, [field]), 'read/objective');
    expect(normalise(query.text)).toBe('MATCH (v:Objective {id: $p0}) RETURN v {.id, .kind, .code, .title} AS result');
    expect(params).toEqual({ p0: 'x' });
  });

  it('compiles a nested read into one statement, each level a page cut per parent, links read only when an edge field asks', () => {
    const { sc, field } = rootField(`{ organisation(id: "igo") { name plans(first: 50) { totalCount edges { wording node { title
      objectives(first: 10) { nodes { code actions(last: 2) { nodes { title } } } } } } } } }`);
    const { query, params } = compileRead(oneRoot(['Organisation'], 'igo', sc, [field]), 'read/organisation');
    expect(normalise(query.text)).toBe(normalise(`MATCH (v:Organisation {id: $p0})
      RETURN v {.id, .kind, .name, l_Organisation_plans: { total: COUNT { MATCH (v)-[r2:PUBLISHES]->(n3:Plan) },
        items: COLLECT { MATCH (v)-[r0:PUBLISHES]->(n1:Plan) WITH r0, n1 ORDER BY n1.docKey ASC, n1.id ASC SKIP $p1 LIMIT $p2
          RETURN { r: r0 {.as}, n: n1 {.id, .kind, .title, l_Plan_objectives: { items: COLLECT {
            MATCH (n1)-[r4:SETS]->(n5:Objective) WITH r4, n5 ORDER BY n5.docKey ASC, n5.id ASC SKIP $p3 LIMIT $p4
            RETURN { n: n5 {.id, .kind, .code, l_Objective_actions: { total: COUNT { MATCH (n5)<-[r8:IMPLEMENTS]-(n9:Action) },
              items: COLLECT { MATCH (n5)<-[r6:IMPLEMENTS]-(n7:Action) WITH r6, n7 ORDER BY n7.docKey DESC, n7.id DESC LIMIT $p5
                RETURN { n: n7 {.id, .kind, .title} } } }} } } }} } } }} AS result`));
    // One more than each page: whether more follow is read, not counted.
    expect(params).toEqual({ p0: 'igo', p1: 0, p2: 51, p3: 0, p4: 11, p5: 3 });
  });

  it('guards each kind-specific field of an interface selection by the node label', () => {
    const { sc, field } = rootField('{ node(id: "x") { id ... on Objective { children(first: 1) { nodes { id } } } ... on Plan { title } } }');
    const text = normalise(compileRead(oneRoot(ALL_KINDS, 'x', sc, [field]), 'read/node').query.text);
    expect(text).toMatch(/^MATCH \(v:Entity \{id: \$p0\}\) RETURN v \{\.id, \.kind, \.title, l_Objective_children: CASE WHEN v:Objective THEN \{ items: COLLECT/);
  });

  it('compiles a list with its filters as indexed predicates, starting from the plans of a publisher filter, the count only when selected, and the sort in Neo4j', () => {
    const def = kindDef('Objective');
    const { sc, field } = rootField('{ objectives(first: 20) { totalCount nodes { code } } }');
    const root = listRoot(def, { first: 20 }, { organisations: ['ajh'], text: 'Digit', levels: ['STRATEGIC'] }, { field: 'CODE', direction: 'DESC' } as never, sc, [field]);
    const { query, params } = compileRead(root, 'read/objectives');
    expect(normalise(query.text)).toBe(normalise(`CALL () { MATCH (o:Organisation)-[:PUBLISHES]->(p:Plan) WHERE o.id IN $p1 RETURN collect(p.id) AS plans0 }
      RETURN { total: COUNT { MATCH (v:Objective) USING INDEX v:Objective(planId) WHERE v.searchText CONTAINS $p0 AND v.planId IN plans0 AND v.level IN $p2 },
        items: COLLECT { MATCH (v:Objective) USING INDEX v:Objective(planId) WHERE v.searchText CONTAINS $p0 AND v.planId IN plans0 AND v.level IN $p2
          WITH v ORDER BY v.codeKey DESC, v.id ASC SKIP $p3 LIMIT $p4 RETURN v {.id, .kind, .code} } } AS result`));
    expect(params).toEqual({ p0: 'digit', p1: ['ajh'], p2: ['STRATEGIC'], p3: 0, p4: 21 });
  });

  it('starts a list of plans filtered by publisher from the plans\' ids, and a list filtered by theme from the theme', () => {
    const plans = rootField('{ plans(filter: { organisations: ["ajh"] }) { nodes { title } } }');
    const byPublisher = normalise(compileRead(listRoot(kindDef('Plan'), {}, { organisations: ['ajh'] }, null, plans.sc, [plans.field]), 'read/plans').query.text);
    expect(byPublisher).toContain('MATCH (v:Plan) USING INDEX v:Plan(id) WHERE v.id IN plans0');
    const objectives = rootField('{ objectives { nodes { code } } }');
    const byTheme = normalise(compileRead(listRoot(kindDef('Objective'), {}, { organisations: ['ajh'], themes: ['theme/digitalisering'] }, null, objectives.sc, [objectives.field]), 'read/objectives').query.text);
    expect(byTheme).not.toContain('USING INDEX');
    expect(byTheme).toContain('<-[:HAS_THEME]-(v:Objective)');
  });

  it('reads an unfiltered list through its document-order index, never a label scan', () => {
    const { sc, field } = rootField('{ themes { nodes { code } } }');
    const text = normalise(compileRead(listRoot(kindDef('Theme'), {}, null, null, sc, [field]), 'read/themes').query.text);
    expect(text).toContain('MATCH (v:Theme) WHERE v.docKey IS NOT NULL WITH v ORDER BY v.sortLabel ASC, v.id ASC');
    expect(text).not.toContain('total');
  });

  it('reads only the evidence an edge field selects', () => {
    const { sc, field } = rootField('{ riskDomain(id: "d") { threats(first: 5) { edges { basis provenance { quote } node { code } } } } }');
    const text = normalise(compileRead(oneRoot(['RiskDomain'], 'd', sc, [field]), 'read/riskDomain').query.text);
    expect(text).toContain('RETURN { r: r0 {.basis, .lineFrom, .lineTo, .origin, .quote, .source}, n: n1 {.id, .kind, .code} }');
    expect(text).toContain('WHERE n1.type = $p1');
  });

  it('reads the ends of a question\'s evidence links only when from or to is selected', () => {
    const compiled = (selection: string) => {
      const { sc, field } = rootField(`{ ${selection} }`);
      const answer = { kind: 'Field', name: { kind: 'Name', value: '' }, selectionSet: { kind: 'SelectionSet', selections: [field] } } as unknown as FieldNode;
      const columns = planRow(sc, 'AnsweringObjective', [answer], { objective: { node: ['Objective'] }, evidence: 'links' });
      const { query, params } = compileQuestion({ name: 'questions/test', text: 'RETURN 1 AS objective, [] AS evidence' }, {}, { columns, order: '', page: null, total: true });
      // The file is told which columns are asked for, and only those are collected.
      expect(params.selectedColumns).toEqual(['evidence']);
      expect(normalise(query.text)).toContain('RETURN collect({evidence: evidence}) AS rows');
      return normalise(query.text);
    };
    const bare = compiled('evidence { relationship provenance { quote } }');
    expect(bare).toContain('{ type: type(l0), r: l0 {.lineFrom, .lineTo, .origin, .quote, .source} }');
    expect(bare).not.toContain('startNode');
    expect(bare).toContain('objective: null');
    expect(compiled('evidence { relationship to { id } }')).toContain('{ type: type(l0), from: startNode(l0).id, to: endNode(l0).id }');
  });
});
