import type { Database } from '../../src/neo4j/database.js';

/**
 * What EXPLAIN says about a statement: the operators of its plan that read far more of the graph
 * than the statement asks for.
 *
 * - An AllNodesScan (every node of the database) or an all-relationships scan.
 * - A NodeByLabelScan on `Entity`: every node of the plan graph carries that label, so scanning
 *   it is scanning the whole graph.
 * - A NodeByLabelScan on a label whose nodes are then filtered on a property that an index of
 *   that same label covers: the index could have served the lookup and was not used.
 */
export interface PlanOperator {
  readonly operatorType: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly identifiers: readonly string[];
  readonly children: readonly PlanOperator[];
}

/** Properties covered by a (range, text or point) index, per label. */
export type NodeIndexes = ReadonlyMap<string, ReadonlySet<string>>;

/** Labels whose scan is a scan of the whole plan graph. */
const EVERY_NODE_LABELS = new Set(['Entity']);
const WHOLE_GRAPH_SCANS = new Set(['AllNodesScan', 'DirectedAllRelationshipsScan', 'UndirectedAllRelationshipsScan']);

const operatorName = (op: PlanOperator) => op.operatorType.replace(/@.*$/, '');
const details = (op: PlanOperator) => String(op.arguments.Details ?? '');

export async function nodeIndexes(db: Database): Promise<NodeIndexes> {
  const rows = await db.read({
    name: 'test/node-indexes',
    text: "SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties WHERE entityType = 'NODE' AND type IN ['RANGE', 'TEXT', 'POINT'] RETURN labelsOrTypes, properties",
  });
  const out = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const label of row.labelsOrTypes as string[]) {
      if (!out.has(label)) out.set(label, new Set());
      // A composite index serves a lookup on its first property.
      out.get(label)!.add((row.properties as string[])[0]!);
    }
  }
  return out;
}

/** `o:Objective` (or `UNIQUE o:Objective ...`) of a label scan's details: the variable and label. */
function scannedVariable(op: PlanOperator): { variable: string; label: string } | undefined {
  const match = /^`?([\w ]+?)`?:`?(\w+)`?/.exec(details(op).trim());
  return match ? { variable: match[1]!, label: match[2]! } : undefined;
}

/** Every problem of a plan, as readable sentences; empty when the plan reads what it should. */
export function planProblems(plan: PlanOperator, indexes: NodeIndexes): string[] {
  const problems: string[] = [];
  const visit = (op: PlanOperator, ancestors: readonly PlanOperator[]) => {
    const name = operatorName(op);
    if (WHOLE_GRAPH_SCANS.has(name)) problems.push(`${name} (${details(op) || op.identifiers.join(', ')}) reads the whole graph`);
    if (name === 'NodeByLabelScan') {
      const scanned = scannedVariable(op);
      if (scanned && EVERY_NODE_LABELS.has(scanned.label)) {
        problems.push(`NodeByLabelScan of :${scanned.label} (${details(op)}) reads every node of the plan graph`);
      } else if (scanned) {
        const indexed = indexes.get(scanned.label) ?? new Set<string>();
        const filtered = new Set<string>();
        const property = new RegExp(`\\b${scanned.variable.replace(/\W/g, '\\$&')}\\.(\\w+)`, 'g');
        for (const a of ancestors) {
          if (operatorName(a) !== 'Filter') continue;
          for (const m of details(a).matchAll(property)) if (indexed.has(m[1]!)) filtered.add(m[1]!);
        }
        if (filtered.size) {
          problems.push(`NodeByLabelScan of :${scanned.label} (${details(op)}) then a filter on ${[...filtered].map((p) => `${scanned.variable}.${p}`).join(', ')}, which an index of :${scanned.label} covers`);
        }
      }
    }
    for (const child of op.children) visit(child, [...ancestors, op]);
  };
  visit(plan, []);
  return problems;
}
