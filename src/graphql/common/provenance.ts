import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A range of lines of a source document (1-based, inclusive).' })
export class LineRange {
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
}

@ObjectType({ description: 'Where a document states a node or link: the file, the lines and the words.' })
export class Provenance {
  @Field(() => String, { description: 'File name of the source document (see `plan` for the plan it belongs to).' })
  source!: string;

  @Field(() => LineRange)
  lines!: LineRange;

  @Field(() => String, { nullable: true, description: 'The verbatim words; " … " separates fragments of a flattened table.' })
  quote!: string | null;

  /** The plan whose document this is; resolved by ProvenanceResolver. */
  planId!: string | null;
}

@ObjectType({ description: 'A span of years.' })
export class Period {
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
}

/** Reads a provenance stored under `<prefix>source`, `<prefix>LineFrom`, ... of a node or link. */
export function provenanceOf(props: Readonly<Record<string, unknown>>, planId: unknown, prefix = ''): Provenance | null {
  const key = (name: string) => (prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name);
  const source = props[key('source')];
  const from = props[key('lineFrom')];
  if (typeof source !== 'string' || typeof from !== 'number') return null;
  const p = new Provenance();
  p.source = source;
  p.lines = Object.assign(new LineRange(), { from, to: Number(props[key('lineTo')] ?? from) });
  p.quote = (props[key('quote')] as string | undefined) ?? null;
  p.planId = typeof planId === 'string' ? planId : null;
  return p;
}

export function periodOf(props: Readonly<Record<string, unknown>>): Period | null {
  const from = props.periodFrom;
  const to = props.periodTo;
  if (typeof from !== 'number') return null;
  return Object.assign(new Period(), { from, to: typeof to === 'number' ? to : from });
}
