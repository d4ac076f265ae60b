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

const SUPERSCRIPT_DIGITS = /[\u00b9\u00b2\u00b3\u2070-\u2079]/gu;
const PAGE_NUMBER_LINE = /^\s*\d{1,3}\s*$/;
/** Shortest run of a wording matched on either side of a gap. */
const MIN_PIECE = 12;

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
  private readonly running = new Map<string, { exact: string; digitless: string }>();

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

  /**
   * Why a title, name or text is not the document's own wording, or undefined when it is. The
   * wording's fragments (split at " … ") must occur in order in the document's running text, read
   * without page-number lines and superscript footnote markers and regardless of case (a heading
   * in capitals may be written in lower case); when that fails, digits are ignored
   * as well (a footnote number glued to a word: "6 juli 20171"). `gaps` more breaks are allowed
   * inside the fragments: where the item's own quote skips a footnote that interrupts a sentence.
   */
  checkWording(file: string, wording: string, gaps = 0): string | undefined {
    const text = this.runningText(file);
    const fragments = wording.split(FRAGMENT_SEPARATOR).map((f) => canonical(f).replace(SUPERSCRIPT_DIGITS, '').toLowerCase());
    if (fragments.some((f) => !f)) return 'the wording has an empty fragment';
    if (inOrder(text.exact, fragments, gaps)) return undefined;
    if (inOrder(text.digitless, fragments.map(withoutDigits), gaps)) return undefined;
    return `"${abbreviate(wording)}" is not the wording of ${file}`;
  }

  private runningText(file: string): { exact: string; digitless: string } {
    let text = this.running.get(file);
    if (!text) {
      const exact = canonical(this.lines(file).filter((l) => !PAGE_NUMBER_LINE.test(l)).join('\n'))
        .replace(SUPERSCRIPT_DIGITS, '')
        .toLowerCase();
      text = { exact, digitless: withoutDigits(exact) };
      this.running.set(file, text);
    }
    return text;
  }
}

function withoutDigits(text: string): string {
  return text.replace(/[0-9]+/g, '');
}

/** Fragments in order in the text, each one whole or broken at most `gaps` times in all. */
function inOrder(text: string, fragments: readonly string[], gaps: number): boolean {
  let position = 0;
  let left = gaps;
  for (let fragment of fragments) {
    for (;;) {
      const found = text.indexOf(fragment, position);
      if (found >= 0) {
        position = found + fragment.length;
        break;
      }
      if (left === 0) return false;
      const piece = longestPrefixFrom(text, fragment, position);
      if (piece < MIN_PIECE || fragment.length - piece < MIN_PIECE) return false;
      position = text.indexOf(fragment.slice(0, piece), position) + piece;
      fragment = fragment.slice(piece);
      left -= 1;
    }
  }
  return true;
}

/** Length of the longest start of `needle` found in `text` at or after `from`. */
function longestPrefixFrom(text: string, needle: string, from: number): number {
  let lo = 0;
  let hi = needle.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.indexOf(needle.slice(0, mid), from) >= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function abbreviate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
