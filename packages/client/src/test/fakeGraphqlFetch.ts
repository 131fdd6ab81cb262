import { vi } from 'vitest';

/** What the fake API answers to one operation: a GraphQL response body, when it is ready. */
export type FakeAnswer = (
  variables: Record<string, unknown> | undefined,
) => { data?: unknown; errors?: unknown[] } | Promise<{ data?: unknown; errors?: unknown[] }>;

export interface FakeRequest {
  url: string;
  operationName: string;
  variables: Record<string, unknown> | undefined;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
}

/**
 * Stands in for the API behind `fetch`, which the sign-in page uses (signInApi.ts): answers each
 * operation by name, and Me with "nobody signed in" unless told otherwise. Returns the requests it
 * received, so a test can check what was sent.
 */
export function fakeGraphqlFetch(answers: Record<string, FakeAnswer>): FakeRequest[] {
  const requests: FakeRequest[] = [];
  const all: Record<string, FakeAnswer> = { Me: () => ({ data: { me: null } }), ...answers };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const body = JSON.parse(String(init.body)) as { operationName: string; variables?: Record<string, unknown> };
      requests.push({
        url,
        operationName: body.operationName,
        variables: body.variables,
        headers: { ...(init.headers as Record<string, string>) },
        credentials: init.credentials,
      });
      const answer = all[body.operationName];
      if (!answer) return new Response(JSON.stringify({ errors: [{ message: `No answer for ${body.operationName}` }] }), { status: 400 });
      return new Response(JSON.stringify(await answer(body.variables)), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return requests;
}
