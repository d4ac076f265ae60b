import fs from 'node:fs';
import path from 'node:path';

/**
 * The source documents and the rule that ties a provenance quote to them. Text is compared
 * ignoring whitespace and hyphen characters: PDF extraction scatters double spaces, tabs,
 * non-breaking spaces, end-of-line hyphens and several dash characters, none of which is part
 * of the wording. A quote may consist of fragments separated by " … " (the item's words around
 * another column of a flattened table); the fragments must occur in order.
 */
export const FRAGMENT_SEPARATOR = ' … ';
const IGNORED = /[\s\-\u2010\u2011\u2012\u2013\u00ad]+/gu;

export function canonical(text: string): string {
  return text.normalize('NFC').replace(IGNORED, '');
}

export interface LineRange {
  readonly from: number;
  readonly to: number;
}

export function parseLines(spec: string): LineRange {
  const [from, to] = spec.split('-').map(Number);
  return { from: from!, to: to ?? from! };
}

export class SourceTexts {
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly dir: string) {}

  exists(file: string): boolean {
    return fs.existsSync(path.join(this.dir, file));
  }

  lines(file: string): readonly string[] {
    let lines = this.cache.get(file);
    if (!lines) {
      lines = fs.readFileSync(path.join(this.dir, file), 'utf8').split('\n');
      this.cache.set(file, lines);
    }
    return lines;
  }

  /** The text of lines from..to (1-based, inclusive). */
  excerpt(file: string, range: LineRange): string {
    return this.lines(file).slice(range.from - 1, range.to).join('\n');
  }

  /** Why the quote is not in the cited lines, or undefined when it is. */
  checkQuote(file: string, range: LineRange, quote: string): string | undefined {
    const count = this.lines(file).length;
    if (range.from < 1 || range.to < range.from || range.to > count) {
      return `lines ${range.from}-${range.to} are outside ${file} (1-${count})`;
    }
    const haystack = canonical(this.excerpt(file, range));
    let position = 0;
    for (const fragment of quote.split(FRAGMENT_SEPARATOR)) {
      const needle = canonical(fragment);
      if (!needle) return 'the quote is empty';
      const found = haystack.indexOf(needle, position);
      if (found < 0) return `"${abbreviate(fragment)}" is not in ${file} lines ${range.from}-${range.to}`;
      position = found + needle.length;
    }
    return undefined;
  }
}

function abbreviate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
