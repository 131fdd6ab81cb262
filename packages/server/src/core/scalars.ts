import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate as LibraryLocalDate } from 'graphql-scalars';

/**
 * The earliest day PostgreSQL and the API agree on. The scalars' `YYYY` format allows year 0000,
 * which PostgreSQL's calendar does not have (it goes from 1 BC to AD 1), so such a date was
 * accepted and then refused by the database.
 */
const EARLIEST = '0001-01-01';

function inRange<T>(value: T, day: string, ast?: ValueNode): T {
  if (day < EARLIEST) throw new GraphQLError(`Enter a date from ${EARLIEST} onwards.`, ast ? { nodes: ast } : undefined);
  return value;
}

/**
 * `LocalDate` (a calendar day as `YYYY-MM-DD`) from graphql-scalars, limited to days PostgreSQL
 * can store. Use this one, never the library's: the schema must hold one type of this name.
 */
export const GraphQLLocalDate = new GraphQLScalarType<string, string>({
  ...LibraryLocalDate.toConfig(),
  parseValue: (value) => {
    const day = LibraryLocalDate.parseValue(value) as string;
    return inRange(day, day);
  },
  parseLiteral: (ast, variables) => {
    const day = LibraryLocalDate.parseLiteral(ast, variables) as string;
    return inRange(day, day, ast);
  },
});

/** `DateTimeISO` (an instant), as type-graphql maps `Date`, limited the same way. */
export const GraphQLDateTime = new GraphQLScalarType<Date, string>({
  ...GraphQLDateTimeISO.toConfig(),
  parseValue: (value) => {
    const at = GraphQLDateTimeISO.parseValue(value) as Date;
    return inRange(at, at.toISOString().replace(/^\+0*/, ''));
  },
  parseLiteral: (ast, variables) => {
    const at = GraphQLDateTimeISO.parseLiteral(ast, variables) as Date;
    return inRange(at, at.toISOString().replace(/^\+0*/, ''), ast);
  },
});
