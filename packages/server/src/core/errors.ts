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
  'ALREADY_EXISTS',
  'VERSION_CONFLICT',
  'RECORD_RESTRICTED',
  'PAYLOAD_TOO_LARGE',
  'DATABASE_UNAVAILABLE',
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
      /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(e.message)
    )
      return true;
    current = e.driverError ?? e.cause;
  }
  return false;
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
export function toClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { gql: gqlError, original } = unwrap(error);
  const base = { locations: formatted.locations, path: formatted.path };

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
