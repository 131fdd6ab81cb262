import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';

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

/** Errors raised by GraphQL itself (parse, validation, bad variables) describe the request, not our data. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const DB_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);

/** True when the error means PostgreSQL could not be reached, rather than that a query was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: string; message?: string; driverError?: unknown; cause?: unknown };
    if (e.code && DB_DOWN_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(e.message)) return true;
    current = e.driverError ?? e.cause;
  }
  return false;
}

/** Whether an error is expected (typed, safe to show) rather than a fault to log. */
export function isExpectedError(error: GraphQLError): boolean {
  const original = error.originalError;
  if (original instanceof DomainError) return true;
  if (original instanceof ArgumentValidationError || original instanceof AuthenticationError || original instanceof AuthorizationError) return true;
  if (!original && REQUEST_ERROR_CODES.has(String(error.extensions?.code))) return true;
  if (!original) return true;
  return false;
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
  const gqlError = error instanceof GraphQLError ? error : undefined;
  const original = gqlError?.originalError ?? (error instanceof Error ? error : undefined);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = validationFields(original);
    return {
      ...base,
      message: Object.values(fields).join(' ') || 'Some of the information given is not valid.',
      extensions: { code: 'VALIDATION_FAILED', fields },
    };
  }
  if (original instanceof AuthenticationError) {
    return { ...base, message: 'You need to sign in.', extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (original instanceof AuthorizationError) {
    return { ...base, message: 'You do not have permission to do that.', extensions: { code: 'FORBIDDEN' } };
  }
  if (original && isDatabaseUnavailable(original)) {
    return {
      ...base,
      message: 'The database is not answering just now. Your change was not saved; please try again in a moment.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  if (gqlError && !original) {
    // Raised by GraphQL itself about the request: safe to show, but never a stack trace.
    return { ...base, message: formatted.message, extensions: { code: formatted.extensions?.code ?? 'BAD_REQUEST' } };
  }
  return { ...base, message: GENERIC_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
