import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate } from '@casehuddle/shared';
import { LoadProblem } from '../../../ui/LoadProblem';
import { Loading } from '../../../ui/Loading';
import { readApiError } from '../../../ui/apiErrors';
import { usePageTitle } from '../../../ui/usePageTitle';
import { ConfirmTwoFactorEnrolmentMutation, StartTwoFactorEnrolmentMutation, TwoFactorStatusQuery } from '../graphql/two-factor';
import { EnrolmentSteps } from './EnrolmentSteps';
import { RecoveryCodes } from './RecoveryCodes';

/** The signed-in user's own two-factor sign-in, at /account/two-factor. */
export function TwoFactorPage() {
  usePageTitle('Two-factor sign-in');
  const status = useQuery(TwoFactorStatusQuery, { fetchPolicy: 'cache-and-network' });
  const [start, started] = useMutation(StartTwoFactorEnrolmentMutation);
  const [confirm] = useMutation(ConfirmTwoFactorEnrolmentMutation, { refetchQueries: [TwoFactorStatusQuery] });
  const [codes, setCodes] = useState<string[] | null>(null);

  if (status.error && !status.data)
    return <LoadProblem error={status.error} what="your two-factor sign-in" onRetry={() => void status.refetch()} />;
  if (!status.data) return <Loading />;
  const state = status.data.twoFactorStatus;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">Two-factor sign-in</h1>
        {codes ? (
          <>
            <div className="govuk-panel govuk-panel--confirmation">
              <h2 className="govuk-panel__title govuk-!-font-size-36">Two-factor sign-in is set up</h2>
              <div className="govuk-panel__body">From now on you will be asked for a code from your app when you sign in.</div>
            </div>
            <RecoveryCodes codes={codes} />
          </>
        ) : state.enabled ? (
          <>
            <p className="govuk-body">
              <strong className="govuk-tag govuk-tag--green">On</strong>
            </p>
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Set up on</dt>
                <dd className="govuk-summary-list__value">{state.enabledAt ? formatDate(new Date(state.enabledAt)) : 'Not known'}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Recovery codes left</dt>
                <dd className="govuk-summary-list__value">{state.recoveryCodesLeft} of 10</dd>
              </div>
            </dl>
            <p className="govuk-body">If you lose your phone, ask your CaseHuddle administrator to reset your two-factor sign-in.</p>
          </>
        ) : started.data ? (
          <EnrolmentSteps
            enrolment={started.data.startTwoFactorEnrolment}
            onConfirm={async (code) => {
              const { data } = await confirm({ variables: { code } });
              if (data) setCodes(data.confirmTwoFactorEnrolment);
            }}
          />
        ) : (
          <>
            <p className="govuk-body">
              <strong className="govuk-tag govuk-tag--grey">Off</strong>
            </p>
            <p className="govuk-body">
              With two-factor sign-in, signing in needs your password and a code from an authenticator app on your phone, so a stolen
              password alone cannot open people’s records. NHS partners expect it under the Data Security and Protection Toolkit.
            </p>
            {state.requiredByOrganisation ? (
              <p className="govuk-body">Your organisation requires it: you will be asked to set it up when you next sign in.</p>
            ) : null}
            {started.error ? <p className="govuk-error-message">{readApiError(started.error).message}</p> : null}
            <button type="button" className="govuk-button" onClick={() => void start().catch(() => undefined)} disabled={started.loading}>
              Set up two-factor sign-in
            </button>
          </>
        )}
      </div>
    </div>
  );
}

export default TwoFactorPage;
