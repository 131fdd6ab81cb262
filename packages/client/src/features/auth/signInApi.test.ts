import { parse, print, visit, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LoginMutation, MeQuery } from './graphql/auth';
import { LOGIN_MUTATION, ME_QUERY } from './signInApi';

/** A document as text, without __typename (Apollo adds that itself to the generated documents). */
function normalised(document: DocumentNode): string {
  return print(visit(document, { Field: (field) => (field.name.value === '__typename' ? null : undefined) }));
}

describe('signInApi', () => {
  // The sign-in page sends these with fetch; the app shell reads the same user from Apollo's cache.
  it('asks for exactly the fields of the generated Me query and Login mutation', () => {
    expect(normalised(parse(ME_QUERY))).toBe(normalised(MeQuery));
    expect(normalised(parse(LOGIN_MUTATION))).toBe(normalised(LoginMutation));
  });
});
