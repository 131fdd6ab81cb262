import type { CurrentUserFieldsFragment } from '../../generated/graphql';
import { fromGraphQLErrors, NETWORK_ERROR_MESSAGE, SERVICE_PROBLEM_MESSAGE, type ApiError } from '../../ui/apiErrorShape';

// The sign-in page talks to the API with fetch alone, so that it loads without Apollo Client
// (see docs/architecture.md, "Loading the client"). These are the Me query and the Login
// mutation of graphql/auth.ts, written out; signInApi.test.ts checks they ask for the same fields.
// __typename is asked for because the answer goes into Apollo's cache after signing in.

/** Who is signed in, as the app shell knows them (CurrentUserFields in graphql/auth.ts). */
export const CURRENT_USER_FIELDS = `fragment CurrentUserFields on User {
  __typename id name email role active organisation { __typename id name kind }
}`;
export const ME_QUERY = `query Me { me { ...CurrentUserFields } }\n${CURRENT_USER_FIELDS}`;
export const LOGIN_MUTATION = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { ...CurrentUserFields }
}\n${CURRENT_USER_FIELDS}`;

/** A failed request, read as the rest of the app reads Apollo's errors (ui/apiErrors.ts). */
export class SignInApiError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

async function request<T>(operationName: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'include',
      // The header Apollo Server's CSRF prevention asks for, as the app's HTTP link sends it.
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ operationName, query, variables }),
    });
  } catch {
    throw new SignInApiError({ code: 'NETWORK', message: NETWORK_ERROR_MESSAGE, fields: {} });
  }
  type Body = { data?: T | null; errors?: unknown } | null;
  const body: Body = await response.json().then(
    (json: unknown) => json as Body,
    // Not JSON (a proxy's error page, say): a problem with the service.
    () => null,
  );
  const failure = Array.isArray(body?.errors) ? fromGraphQLErrors(body.errors) : null;
  if (failure) throw new SignInApiError(failure);
  if (!response.ok || !body?.data) throw new SignInApiError({ code: 'NETWORK', message: SERVICE_PROBLEM_MESSAGE, fields: {} });
  return body.data;
}

/** The signed-in user, or null when nobody is signed in. */
export async function fetchMe(): Promise<CurrentUserFieldsFragment | null> {
  return (await request<{ me: CurrentUserFieldsFragment | null }>('Me', ME_QUERY)).me;
}

/** Signs in (the server sets the session cookie) and returns who is now signed in. */
export async function login(email: string, password: string): Promise<CurrentUserFieldsFragment> {
  return (await request<{ login: CurrentUserFieldsFragment }>('Login', LOGIN_MUTATION, { email, password })).login;
}
