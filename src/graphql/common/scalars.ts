import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

/** Calendar dates ("2025-12-31") and instants (ISO 8601, UTC). */
export const LocalDate = LocalDateResolver;
export const DateTime = DateTimeISOResolver;
