import 'reflect-metadata';
import { Field, InputType } from 'type-graphql';
import { SortDirection, SortField } from './enums.js';
import { LocalDate } from './scalars.js';

/** Longest text a filter or search takes. */
export const MAX_TEXT = 200;

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

