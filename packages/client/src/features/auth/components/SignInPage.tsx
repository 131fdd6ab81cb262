import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { PublicLayout } from '../../../app/layout/SiteHeader';
import { readApiError } from '../../../ui/apiErrors';
import { GovukForm, SubmitButton, TextField, useGovukForm } from '../../../ui/form';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { requiredText } from '../../../ui/schema';
import { usePageTitle } from '../../../ui/usePageTitle';
import { destinationAfterSignIn } from '../destination';
import { LoginMutation } from '../graphql/auth';
import { useMe } from '../hooks/useMe';
import { useSession, type SessionEndReason } from '../session';

const schema = z.object({
  email: requiredText('Enter your email address'),
  password: z.string().min(1, 'Enter your password'),
});

const END_MESSAGES: Record<SessionEndReason, { text: string; type: 'success' | 'important' }> = {
  'signed-out': { type: 'success', text: 'You have signed out.' },
  deactivated: {
    type: 'important',
    text: 'Your account has been deactivated, so you have been signed out. Contact your CaseHuddle administrator if you think this is a mistake.',
  },
  'organisation-deactivated': {
    type: 'important',
    text: 'Your organisation has been deactivated in CaseHuddle, so you have been signed out. Contact your CaseHuddle administrator if you think this is a mistake.',
  },
  ended: { type: 'important', text: 'Your session has ended, so you have been signed out. Sign in again to carry on.' },
};

/** The sign-in page at /sign-in. */
export function SignInPage() {
  const { me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const { endedBecause, forgetEverything, sessionStarted } = useSession();
  const from: unknown = (location.state as { from?: unknown } | null)?.from;

  const form = useGovukForm({ schema, defaultValues: { email: '', password: '' }, ids: { email: 'email', password: 'password' } });
  const [login, { loading }] = useMutation(LoginMutation);
  const [finishing, setFinishing] = useState(false);
  const busy = loading || finishing;

  // After a session ends, drop everything fetched during it, so the next person at this screen
  // cannot come across it. This waits until now because the pages that showed it have gone.
  useEffect(() => {
    if (endedBecause) void forgetEverything();
  }, [endedBecause, forgetEverything]);

  usePageTitle('Sign in', form.summary.length > 0);

  if (me) return <Navigate to={destinationAfterSignIn(from, me.role)} replace />;

  async function submit(values: z.output<typeof schema>) {
    try {
      const { data } = await login({ variables: values });
      if (data) {
        setFinishing(true);
        await sessionStarted(data.login);
        void navigate(destinationAfterSignIn(from, data.login.role), { replace: true });
      }
    } catch (error) {
      setFinishing(false);
      const apiError = readApiError(error);
      // The password was right; the second step has its own page (the server set its cookie).
      if (apiError.code === 'TWO_FACTOR_REQUIRED' || apiError.code === 'TWO_FACTOR_SETUP_REQUIRED') {
        void navigate(apiError.code === 'TWO_FACTOR_REQUIRED' ? '/sign-in/code' : '/sign-in/set-up-two-factor', { state: { from } });
        return;
      }
      form.setValue('password', '');
      form.setError('email', { type: 'server', message: apiError.fields['email'] ?? apiError.message });
      if (apiError.fields['password']) form.setError('password', { type: 'server', message: apiError.fields['password'] });
    }
  }

  const notice = endedBecause ? END_MESSAGES[endedBecause] : null;

  return (
    <PublicLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half-from-desktop">
          <GovukForm
            form={form}
            onSubmit={submit}
            summaryFirst
            heading={
              <>
                {notice && form.summary.length === 0 ? <NotificationBanner type={notice.type} text={notice.text} /> : null}
                <h1 className="govuk-heading-l">Sign in to CaseHuddle</h1>
              </>
            }
          >
            <TextField name="email" type="email" label="Email address" autoComplete="email" spellCheck={false} autoCapitalize="none" />
            <TextField name="password" type="password" label="Password" autoComplete="current-password" />
            <SubmitButton busy={busy || form.formState.isSubmitting} busyText="Signing in…">
              Sign in
            </SubmitButton>
          </GovukForm>
        </div>
      </div>
    </PublicLayout>
  );
}

export default SignInPage;
