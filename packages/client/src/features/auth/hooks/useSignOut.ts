import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { readApiError } from '../../../ui/apiErrors';
import { LogoutMutation } from '../graphql/auth';
import { useSession } from '../session';

/**
 * Signs out: asks the server to revoke the session and clear the cookie, then forgets the user here.
 * If the server cannot be reached the user stays signed in and sees why, because the cookie would
 * still be valid.
 */
export function useSignOut() {
  const { endSession } = useSession();
  const [logout] = useMutation(LogoutMutation);
  const [signingOut, setSigningOut] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setSigningOut(true);
    setError(null);
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
    endSession('signed-out');
  }

  return { signOut, signingOut, error };
}
