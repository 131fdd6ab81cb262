import { useQuery } from '@apollo/client/react';
import { MeQuery } from '../graphql/auth';
import type { CurrentUserFieldsFragment } from '../../../generated/graphql';

export type CurrentUser = CurrentUserFieldsFragment;

/**
 * The signed-in user from the cache (fetched once per visit). `me` is null when nobody is signed in;
 * `error` means the server could not say.
 */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return { me: data?.me ?? null, loading, error, refetch };
}
