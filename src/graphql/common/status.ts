import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import { Status } from './enums.js';
import { Provenance, provenanceOf } from './provenance.js';

@ObjectType({ description: 'A status as the document reports it: the normalised value beside its own words, and where it says so.' })
export class StatusReport {
  @Field(() => Status) value!: Status;
  @Field(() => String, { description: "The document's own words." }) text!: string;
  @Field(() => Provenance, { nullable: true }) provenance!: Provenance | null;
}

/** The status of an action, deliverable or finding, from its `status*` properties. */
export function statusReportOf(row: Readonly<Record<string, unknown>>): StatusReport | null {
  if (typeof row.status !== 'string') return null;
  return Object.assign(new StatusReport(), { value: row.status, text: row.statusText ?? row.status, provenance: provenanceOf(row, row.planId, 'status') });
}
