import 'reflect-metadata';
import { registerEnumType } from 'type-graphql';
import { ENUMS } from '../../model/enums.js';

/** The model's enumerations, registered once with their GraphQL names and descriptions. */
for (const e of ENUMS) {
  registerEnumType(e.values, { name: e.name, description: e.description, valuesConfig: e.valuesConfig });
}

export * from '../../model/enums.js';
