import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

import { fromGraphQLErrors, NETWORK_ERROR_MESSAGE, SERVICE_PROBLEM_MESSAGE, type ApiError } from './apiErrorShape';

export { NETWORK_ERROR_MESSAGE, SERVICE_PROBLEM_MESSAGE, type ApiError, type ApiErrorCode } from './apiErrorShape';

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
