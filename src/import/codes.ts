import type { CodeRule, PlanFile } from './planFile.js';

/**
 * Normalised codes: every coded item keeps its code as printed and gets a normalised one (SD1,
 * OD1.2, S3, T5, RD8, P12 ...) that is unique within its plan. The rules live in the plan file
 * (`plan.codes`), so that the normalisation of each document can be reviewed with its data.
 */

export const CODED_SECTIONS = [
  'stakeholderGroups', 'pestel', 'swot', 'risks', 'riskDomains', 'objectives', 'actions', 'findings',
  'questions', 'answers', 'budgetLines', 'indicators', 'facts', 'figures',
] as const;
export type CodedSection = (typeof CODED_SECTIONS)[number];

export interface CodedItem {
  readonly id: string;
  readonly code?: string | null;
  readonly normalizedCode?: string | null;
  readonly parent?: string | null;
  readonly [key: string]: unknown;
}

export interface NormalizedCode {
  readonly section: CodedSection;
  readonly index: number;
  readonly id: string;
  /** Undefined when the item has a code that no rule normalises. */
  readonly value: string | undefined;
  readonly code: string | null;
}

function fits(rule: CodeRule, item: CodedItem): boolean {
  for (const [key, expected] of Object.entries(rule.where ?? {})) {
    const actual = item[key];
    if (typeof expected === 'boolean') {
      if ((actual !== undefined && actual !== null) !== expected) return false;
    } else if (String(actual ?? '') !== expected) return false;
  }
  return true;
}

/** The normalised code of each coded item of the plan, in section order. */
export function normalizeCodes(plan: PlanFile): NormalizedCode[] {
  const rules = plan.plan.codes;
  const byId = new Map<string, { section: CodedSection; item: CodedItem }>();
  for (const section of CODED_SECTIONS) for (const item of plan[section] as CodedItem[]) byId.set(`${section}/${item.id}`, { section, item });
  const memo = new Map<string, string | undefined>();

  const compute = (section: CodedSection, item: CodedItem, depth = 0): string | undefined => {
    const key = `${section}/${item.id}`;
    if (memo.has(key)) return memo.get(key);
    let value: string | undefined;
    if (item.normalizedCode) value = item.normalizedCode;
    else if (item.code && depth < 10) {
      for (const rule of rules) {
        if (rule.section !== section || !fits(rule, item)) continue;
        const match = new RegExp(rule.pattern).exec(item.code);
        if (!match) continue;
        let out = rule.format.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '');
        if (out.includes('${parent')) {
          const parent = item.parent ? byId.get(`${section}/${item.parent}`) : undefined;
          const parentCode = parent ? compute(parent.section, parent.item, depth + 1) : undefined;
          if (!parentCode) continue;
          // ${parent#}: the parent's code without its leading letters (SD1 -> 1, for OD1.2).
          out = out.replace('${parent#}', parentCode.replace(/^[^0-9]*/, '')).replace('${parent}', parentCode);
        }
        value = out;
        break;
      }
    }
    memo.set(key, value);
    return value;
  };

  const result: NormalizedCode[] = [];
  for (const section of CODED_SECTIONS) {
    (plan[section] as CodedItem[]).forEach((item, index) => {
      if (!item.code && !item.normalizedCode) return;
      result.push({ section, index, id: item.id, value: compute(section, item), code: item.code ?? null });
    });
  }
  return result;
}

/** id → normalised code, per section, for the translation into the graph. */
export function normalizedCodeIndex(plan: PlanFile): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of normalizeCodes(plan)) if (c.value) index.set(`${c.section}/${c.id}`, c.value);
  return index;
}
