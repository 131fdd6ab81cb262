import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ArgumentValidationError } from 'type-graphql';

/** Every error code a client may see. Clients switch on these, never on messages. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  /** The password was right; the sign-in now needs a code from the user's authenticator app. */
  'TWO_FACTOR_REQUIRED',
  /** The password was right; the user's organisation requires two-factor sign-in, which the user must set up first. */
  'TWO_FACTOR_SETUP_REQUIRED',
  'ALREADY_EXISTS',
  'VERSION_CONFLICT',
  /** The step cannot be taken from the state the thing is in (a referral already declined cannot be accepted). */
  'INVALID_TRANSITION',
  'RECORD_RESTRICTED',
  /** The record was merged into another one (`extensions.mergedInto` names it when the viewer may know of it). */
  'RECORD_MERGED',
  /** Two records to merge hold different NHS numbers or dates of birth: the merge needs an explicit confirmation. */
  'IDENTIFIERS_DIFFER',
  'ISA_NOT_SIGNED',
  'PAYLOAD_TOO_LARGE',
  /** An answer would be too large for GraphQL (a subject access export with a very long audit trail): a download gives it. */
  'EXPORT_TOO_LARGE',
  'DATABASE_UNAVAILABLE',
  'DATABASE_BUSY',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A failure the user can act on. The message is safe to show to any user; `details`
 * travel in `extensions` (for example the fields that failed validation).
 */
export class DomainError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'You need to sign in.');
export const forbidden = (what = 'do that') => new DomainError('FORBIDDEN', `You do not have permission to ${what}.`);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`);
export const validationFailed = (fields: Record<string, string>) =>
  new DomainError('VALIDATION_FAILED', Object.values(fields).join(' '), { fields });

const GENERIC_MESSAGE = 'Something went wrong on our side. Please try again; if it keeps happening, contact your administrator.';

const DB_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  // Writing to a Unix-domain socket whose PostgreSQL end has gone (over TCP: ECONNRESET).
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

/** True when the error means PostgreSQL could not be reached, rather than that a query was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: string; message?: string; driverError?: unknown; cause?: unknown };
    if (e.code && DB_DOWN_CODES.has(e.code)) return true;
    if (
      typeof e.message === 'string' &&
      // `connect ENOENT <dir>/.s.PGSQL.<port>`: the Unix-domain socket is gone while PostgreSQL is
      // down; EAGAIN: its queue of connections waiting to be accepted is full, as while it starts.
      /Connection terminated|connect ECONNREFUSED|connect (ENOENT|EAGAIN) .*\.s\.PGSQL\.|timeout exceeded when trying to connect/i.test(
        e.message,
      )
    )
      return true;
    current = e.driverError ?? e.cause;
  }
  return false;
}

/**
 * PostgreSQL gave up waiting: a statement ran past `statement_timeout` (57014), a lock wait past
 * `lock_timeout` (55P03), or a transaction sat idle past `idle_in_transaction_session_timeout`
 * (25P03, which ends the connection, so TypeORM may then report its query runner released).
 */
const DB_BUSY_CODES = new Set(['57014', '55P03', '25P03']);

/** True when the database gave up waiting (a bound was reached), rather than being away or refusing the data. */
export function isDatabaseBusy(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: string; name?: string; constructor?: { name?: string }; driverError?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && DB_BUSY_CODES.has(e.code)) return true;
    if (e.name === 'QueryRunnerProviderAlreadyReleasedError' || e.constructor?.name === 'QueryRunnerProviderAlreadyReleasedError')
      return true;
    current = e.driverError ?? e.cause;
  }
  return false;
}

/** What the request tried to do, for messages that say what did not happen: change data, or read it. */
export type Attempt = 'write' | 'read';

const BUSY_MESSAGES: Record<Attempt | 'unknown', string> = {
  write: 'The database took too long to answer. Nothing was saved; please try again.',
  read: 'The database took too long to answer, so this could not be loaded. Please try again.',
  unknown: 'The database took too long to answer. Please try again.',
};

/** What PostgreSQL says about a statement it refused because of the data in it. */
interface PgDataError {
  code: string;
  table?: string;
  column?: string;
  constraint?: string;
  detail?: string;
}

/**
 * PostgreSQL's refusal of the data given (SQLSTATE classes 22, "data exception", and 23,
 * "integrity constraint violation"), found under TypeORM's wrapping. The API checks input
 * before it reaches the database; these are the checks it missed, so they are the client's
 * mistake, not the server's. Division by zero (22012) stays a fault of the code.
 */
export function databaseDataError(error: unknown): PgDataError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as PgDataError & { driverError?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && /^2[23][0-9A-Z]{3}$/.test(e.code) && e.code !== '22012') return e;
    current = e.driverError ?? e.cause;
  }
  return undefined;
}

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const noun = (table: string | undefined) => (table === 'app_user' ? 'user' : (table ?? 'record').replace(/_/g, ' '));

/** A typed, user-safe error for PostgreSQL's refusal, naming the field where the database says which. */
function fromDataError(e: PgDataError): DomainError {
  const field = (column: string | undefined, message: string) => (column ? { [camel(column)]: message } : {});
  switch (e.code) {
    case '23503': {
      if (/is still referenced/.test(e.detail ?? '')) {
        return new DomainError('VALIDATION_FAILED', 'This is still in use, so it cannot be removed.', { fields: {} });
      }
      // "Key (organisation_id)=(…) is not present in table "organisation"."
      const column = /^Key \(([a-z0-9_]+)/.exec(e.detail ?? '')?.[1];
      const table = /in table "([a-z0-9_]+)"/.exec(e.detail ?? '')?.[1];
      const message = `The ${noun(table)} given was not found.`;
      return new DomainError('VALIDATION_FAILED', message, { fields: field(column, message) });
    }
    case '23514': {
      // Unnamed checks are called <table>_<column>_check; table-wide ones <table>_check<n>.
      const column =
        e.constraint && e.table && e.constraint.startsWith(`${e.table}_`) && e.constraint.endsWith('_check')
          ? e.constraint.slice(e.table.length + 1, -'_check'.length)
          : undefined;
      return new DomainError('VALIDATION_FAILED', 'Some of the information given is too long or not allowed.', {
        fields: field(column || undefined, 'This is too long or not allowed.'),
      });
    }
    case '23502':
      return new DomainError('VALIDATION_FAILED', 'Some required information is missing.', { fields: field(e.column, 'Enter this.') });
    case '23505':
      return new DomainError('ALREADY_EXISTS', 'This already exists.');
    case '22021':
    case '22P05':
      return new DomainError('VALIDATION_FAILED', 'Text cannot contain NUL characters or broken characters.', { fields: {} });
    case '22007':
    case '22008':
      return new DomainError('VALIDATION_FAILED', 'A date or time given is not valid.', { fields: {} });
    case '22003':
      return new DomainError('VALIDATION_FAILED', 'A number given is too large or too small.', { fields: {} });
    case '22001':
      return new DomainError('VALIDATION_FAILED', 'Some of the text given is too long.', { fields: {} });
    default:
      return new DomainError('VALIDATION_FAILED', 'Some of the information given is not in a form that can be stored.', { fields: {} });
  }
}

/** Longest quoted input an error message may carry; longer ones are cut to an excerpt. */
const QUOTE_MAX = 60;

/**
 * A message as it may be sent: inputs that GraphQL quotes back (an invalid value of 900 KB, say)
 * are cut to a short excerpt, and, when schema details are hidden, "Did you mean …?"
 * suggestions are removed (Apollo hides them only from validation errors, not from variables).
 */
export function safeMessage(message: string, opts: { hideSchemaDetails?: boolean } = {}): string {
  let out =
    message.length > 200
      ? message.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inner: string) =>
          inner.length > QUOTE_MAX ? `"${inner.slice(0, QUOTE_MAX)}…"` : whole,
        )
      : message;
  if (opts.hideSchemaDetails) out = out.replace(/ ?Did you mean [^?]*\?/g, '');
  return out.length > 1_000 ? `${out.slice(0, 1_000)}…` : out;
}

/**
 * The error a resolver threw, under GraphQL's wrapping. Duck-typed, because graphql-js can be
 * loaded twice (as CommonJS and as an ES module) and then `instanceof GraphQLError` fails.
 */
function unwrap(error: unknown): { gql: GraphQLError | undefined; original: Error | undefined } {
  let current = error as (Error & { originalError?: unknown }) | undefined;
  let gql: GraphQLError | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    const graphqlLike =
      current instanceof GraphQLError || (typeof current === 'object' && 'extensions' in current && 'locations' in current);
    if (!graphqlLike) return { gql, original: current };
    if (current.originalError) {
      gql ??= current as GraphQLError;
      current = current.originalError as typeof current;
      continue;
    }
    // type-graphql's own errors are raised by resolvers; other bare GraphQL errors describe the request.
    if (TYPE_GRAPHQL_ERRORS.includes(current.constructor?.name)) return { gql, original: current };
    return { gql: gql ?? (current as GraphQLError), original: undefined };
  }
  return { gql, original: undefined };
}

const TYPE_GRAPHQL_ERRORS = ['ArgumentValidationError', 'AuthenticationError', 'AuthorizationError'];

const isNamed = (error: Error | undefined, ...names: string[]) =>
  !!error && (names.includes(error.name) || names.includes(error.constructor?.name));

/** Whether an error is expected (typed, safe to show) rather than a fault to log. */
export function isExpectedError(error: GraphQLError): boolean {
  const { original } = unwrap(error);
  if (!original) return true; // raised by GraphQL itself about the request
  return isDomainError(original) || isNamed(original, 'ArgumentValidationError', 'AuthenticationError', 'AuthorizationError');
}

/**
 * How loudly to log an error: not at all when expected; as a warning when PostgreSQL refused
 * the data (the client gets a typed error, but an API check is missing); otherwise as an error.
 */
export function errorLogLevel(error: GraphQLError): 'error' | 'warn' | undefined {
  if (isExpectedError(error)) return undefined;
  const { original } = unwrap(error);
  return databaseDataError(original) || isDatabaseBusy(original) ? 'warn' : 'error';
}

function isDomainError(error: Error | undefined): error is DomainError {
  return error instanceof DomainError || (isNamed(error, 'DomainError') && typeof (error as DomainError).code === 'string');
}

function validationFields(error: ArgumentValidationError): Record<string, string> {
  const fields: Record<string, string> = {};
  const walk = (items: ArgumentValidationError['extensions']['validationErrors'], prefix = '') => {
    for (const item of items ?? []) {
      const path = prefix ? `${prefix}.${item.property}` : item.property;
      const first = item.constraints ? Object.values(item.constraints)[0] : undefined;
      if (first) fields[path] = first;
      if (item.children?.length) walk(item.children, path);
    }
  };
  walk(error.extensions.validationErrors);
  return fields;
}

/**
 * The single place where server errors become what the client sees: a typed
 * `extensions.code` and a safe message. Unexpected errors become a generic message;
 * the caller logs the detail.
 */
export function toClientError(
  formatted: GraphQLFormattedError,
  error: unknown,
  opts: { hideSchemaDetails?: boolean; attempted?: Attempt } = {},
): GraphQLFormattedError {
  const result = clientError(formatted, error, opts.attempted);
  const fields = result.extensions?.fields as Record<string, unknown> | undefined;
  return {
    ...result,
    message: safeMessage(result.message, opts),
    ...(fields && typeof fields === 'object'
      ? {
          extensions: {
            ...result.extensions,
            fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? safeMessage(v, opts) : v])),
          },
        }
      : {}),
  };
}

function clientError(formatted: GraphQLFormattedError, error: unknown, attempted: Attempt | undefined): GraphQLFormattedError {
  const { gql: gqlError, original: thrown } = unwrap(error);
  const base = { locations: formatted.locations, path: formatted.path };
  const dataError = databaseDataError(thrown);
  const original = dataError ? fromDataError(dataError) : thrown;

  if (isDomainError(original)) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (isNamed(original, 'ArgumentValidationError')) {
    const fields = validationFields(original as ArgumentValidationError);
    return {
      ...base,
      message: Object.values(fields).join(' ') || 'Some of the information given is not valid.',
      extensions: { code: 'VALIDATION_FAILED', fields },
    };
  }
  if (isNamed(original, 'AuthenticationError')) {
    return { ...base, message: 'You need to sign in.', extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (isNamed(original, 'AuthorizationError')) {
    return { ...base, message: 'You do not have permission to do that.', extensions: { code: 'FORBIDDEN' } };
  }
  if (original && isDatabaseBusy(original)) {
    return { ...base, message: BUSY_MESSAGES[attempted ?? 'unknown'], extensions: { code: 'DATABASE_BUSY' } };
  }
  if (original && isDatabaseUnavailable(original)) {
    return {
      ...base,
      message: 'The database is not answering just now. Your change was not saved; please try again in a moment.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  if (!original && (gqlError || formatted.message)) {
    // Raised by GraphQL itself about the request: safe to show, but never a stack trace.
    return { ...base, message: formatted.message, extensions: { code: formatted.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED' } };
  }
  return { ...base, message: GENERIC_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
