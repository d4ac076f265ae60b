import { kindDef, propOf } from './kinds.js';

/**
 * The derived properties of a node (see DERIVED_PROPS), computed from its stored properties.
 * Every writer (the import, the API's mutations) stores them with the node, so the read path
 * can sort and filter through indexes instead of computing keys for every node it visits.
 */
type Props = Readonly<Record<string, unknown>>;

const PAD = 6;
const MAX_LABEL = 200;

/** "SD 10" → "sd 000010": codes compare in natural order as plain strings. */
export function naturalKey(code: string): string {
  return code.trim().toLowerCase().replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(PAD, '0'));
}

export function docKey(id: string, planId: unknown, position: unknown): string {
  const pos = typeof position === 'number' && Number.isFinite(position) ? Math.max(0, Math.trunc(position)) : 0;
  return `${typeof planId === 'string' ? planId : '~'}#${String(pos).padStart(PAD, '0')}#${id}`;
}

function firstText(props: Props, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = props[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

/** The code that sorts: the normalised one where the item has it ("SD1" for "Strategische doelstelling 1"), else the printed one. */
function sortCode(props: Props): string | null {
  for (const key of ['normalizedCode', 'code']) {
    const value = props[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return null;
}

export function derivedProps(kind: string, id: string, props: Props): Record<string, string | null> {
  const def = kindDef(kind);
  const code = sortCode(props);
  const label = firstText(props, ['title', 'name', 'label', 'text']);
  const searchable = def.props.filter((p) => p.searchable).map((p) => props[propOf(p)]);
  const aliases = Array.isArray(props.aliases) ? props.aliases : Array.isArray(props.curatedAliases) ? props.curatedAliases : [];
  const words = [...searchable, ...aliases].filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return {
    docKey: docKey(id, props.planId, props.position),
    codeKey: code ? naturalKey(code) : null,
    sortLabel: label ? label.toLowerCase().slice(0, MAX_LABEL) : null,
    searchText: words.length ? words.join(' | ').toLowerCase() : null,
  };
}
