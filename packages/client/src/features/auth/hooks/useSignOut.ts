import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { readApiError } from '../../../ui/apiErrors';
import { browserStorage, forgetUnsentText, sendUnsentText } from '../../huddles/hooks/unsentText';
import { LogoutMutation } from '../graphql/auth';
import { useCurrentUser, useSession } from '../session';

/**
 * Signs out: makes a last attempt to send any meeting notes typed here and not yet sent, asks
 * the server to revoke the session and clear the cookie, then forgets the user here, and drops
 * whatever notes are still unsent from this browser (they are about the people discussed).
 * If the server cannot be reached the user stays signed in and sees why, because the cookie would
 * still be valid; the unsent notes then stay too, to be sent when the connection comes back.
 */
export function useSignOut() {
  const client = useApolloClient();
  const me = useCurrentUser();
  const { endSession } = useSession();
  const [logout] = useMutation(LogoutMutation);
  const [signingOut, setSigningOut] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setSigningOut(true);
    setError(null);
    const storage = browserStorage();
    if (storage && navigator.onLine) {
      await sendUnsentText(storage, me.id, async (itemId, field, update) => {
        // The meeting's operations load only when there are notes to send: the navigation, where
        // signing out lives, is on every page.
        const { EditAgendaTextMutation } = await import('../../huddles/graphql/meetings');
        return client.mutate({
          mutation: EditAgendaTextMutation,
          variables: { input: { itemId, field, update } },
          fetchPolicy: 'no-cache',
        });
      });
    }
    try {
      await logout();
    } catch (caught) {
      const apiError = readApiError(caught);
      // Already signed out on the server: carry on and tidy up here.
      if (apiError.code !== 'UNAUTHENTICATED') {
        setError(apiError.message);
        setSigningOut(false);
        return;
      }
    }
    if (storage) forgetUnsentText(storage);
    endSession('signed-out');
  }

  return { signOut, signingOut, error };
}
