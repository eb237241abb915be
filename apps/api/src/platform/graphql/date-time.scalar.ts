import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { INSTANT_MESSAGE, parseInstant } from '@spillover/domain';

function instantOf(value: unknown): Date {
  const instant = typeof value === 'string' ? parseInstant(value) : null;
  // A plain Error: graphql-js prefixes it with the variable or literal it refused, and the
  // error formatter reports it as BAD_USER_INPUT on that field.
  if (!instant) throw new TypeError(INSTANT_MESSAGE);
  return instant;
}

/**
 * The one DateTime of the API: RFC 3339 date-times with an offset only (`Z` or `±hh:mm`), on
 * real calendar days, years 0001–9999; never a bare date, a local time or a number. Answers
 * are ISO 8601 at UTC with milliseconds. Replaces @nestjs/graphql's default, which handed
 * any text to `new Date()` (2027-02-30 became March 2; 1700000000 a day in 1970).
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant as an RFC 3339 date-time with its offset, like 2026-12-31T18:00:00+09:00 or 2026-12-31T09:00:00Z. Answers are at UTC.',
  serialize(value) {
    // Answers come from the database, not from callers: a Date, or text PostgreSQL wrote.
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      throw new TypeError('A DateTime answer must be a date.');
    return date.toISOString();
  },
  parseValue: instantOf,
  parseLiteral(node: ValueNode) {
    if (node.kind !== Kind.STRING) throw new TypeError(INSTANT_MESSAGE);
    return instantOf(node.value);
  },
});

/** How code-first types map to scalars: every `Date` field and argument is this DateTime. */
export const SCALARS_MAP = [{ type: Date, scalar: DateTimeScalar }];
