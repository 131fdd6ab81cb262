import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The error codes the CaseHuddle API puts in `extensions.code`. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'INVALID_CREDENTIALS'
  | 'RATE_LIMITED'
  | 'TWO_FACTOR_REQUIRED'
  | 'TWO_FACTOR_SETUP_REQUIRED'
  | 'ALREADY_EXISTS'
  | 'VERSION_CONFLICT'
  | 'RECORD_RESTRICTED'
  | 'PAYLOAD_TOO_LARGE'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_BUSY'
  | 'INTERNAL_SERVER_ERROR';

/** An API failure reduced to what a page needs: a code, a message safe to show, and field messages. */
export interface ApiError {
  /** The server's `extensions.code`, or NETWORK when the server could not be reached or answered oddly. */
  code: ApiErrorCode | 'NETWORK' | 'UNKNOWN';
  /** Safe to show to the user: the server guarantees this for its own errors. */
  message: string;
  /** For VALIDATION_FAILED: input field name to message. Empty otherwise. */
  fields: Record<string, string>;
}

export const NETWORK_ERROR_MESSAGE = 'Sorry, CaseHuddle could not be reached. Check your connection and try again.';
export const SERVICE_PROBLEM_MESSAGE = 'Sorry, there is a problem with the service. Try again later.';

function readFields(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(value)) {
    if (typeof message === 'string') fields[key] = message;
  }
  return fields;
}

function fromGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): ApiError | null {
  const [first] = errors;
  if (!first) return null;
  const code = first.extensions?.['code'];
  const fields = Object.assign({}, ...errors.map((error) => readFields(error.extensions?.['fields'])));
  return {
    code: typeof code === 'string' ? (code as ApiErrorCode) : 'UNKNOWN',
    message: first.message || SERVICE_PROBLEM_MESSAGE,
    fields,
  };
}

/**
 * Reads any error from Apollo Client (a rejected mutation, a query's `error`) into an {@link ApiError}.
 * GraphQL errors keep the server's code and message; an HTTP error whose body still carries GraphQL
 * errors (say a 429 or 400) is read the same way; anything else is a network problem.
 */
export function readApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const read = fromGraphQLErrors(error.errors);
    if (read) return read;
  }
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) {
        const read = fromGraphQLErrors((body as { errors: GraphQLFormattedError[] }).errors);
        if (read) return read;
      }
    } catch {
      // Not JSON: fall through to the generic message.
    }
    return { code: 'NETWORK', message: SERVICE_PROBLEM_MESSAGE, fields: {} };
  }
  return { code: 'NETWORK', message: NETWORK_ERROR_MESSAGE, fields: {} };
}

/**
 * The `extensions` of the first GraphQL error in any Apollo error (empty when there are none), for
 * the details some codes carry: `current` with VERSION_CONFLICT, `canBreakGlass` with FORBIDDEN.
 */
export function readApiErrorExtensions(error: unknown): Record<string, unknown> {
  let errors: ReadonlyArray<GraphQLFormattedError> | undefined;
  if (CombinedGraphQLErrors.is(error)) errors = error.errors;
  else if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) {
        errors = (body as { errors: GraphQLFormattedError[] }).errors;
      }
    } catch {
      // Not JSON: no extensions.
    }
  }
  const extensions = errors?.[0]?.extensions;
  return extensions && typeof extensions === 'object' ? { ...extensions } : {};
}
