import 'reflect-metadata';
import { Field, InputType } from 'type-graphql';
import type { EntityFilter, SortKey } from '../../repository/entityRepository.js';
import { badInput } from '../errors.js';
import { SortDirection, SortField } from './enums.js';
import { LocalDate } from './scalars.js';

export const MAX_TEXT = 200;
export const MAX_IDS = 100;

@InputType({ description: 'An inclusive range of calendar dates; either end may be left open.' })
export class DateRange {
  @Field(() => LocalDate, { nullable: true }) from?: string | null;
  @Field(() => LocalDate, { nullable: true }) to?: string | null;
}

@InputType()
export class OrderBy {
  @Field(() => SortField, { defaultValue: SortField.DOCUMENT }) field!: SortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}

export interface SortSpec {
  readonly key: SortKey;
  readonly descending: boolean;
}

export function sortOf(orderBy: OrderBy | null | undefined, fallback: SortField = SortField.DOCUMENT): SortSpec {
  return { key: (orderBy?.field ?? fallback) as SortKey, descending: orderBy?.direction === SortDirection.DESC };
}

/** Checks the parts of a filter that the schema can not (lengths, ranges), naming the argument. */
export function checkFilter(filter: EntityFilter, argumentName = 'filter'): EntityFilter {
  if (filter.text != null && filter.text.length > MAX_TEXT) throw badInput(`${argumentName}.text`, `must be at most ${MAX_TEXT} characters`);
  for (const [key, value] of Object.entries(filter)) {
    if (Array.isArray(value) && value.length > MAX_IDS) throw badInput(`${argumentName}.${key}`, `may list at most ${MAX_IDS} values`);
  }
  if (filter.deadlineFrom && filter.deadlineTo && filter.deadlineFrom > filter.deadlineTo) {
    throw badInput(`${argumentName}.deadline`, 'from is after to');
  }
  return { ...filter, text: filter.text?.trim() || null };
}
