import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { PublicLayout } from '../../../app/layout/SiteHeader';
import { GovukForm, SubmitButton, TextField, useGovukForm } from '../../../ui/form';
import { usePageTitle } from '../../../ui/usePageTitle';
import { destinationAfterSignIn } from '../../auth/destination';
import { useMe } from '../../auth/hooks/useMe';
import { useSession } from '../../auth/session';
import { CompleteSignInMutation } from '../graphql/two-factor';

const schema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Enter the code from your authenticator app, or a recovery code')
    .refine((v) => /^\d{6}$/.test(v.replace(/\s+/g, '')) || v.replace(/[^A-Za-z0-9]/g, '').length === 10, {
      message: 'Enter the 6-digit code from your authenticator app, or a recovery code such as abcde-23456',
    })
    // Apps show codes as "123 456"; the server takes them either way.
    .transform((v) => (/^[\d\s]+$/.test(v) ? v.replace(/\s+/g, '') : v)),
});

/** The second step of signing in, at /sign-in/code: the code from the authenticator app. */
export function SignInCodePage() {
  const { me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const { sessionStarted } = useSession();
  const from: unknown = (location.state as { from?: unknown } | null)?.from;
  const form = useGovukForm({ schema, defaultValues: { code: '' }, ids: { code: 'code' } });
  const [complete] = useMutation(CompleteSignInMutation);
  const [finishing, setFinishing] = useState(false);
  usePageTitle('Enter your sign-in code', form.summary.length > 0);

  if (me) return <Navigate to={destinationAfterSignIn(from, me.role)} replace />;

  async function submit(values: z.output<typeof schema>) {
    form.setValue('code', '');
    const { data } = await complete({ variables: { code: values.code } });
    if (data) {
      setFinishing(true);
      await sessionStarted(data.completeSignIn);
      void navigate(destinationAfterSignIn(from, data.completeSignIn.role), { replace: true });
    }
  }

  return (
    <PublicLayout>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half-from-desktop">
          <GovukForm form={form} onSubmit={submit} summaryFirst heading={<h1 className="govuk-heading-l">Enter your sign-in code</h1>}>
            <TextField
              name="code"
              label="Code from your authenticator app"
              hint="Open the authenticator app on your phone and enter the 6-digit code it shows for CaseHuddle. If you do not have your phone, enter one of your recovery codes."
              autoComplete="one-time-code"
              spellCheck={false}
              autoCapitalize="none"
              widthClass="govuk-input--width-20"
            />
            <SubmitButton busy={finishing || form.formState.isSubmitting} busyText="Signing in…">
              Continue
            </SubmitButton>
          </GovukForm>
          <p className="govuk-body">
            <Link className="govuk-link" to="/sign-in">
              Start signing in again
            </Link>
          </p>
          <p className="govuk-body">
            If you have lost your phone and your recovery codes, ask your CaseHuddle administrator to reset your two-factor sign-in.
          </p>
        </div>
      </div>
    </PublicLayout>
  );
}

export default SignInCodePage;
