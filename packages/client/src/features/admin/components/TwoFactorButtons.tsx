import { useMutation } from '@apollo/client/react';
import { readApiError } from '../../../ui/apiErrors';
import { AdminPageQuery, ResetTwoFactorMutation, SetTwoFactorRequiredMutation } from '../graphql/admin';

const SMALL = 'govuk-button govuk-button--secondary app-button--small';

/** Requires, or stops requiring, two-factor sign-in for an organisation's users. */
export function RequireTwoFactorButton({
  organisation,
  onNotice,
}: {
  organisation: { id: string; name: string; requireTwoFactor: boolean };
  onNotice: (text: string) => void;
}) {
  const [set, { loading }] = useMutation(SetTwoFactorRequiredMutation);
  const required = !organisation.requireTwoFactor;
  return (
    <button
      type="button"
      className={SMALL}
      disabled={loading}
      aria-disabled={loading || undefined}
      onClick={() => {
        set({ variables: { organisationId: organisation.id, required } })
          .then(() =>
            onNotice(
              required
                ? `${organisation.name} now requires two-factor sign-in. Its users without it will set it up when they next sign in.`
                : `${organisation.name} no longer requires two-factor sign-in.`,
            ),
          )
          .catch((error: unknown) => onNotice(readApiError(error).message));
      }}
    >
      {organisation.requireTwoFactor ? 'Stop requiring two-factor' : 'Require two-factor'}
      <span className="govuk-visually-hidden"> for {organisation.name}</span>
    </button>
  );
}

/** Removes a user's two-factor sign-in (a lost phone); audited, and signs them out. */
export function ResetTwoFactorButton({ user, onNotice }: { user: { id: string; name: string }; onNotice: (text: string) => void }) {
  const [reset, { loading }] = useMutation(ResetTwoFactorMutation, { refetchQueries: [AdminPageQuery] });
  return (
    <button
      type="button"
      className={SMALL}
      disabled={loading}
      aria-disabled={loading || undefined}
      onClick={() => {
        reset({ variables: { userId: user.id } })
          .then(() =>
            onNotice(`Two-factor sign-in has been reset for ${user.name}. They have been signed out and will set it up again if needed.`),
          )
          .catch((error: unknown) => onNotice(readApiError(error).message));
      }}
    >
      Reset two-factor<span className="govuk-visually-hidden"> for {user.name}</span>
    </button>
  );
}
