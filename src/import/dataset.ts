import fs from 'node:fs';
import path from 'node:path';
import YAML, { LineCounter, type Document } from 'yaml';
import type { z } from 'zod';
import {
  Alignments,
  AudienceVocabulary,
  OrganisationRegistry,
  PlanFile,
  ThemeVocabulary,
  type Alignment,
  type AudienceDef,
  type OrganisationDef,
  type ThemeDef,
} from './planFile.js';
import { SourceTexts } from '../sources/sourceText.js';

/** One problem in one data file: where (file, path, line) and what is wrong. */
export interface DataIssue {
  readonly file: string;
  readonly path: string;
  readonly line: number | undefined;
  readonly message: string;
}

export class DataValidationError extends Error {
  constructor(readonly issues: readonly DataIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the data:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DataValidationError';
  }
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.path || '(file)'}: ${issue.message}`;
}

export type PathSegment = string | number;

/** A parsed YAML file that can say on which line a path starts. */
export class SourceFile<T> {
  constructor(
    readonly file: string,
    readonly data: T,
    private readonly doc: Document | undefined,
    private readonly lineCounter: LineCounter,
  ) {}

  lineOf(at: readonly PathSegment[]): number | undefined {
    for (let n = at.length; n >= 0 && this.doc; n -= 1) {
      const node = this.doc.getIn(at.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return this.lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  }

  issue(at: readonly PathSegment[], message: string): DataIssue {
    return { file: this.file, path: formatPath(at), line: this.lineOf(at), message };
  }
}

export function formatPath(at: readonly PathSegment[]): string {
  return at.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

/** Reads and schema-checks one YAML file; undefined data means it did not parse or fit. */
export function parseDataFile<S extends z.ZodType>(file: string, displayName: string, schema: S, issues: DataIssue[]): SourceFile<z.infer<S>> | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    issues.push({ file: displayName, path: '', line: undefined, message: `can not be read: ${(err as Error).message}` });
    return undefined;
  }
  return parseDataText(text, displayName, schema, issues);
}

export function parseDataText<S extends z.ZodType>(text: string, displayName: string, schema: S, issues: DataIssue[]): SourceFile<z.infer<S>> | undefined {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      issues.push({ file: displayName, path: '', line: error.linePos?.[0]?.line, message: `is not valid YAML: ${error.message.split('\n')[0]}` });
    }
    return undefined;
  }
  const parsed = schema.safeParse(doc.toJS());
  const holder = new SourceFile<unknown>(displayName, undefined, doc, lineCounter);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      const at = problem.path.filter((p): p is PathSegment => typeof p !== 'symbol');
      issues.push(holder.issue(at, problem.message));
    }
    return undefined;
  }
  return new SourceFile(displayName, parsed.data, doc, lineCounter);
}

export interface Dataset {
  readonly dir: string;
  readonly registry: SourceFile<z.infer<typeof OrganisationRegistry>>;
  readonly themes: SourceFile<z.infer<typeof ThemeVocabulary>>;
  readonly alignments: SourceFile<z.infer<typeof Alignments>>;
  readonly audiences: SourceFile<z.infer<typeof AudienceVocabulary>>;
  readonly plans: readonly SourceFile<PlanFile>[];
  readonly sources: SourceTexts;
}

export const DATA_FILES = {
  registry: 'organisations.yaml',
  themes: 'themes.yaml',
  alignments: 'alignments.yaml',
  audiences: 'audiences.yaml',
  plans: 'plans',
  sources: 'sources',
} as const;

export function planFilesIn(dir: string): string[] {
  const plansDir = path.join(dir, DATA_FILES.plans);
  if (!fs.existsSync(plansDir)) return [];
  return fs.readdirSync(plansDir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(plansDir, f));
}

/** Reads every data file of the folder; schema problems are collected, not thrown. */
export function readDataset(dir: string, issues: DataIssue[], extraPlans: readonly { name: string; text: string }[] = []): Dataset | undefined {
  const rel = (file: string) => path.relative(dir, file) || file;
  const registry = parseDataFile(path.join(dir, DATA_FILES.registry), DATA_FILES.registry, OrganisationRegistry, issues);
  const themes = parseDataFile(path.join(dir, DATA_FILES.themes), DATA_FILES.themes, ThemeVocabulary, issues);
  const alignmentsPath = path.join(dir, DATA_FILES.alignments);
  const alignments = fs.existsSync(alignmentsPath)
    ? parseDataFile(alignmentsPath, DATA_FILES.alignments, Alignments, issues)
    : new SourceFile(DATA_FILES.alignments, { alignments: [] as Alignment[] }, undefined, new LineCounter());
  const audiencesPath = path.join(dir, DATA_FILES.audiences);
  const audiences = fs.existsSync(audiencesPath)
    ? parseDataFile(audiencesPath, DATA_FILES.audiences, AudienceVocabulary, issues)
    : new SourceFile(DATA_FILES.audiences, { audiences: [] as AudienceDef[] }, undefined, new LineCounter());
  const extraNames = new Set(extraPlans.map((p) => p.name));
  const plans = planFilesIn(dir)
    .filter((file) => !extraNames.has(rel(file)))
    .map((file) => parseDataFile(file, rel(file), PlanFile, issues))
    .concat(extraPlans.map((p) => parseDataText(p.text, p.name, PlanFile, issues)));
  if (!registry || !themes || !alignments || !audiences) return undefined;
  return {
    dir,
    registry,
    themes,
    alignments,
    audiences,
    plans: plans.filter((p): p is SourceFile<PlanFile> => p !== undefined),
    sources: new SourceTexts(path.join(dir, DATA_FILES.sources)),
  };
}

export type { Alignment, AudienceDef, OrganisationDef, ThemeDef };
