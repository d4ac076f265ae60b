import YAML, { isAlias, isCollection, type Document } from 'yaml';
import type { FileIssue } from '../../domain/errors.js';

/**
 * An uploaded file is parsed within bounds, so that no upload can make the parser eat the
 * memory or the stack of the service: its size, how deeply it nests, how many aliases it has
 * and how far they expand (the "billion laughs" attack). A plan file needs few or none of them.
 */
export interface YamlBounds {
  readonly maxBytes: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
}

export const DEFAULT_BOUNDS: YamlBounds = { maxBytes: 5 * 1024 * 1024, maxDepth: 40, maxAliases: 100 };

export type Bounded = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: FileIssue };

export function parseBounded(text: string, file: string, bounds: YamlBounds = DEFAULT_BOUNDS): Bounded {
  const refuse = (message: string, line: number | null = null): Bounded => ({ ok: false, issue: { file, path: '', line, message } });
  if (Buffer.byteLength(text, 'utf8') > bounds.maxBytes) return refuse(`is larger than ${Math.round(bounds.maxBytes / 1024)} KB`);
  let doc: Document;
  try {
    doc = YAML.parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  } catch {
    return refuse(`nests too deeply (at most ${bounds.maxDepth} levels)`);
  }
  if (doc.errors.length) return refuse(`is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, doc.errors[0]!.linePos?.[0]?.line ?? null);
  let aliases = 0;
  let tooDeep = false;
  YAML.visit(doc, (_key, node, path) => {
    if (isAlias(node)) aliases += 1;
    if (isCollection(node) && path.length > bounds.maxDepth * 2) {
      tooDeep = true;
      return YAML.visit.BREAK;
    }
    return undefined;
  });
  if (tooDeep) return refuse(`nests too deeply (at most ${bounds.maxDepth} levels)`);
  if (aliases > bounds.maxAliases) return refuse(`has ${aliases} aliases (*name); at most ${bounds.maxAliases} are allowed`);
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: bounds.maxAliases }) };
  } catch (err) {
    return refuse(`expands its aliases too far (${(err as Error).message.split('\n')[0]})`);
  }
}
