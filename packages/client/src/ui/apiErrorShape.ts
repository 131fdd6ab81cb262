// What an API failure means to a page, without Apollo Client: the sign-in page reads its answers
// with this alone, and apiErrors.ts reads Apollo's errors into the same shape.
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
  | 'ISA_NOT_SIGNED'
  | 'ALREADY_EXISTS'
  | 'VERSION_CONFLICT'
  | 'RECORD_RESTRICTED'
  | 'RECORD_MERGED'
  | 'IDENTIFIERS_DIFFER'
  | 'PAYLOAD_TOO_LARGE'
  | 'EXPORT_TOO_LARGE'
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

/** Reads the `errors` of a GraphQL response; null when there are none. */
export function fromGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): ApiError | null {
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
