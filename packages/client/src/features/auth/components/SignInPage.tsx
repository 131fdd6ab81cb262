import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { PublicLayout } from '../../../app/layout/SiteHeader';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { TextInput } from '../../../ui/fields';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { usePageTitle } from '../../../ui/usePageTitle';
import { destinationAfterSignIn } from '../destination';
import type { CurrentUser } from '../hooks/useMe';
import { preloadSignedInApp } from '../../../app/loadSignedInApp';
import { useSession, type SessionEndReason } from '../session';
import { fetchMe, login, SignInApiError } from '../signInApi';

type Field = 'email' | 'password';

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

/**
 * Who is signed in already, asked once when the page opens: someone signed in who comes here is
 * sent on. Until the answer comes (or if it cannot be had) the form shows.
 */
function useAlreadySignedIn(): CurrentUser | null {
  const [me, setMe] = useState<CurrentUser | null>(null);
  useEffect(() => {
    let current = true;
    fetchMe().then(
      (user) => {
        if (current) setMe(user);
      },
      () => {
        // The sign-in itself will say what is wrong.
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return me;
}

/**
 * The sign-in page at /sign-in. It is the one page that loads with the first script, so it uses
 * neither Apollo Client nor the form library (React Hook Form and zod), only fetch (signInApi.ts)
 * and the GOV.UK field components; the rest of the app loads once someone signs in.
 */
export function SignInPage() {
  const me = useAlreadySignedIn();
  const location = useLocation();
  const navigate = useNavigate();
  const { endedBecause, forgetEverything, sessionStarted } = useSession();
  const from: unknown = (location.state as { from?: unknown } | null)?.from;

  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  // A new key on each failed attempt, so the error summary takes focus again.
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  // After a session ends, drop everything fetched during it, so the next person at this screen
  // cannot come across it. This waits until now because the pages that showed it have gone.
  useEffect(() => {
    if (endedBecause) void forgetEverything();
  }, [endedBecause, forgetEverything]);

  const summary: ErrorSummaryItem[] = (['email', 'password'] as const).flatMap((field) =>
    errors[field] ? [{ fieldId: field, text: errors[field] }] : [],
  );
  usePageTitle('Sign in', summary.length > 0);

  if (me) return <Navigate to={destinationAfterSignIn(from, me.role)} replace />;

  function failed(found: Partial<Record<Field, string>>) {
    setErrors(found);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = values.email.trim();
    const missing: Partial<Record<Field, string>> = {};
    if (!email) missing.email = 'Enter your email address';
    if (!values.password) missing.password = 'Enter your password';
    if (missing.email || missing.password) return failed(missing);

    setBusy(true);
    // The signed-in app's code loads while the server checks the password.
    preloadSignedInApp();
    try {
      const user = await login(email, values.password);
      await sessionStarted(user);
      void navigate(destinationAfterSignIn(from, user.role), { replace: true });
    } catch (error) {
      setBusy(false);
      if (!(error instanceof SignInApiError)) throw error;
      const { code, message, fields } = error.apiError;
      // The password was right; the second step has its own page (the server set its cookie).
      if (code === 'TWO_FACTOR_REQUIRED' || code === 'TWO_FACTOR_SETUP_REQUIRED') {
        void navigate(code === 'TWO_FACTOR_REQUIRED' ? '/sign-in/code' : '/sign-in/set-up-two-factor', { state: { from } });
        return;
      }
      setValues((v) => ({ ...v, password: '' }));
      failed({ email: fields['email'] ?? message, ...(fields['password'] ? { password: fields['password'] } : {}) });
    }
  }

  const notice = endedBecause ? END_MESSAGES[endedBecause] : null;
  const field = (name: Field) => ({
    id: name,
    name,
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value })),
  });

  return (
    <PublicLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half-from-desktop">
          <form noValidate onSubmit={(event) => void submit(event)}>
            {summary.length > 0 ? <ErrorSummary key={attempt} errors={summary} /> : null}
            {notice && summary.length === 0 ? <NotificationBanner type={notice.type} text={notice.text} /> : null}
            <h1 className="govuk-heading-l">Sign in to CaseHuddle</h1>
            <TextInput
              {...field('email')}
              type="email"
              label="Email address"
              autoComplete="email"
              spellCheck={false}
              autoCapitalize="none"
            />
            <TextInput {...field('password')} type="password" label="Password" autoComplete="current-password" />
            <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy || undefined}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
        </div>
      </div>
    </PublicLayout>
  );
}

export default SignInPage;
