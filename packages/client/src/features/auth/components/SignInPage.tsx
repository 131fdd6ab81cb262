import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { PublicLayout } from '../../../app/layout/SiteHeader';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { TextInput } from '../../../ui/fields';
import { usePageTitle } from '../../../ui/usePageTitle';
import { destinationAfterSignIn } from '../destination';
import { LoginMutation } from '../graphql/auth';
import { useMe } from '../hooks/useMe';
import { useSession, type SessionEndReason } from '../session';

type Field = 'email' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

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

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  const [login, { loading }] = useMutation(LoginMutation);
  const [finishing, setFinishing] = useState(false);
  const busy = loading || finishing;

  // After a session ends, drop everything fetched during it, so the next person at this screen
  // cannot come across it. This waits until now because the pages that showed it have gone.
  useEffect(() => {
    if (endedBecause) void forgetEverything();
  }, [endedBecause, forgetEverything]);

  const errorItems: ErrorSummaryItem[] = (['email', 'password'] as const).flatMap((field) => {
    const text = errors[field];
    return text ? [{ fieldId: field, text }] : [];
  });
  usePageTitle('Sign in', errorItems.length > 0);

  if (me) return <Navigate to={destinationAfterSignIn(from, me.role)} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!email.trim()) found.email = 'Enter your email address';
    if (!password) found.password = 'Enter your password';
    setAttempt((n) => n + 1);
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (data) {
        setFinishing(true);
        await sessionStarted(data.login);
        void navigate(destinationAfterSignIn(from, data.login.role), { replace: true });
      }
    } catch (error) {
      setFinishing(false);
      const apiError = readApiError(error);
      setPassword('');
      setErrors({
        email: apiError.fields['email'] ?? apiError.message,
        ...(apiError.fields['password'] ? { password: apiError.fields['password'] } : {}),
      });
    }
  }

  const notice = endedBecause ? END_MESSAGES[endedBecause] : null;

  return (
    <PublicLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half-from-desktop">
          {errorItems.length > 0 ? <ErrorSummary key={attempt} errors={errorItems} /> : null}
          {notice && errorItems.length === 0 ? <NotificationBanner type={notice.type} text={notice.text} /> : null}

          <h1 className="govuk-heading-l">Sign in to CaseHuddle</h1>
          <form noValidate onSubmit={(event) => void handleSubmit(event)}>
            <TextInput
              id="email"
              name="email"
              type="email"
              label="Email address"
              autoComplete="email"
              spellCheck={false}
              autoCapitalize="none"
              value={email}
              error={errors.email}
              onChange={(event) => setEmail(event.target.value)}
            />
            <TextInput
              id="password"
              name="password"
              type="password"
              label="Password"
              autoComplete="current-password"
              value={password}
              error={errors.password}
              onChange={(event) => setPassword(event.target.value)}
            />
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
