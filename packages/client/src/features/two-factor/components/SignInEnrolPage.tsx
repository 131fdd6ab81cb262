import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { PublicLayout } from '../../../app/layout/SiteHeader';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { destinationAfterSignIn } from '../../auth/destination';
import { useMe, type CurrentUser } from '../../auth/hooks/useMe';
import { useSession } from '../../auth/session';
import { ConfirmSignInEnrolmentMutation, StartSignInEnrolmentMutation } from '../graphql/two-factor';
import { EnrolmentSteps } from './EnrolmentSteps';
import { RecoveryCodes } from './RecoveryCodes';

/**
 * At /sign-in/set-up-two-factor: the user's organisation requires two-factor sign-in and the user
 * has none yet. The password was right, but nothing else opens until this is done.
 */
export function SignInEnrolPage() {
  const { me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const { sessionStarted } = useSession();
  const from: unknown = (location.state as { from?: unknown } | null)?.from;
  const [start, started] = useMutation(StartSignInEnrolmentMutation);
  const [confirm] = useMutation(ConfirmSignInEnrolmentMutation);
  const [done, setDone] = useState<{ user: CurrentUser; codes: string[] } | null>(null);
  usePageTitle('Set up two-factor sign-in');

  useEffect(() => {
    void start().catch(() => undefined);
  }, [start]);

  if (me && !done) return <Navigate to={destinationAfterSignIn(from, me.role)} replace />;

  const problem = started.error ? readApiError(started.error) : null;
  return (
    <PublicLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <h1 className="govuk-heading-l">Set up two-factor sign-in</h1>
          {done ? (
            <>
              <div className="govuk-panel govuk-panel--confirmation">
                <h2 className="govuk-panel__title govuk-!-font-size-36">Two-factor sign-in is set up</h2>
              </div>
              <RecoveryCodes codes={done.codes} />
              <button
                type="button"
                className="govuk-button"
                onClick={() => {
                  void sessionStarted(done.user).then(() => navigate(destinationAfterSignIn(from, done.user.role), { replace: true }));
                }}
              >
                I have saved my recovery codes – continue
              </button>
            </>
          ) : problem ? (
            <>
              <p className="govuk-body">{problem.message}</p>
              <p className="govuk-body">
                <Link className="govuk-link" to="/sign-in">
                  Sign in again
                </Link>
              </p>
            </>
          ) : started.data ? (
            <>
              <p className="govuk-body">
                Your organisation asks everyone to sign in with a code from an authenticator app as well as their password. Set it up now to
                carry on.
              </p>
              <EnrolmentSteps
                enrolment={started.data.startSignInEnrolment}
                onConfirm={async (code) => {
                  const { data } = await confirm({ variables: { code } });
                  if (data) setDone({ user: data.confirmSignInEnrolment.user, codes: data.confirmSignInEnrolment.recoveryCodes });
                }}
              />
            </>
          ) : (
            <Loading />
          )}
        </div>
      </div>
    </PublicLayout>
  );
}

export default SignInEnrolPage;
