import { KEY_PATTERN, MAX_ID_LENGTH, MAX_KEY_LENGTH } from '../model/namespaces.js';
import type { PropDef } from '../model/types.js';
import type { PropValue } from '../repository/properties.js';
import { badInput } from './errors.js';

/**
 * Checks of single values, the same for every writer: lengths, numbers, enumerations, real
 * calendar dates, ids and keys. Each throws BAD_USER_INPUT naming the argument.
 */
export const MAX_TEXT = 500;
export const MAX_LONG_TEXT = 5000;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export type { PropValue };
export type Props = Record<string, PropValue>;

/** Whether `text` is YYYY-MM-DD of a day that exists (no 30 February), within the years PlanGraph knows. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function checkKey(value: unknown, argument: string): string {
  if (typeof value !== 'string' || !KEY_PATTERN.test(value) || value.length > MAX_KEY_LENGTH) {
    throw badInput(argument, `must be 1-${MAX_KEY_LENGTH} letters, digits, dots, dashes or underscores, starting with a letter or digit`);
  }
  return value;
}

/** An id given by a caller: bounded, printable, no control characters. Whether it exists is for the graph to say. */
export function checkId(value: unknown, argument: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID_LENGTH || /[\u0000-\u001f\u007f]/.test(value)) {
    throw badInput(argument, `must be an id of at most ${MAX_ID_LENGTH} characters`);
  }
  return value;
}

export function checkText(value: unknown, argument: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (typeof value !== 'string') throw badInput(argument, 'must be text');
  if (!text) throw badInput(argument, 'must not be empty (give null to clear it)');
  if (text.length > max) throw badInput(argument, `must be at most ${max} characters`);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) throw badInput(argument, 'must not contain control characters');
  return text;
}

const isYearField = (name: string) => /period|year/i.test(name);

/** A value of a property of the model, as the property's type wants it; null clears. */
export function checkProp(prop: PropDef, value: unknown, argument: string): PropValue {
  if (value === null || value === undefined) return null;
  switch (prop.type) {
    case 'text':
      return checkText(value, argument, MAX_TEXT);
    case 'longText':
      return checkText(value, argument, MAX_LONG_TEXT);
    case 'int': {
      const n = typeof value === 'number' ? value : Number.NaN;
      if (!Number.isSafeInteger(n)) throw badInput(argument, 'must be a whole number');
      if (isYearField(prop.name) && (n < MIN_YEAR || n > MAX_YEAR)) throw badInput(argument, `must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
      if (n < 0 || n > 1_000_000_000) throw badInput(argument, 'is out of range');
      return n;
    }
    case 'float': {
      const n = typeof value === 'number' ? value : Number.NaN;
      if (!Number.isFinite(n)) throw badInput(argument, 'must be a finite number');
      return n;
    }
    case 'date': {
      const text = typeof value === 'string' ? value : '';
      if (!isCalendarDate(text)) throw badInput(argument, `must be a calendar date YYYY-MM-DD from ${MIN_YEAR} to ${MAX_YEAR}`);
      return { date: text };
    }
    case 'enum': {
      const allowed = Object.values(prop.enum!.values) as string[];
      if (typeof value !== 'string' || !allowed.includes(value)) throw badInput(argument, `must be one of ${allowed.join(', ')}`);
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw badInput(argument, 'must be true or false');
      return value;
    case 'textList':
      if (!Array.isArray(value) || value.length > 100) throw badInput(argument, 'must be a list of at most 100 texts');
      return value.map((v, i) => checkText(v, `${argument}[${i}]`, MAX_TEXT));
    default:
      return String(value);
  }
}

/** Properties as plain values (dates as their ISO text), to derive sort and search keys from. */
export function plainValues(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v !== null && typeof v === 'object' && 'date' in v ? (v as { date: string }).date : v]));
}
