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

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const isDigit = (s: string, i: number) => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when `value` is certainly a calendar day as `YYYY-MM-DD`, checked by arithmetic: the
 * library's own check builds a Date and an ISO string for every value, which on a large answer
 * (an agenda's 150 due dates) showed in profiles. Anything else goes to the library's check.
 */
function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(value, i)) return false;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/**
 * `LocalDate` (a calendar day as `YYYY-MM-DD`) from graphql-scalars, limited to days PostgreSQL
 * can store. Use this one, never the library's: the schema must hold one type of this name.
 */
export const GraphQLLocalDate = new GraphQLScalarType<string, string>({
  ...LibraryLocalDate.toConfig(),
  serialize: (value) => (isCalendarDay(value) ? value : (LibraryLocalDate.serialize(value) as string)),
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
