import { Basis } from '../model/enums.js';
import { parseLines } from '../sources/sourceText.js';
import { badInput } from './errors.js';
import { MAX_LONG_TEXT, type Props } from './fields.js';

/**
 * Why a node or link is in the graph: STATED with a provenance whose quote really is in the
 * cited lines of a source document, or CURATED with a rationale. Neither can pass for the other,
 * and SUGGESTED is PlanGraph's own (computed), never entered.
 */
export interface ProvenanceInput {
  readonly source: string;
  readonly lines: string;
  readonly quote: string;
}

/** The source documents, as far as a provenance check needs them. */
export interface Sources {
  exists(file: string): boolean;
  checkQuote(file: string, range: { from: number; to: number }, quote: string): string | undefined;
}

export const MIN_RATIONALE = 10;
const MAX_LINE = 10_000_000;

export function evidenceProps(sources: Sources, basis: unknown, provenance: ProvenanceInput | null | undefined, rationale: unknown, argument: string): Props {
  if (basis === Basis.SUGGESTED) throw badInput(`${argument}.basis`, 'SUGGESTED is computed by PlanGraph, never entered');
  if (basis === Basis.STATED) {
    if (!provenance) throw badInput(`${argument}.provenance`, 'a STATED item needs its provenance (source, lines, quote)');
    if (rationale != null) throw badInput(`${argument}.rationale`, 'a STATED item has a provenance, not a rationale; use basis CURATED for a judgement');
    return { basis, ...checkProvenance(sources, provenance, `${argument}.provenance`), rationale: null };
  }
  if (basis !== Basis.CURATED) throw badInput(`${argument}.basis`, 'must be STATED or CURATED');
  if (provenance != null) throw badInput(`${argument}.provenance`, 'a CURATED item has a rationale, not a provenance; use basis STATED when the document says it');
  return { basis, rationale: checkRationale(rationale, `${argument}.rationale`), source: null, lineFrom: null, lineTo: null, quote: null };
}

export function checkRationale(rationale: unknown, argument: string): string {
  const text = typeof rationale === 'string' ? rationale.trim() : '';
  if (text.length < MIN_RATIONALE) throw badInput(argument, `a CURATED item needs a rationale of at least ${MIN_RATIONALE} characters`);
  if (text.length > MAX_LONG_TEXT) throw badInput(argument, `must be at most ${MAX_LONG_TEXT} characters`);
  return text;
}

/** A provenance must point at words that really are in the cited lines of a source document. */
export function checkProvenance(sources: Sources, p: ProvenanceInput, argument: string): Props {
  if (typeof p.source !== 'string' || p.source.length > 200 || !/^[\w.-]+\.txt$/.test(p.source) || !sources.exists(p.source)) {
    throw badInput(`${argument}.source`, `${String(p.source).slice(0, 200)} is not a source document (see data/sources)`);
  }
  if (typeof p.lines !== 'string' || !/^\d{1,8}(-\d{1,8})?$/.test(p.lines)) throw badInput(`${argument}.lines`, 'must be a line number or a range like 615-620');
  if (typeof p.quote !== 'string' || p.quote.trim().length === 0 || p.quote.length > MAX_LONG_TEXT) throw badInput(`${argument}.quote`, `must be 1 to ${MAX_LONG_TEXT} characters`);
  const range = parseLines(p.lines);
  if (range.from < 1 || range.to > MAX_LINE) throw badInput(`${argument}.lines`, 'must be line numbers from 1');
  const problem = sources.checkQuote(p.source, range, p.quote);
  if (problem) throw badInput(`${argument}.quote`, problem);
  return { source: p.source, lineFrom: range.from, lineTo: range.to, quote: p.quote.trim() };
}

/** A stated item or link of a plan quotes that plan's own document. */
export function requirePlanSource(evidence: Props, planId: string | null, planSource: string | null, argument: string): void {
  if (evidence.basis === Basis.STATED && planSource && evidence.source !== planSource) {
    throw badInput(`${argument}.source`, `items of ${planId} are stated in ${planSource}, not in ${String(evidence.source)}`);
  }
}

/** A link made with a node has the node's own evidence. */
export function linkEvidence(evidence: Props): Props {
  return {
    basis: evidence.basis ?? null,
    source: evidence.source ?? null,
    lineFrom: evidence.lineFrom ?? null,
    lineTo: evidence.lineTo ?? null,
    quote: evidence.quote ?? null,
    rationale: evidence.rationale ?? null,
  };
}
