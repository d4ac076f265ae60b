import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { cypher } from '../../neo4j/cypher.js';
import { compileQuestion, type IdCheck } from '../../repository/read/compile.js';
import type { GraphQLContext } from '../context.js';
import { nodeConnection } from '../common/connection.js';
import { notFound } from '../errors.js';
import { finishPage, pageRequest, type ConnectionWindow } from './paging.js';
import { selectionContext } from './reader.js';
import { planRow, shapeRow, type RawLink, type RowDecl, type Shaped } from './rows.js';
import { subfields } from './selection.js';
import { evidenceOfLink } from '../questions/evidence.js';

/**
 * Running a question: its Cypher file answers, the read path pages the answers and projects
 * what the client selected of them, in one statement. Ids the question was given are checked
 * in the same statement (NOT_FOUND naming the argument when one names nothing).
 */
export interface Question {
  /** Name of the Cypher file under cypher/ (e.g. `questions/threats-to-objectives`). */
  readonly file: string;
  readonly params: Record<string, unknown>;
  /** The GraphQL type of one answer, and which of its fields is which column of the file. */
  readonly answerType: string;
  readonly row: RowDecl;
  /** ORDER BY over the file's columns: answers come in this order, and pages cut it. */
  readonly order: string;
  readonly checks?: readonly (IdCheck & { readonly argument: string })[];
}

/** The field nodes under which a connection's answers are selected (`nodes` and `edges.node`). */
function answerSelections(info: GraphQLResolveInfo, connectionType: string): FieldNode[] {
  const sc = selectionContext(info);
  const top = subfields(sc, connectionType, info.fieldNodes);
  const nodes: FieldNode[] = [];
  for (const [, fields] of top) {
    const name = fields[0]!.name.value;
    if (name === 'nodes') nodes.push(...fields);
    if (name === 'edges') for (const [, edgeFields] of subfields(sc, connectionType.replace(/Connection$/, 'Edge'), fields)) if (edgeFields[0]!.name.value === 'node') nodes.push(...edgeFields);
  }
  return nodes;
}

async function run(ctx: GraphQLContext, info: GraphQLResolveInfo, question: Question, selections: readonly FieldNode[], window: ConnectionWindow | null) {
  const request = window ? pageRequest(window) : null;
  const { plan, rows } = await ctx.reader.cached(info, () => {
    const columns = planRow(selectionContext(info), question.answerType, selections, question.row);
    const page = request?.page ?? null;
    return { columns, compiled: compileQuestion(cypher(question.file), question.params, { columns, order: question.order, page, total: true }, question.checks ?? []) };
  });
  const result = rows[0] as { missing: string[][]; total: number; rows: Record<string, unknown>[] };
  (question.checks ?? []).forEach((check, i) => {
    const missing = result.missing[i]?.[0];
    if (missing !== undefined) throw notFoundFor(check.kind, missing, check.argument);
  });
  const answers = result.rows.map((raw) => shapeRow(raw, plan.columns, evidenceOfLink));
  return { request, answers, total: result.total };
}

function notFoundFor(kind: string, id: string, argument: string) {
  const error = notFound(kind, id);
  Object.assign(error.extensions, { argumentName: argument });
  return error;
}

/** Every answer of a question (for answers that stay small, such as the cells of a matrix). */
export async function allAnswers(ctx: GraphQLContext, info: GraphQLResolveInfo, question: Question): Promise<Shaped[]> {
  return (await run(ctx, info, question, info.fieldNodes, null)).answers;
}

/** A page of a question's answers as a Relay connection (its type is `<answerType>Connection`). */
export async function answerConnection(ctx: GraphQLContext, info: GraphQLResolveInfo, question: Question, window: ConnectionWindow) {
  const { request, answers, total } = await run(ctx, info, question, answerSelections(info, `${question.answerType}Connection`), window);
  const rows = request!.page.reverse ? [...answers].reverse() : answers;
  return nodeConnection(finishPage(request!, rows, total), total);
}

export type { RawLink, Shaped };
