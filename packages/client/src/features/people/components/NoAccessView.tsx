import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextArea } from '../../../ui/fields';
import { usePageTitle } from '../../../ui/usePageTitle';
import { WarningText } from '../../../ui/WarningText';
import { BreakGlassMutation } from '../graphql/people';

interface NoAccessViewProps {
  personId: string;
  /** The server offers break-glass access (it does to practitioners, coordinators and managers). */
  canBreakGlass: boolean;
  /** Called once access is granted: load the record. */
  onGranted: () => Promise<unknown>;
}

/**
 * Shown instead of a record the user's organisation may not see. It shows nothing about the person;
 * it explains why, and offers emergency (break-glass) access, which needs a reason and is reviewed.
 */
export function NoAccessView({ personId, canBreakGlass, onGranted }: NoAccessViewProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ text: string; attempt: number } | null>(null);
  const [opening, setOpening] = useState(false);
  const [breakGlass, { loading }] = useMutation(BreakGlassMutation);
  const busy = loading || opening;
  usePageTitle('You do not have access to this record', error !== null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const attempt = (error?.attempt ?? 0) + 1;
    const trimmed = reason.trim();
    if (!trimmed) return setError({ text: 'Enter why you need emergency access', attempt });
    if (trimmed.length < LIMITS.reasonMinLength) {
      return setError({ text: `Give a reason of at least ${LIMITS.reasonMinLength} characters`, attempt });
    }
    if (trimmed.length > LIMITS.notesMaxLength) {
      return setError({ text: `Keep the reason to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`, attempt });
    }
    setError(null);
    try {
      await breakGlass({ variables: { personId, reason: trimmed } });
      setOpening(true);
      await onGranted();
    } catch (caught) {
      setOpening(false);
      const apiError = readApiError(caught);
      setError({ text: apiError.fields['reason'] ?? apiError.message, attempt });
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {error ? <ErrorSummary key={error.attempt} errors={[{ fieldId: 'break-glass-reason', text: error.text }]} /> : null}
        <h1 className="govuk-heading-l">You do not have access to this record</h1>
        <p className="govuk-body">
          A person’s record is shared with another organisation only when they have agreed to it. Your organisation does not hold this
          record, you are not one of the person’s lead professionals, and no agreement to share it with your organisation is in force.
        </p>
        <p className="govuk-body">
          If you work with this person, ask their lead professional to talk to them about sharing their record with your organisation.
        </p>
        {canBreakGlass ? (
          <section aria-labelledby="break-glass-heading" className="app-break-glass">
            <h2 className="govuk-heading-m" id="break-glass-heading">
              Emergency (break-glass) access
            </h2>
            <p className="govuk-body">
              Only in an emergency, when someone is at risk and you cannot wait for an agreement, you can open the whole record now. Access
              ends after {LIMITS.breakGlassHours} hours.
            </p>
            <WarningText>
              Break-glass access is recorded and reviewed. The person’s lead professionals can see that you used it, when, and the reason
              you give.
            </WarningText>
            <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-labelledby="break-glass-heading">
              <TextArea
                id="break-glass-reason"
                name="reason"
                label="Why do you need emergency access?"
                labelClass="govuk-label--s"
                hint={`At least ${LIMITS.reasonMinLength} characters. Say what the emergency is and what you need to know.`}
                rows={4}
                value={reason}
                error={error?.text}
                onChange={(event) => setReason(event.target.value)}
              />
              <button type="submit" className="govuk-button govuk-button--warning" disabled={busy} aria-disabled={busy || undefined}>
                {busy ? 'Opening the record…' : 'Use break-glass access'}
              </button>
            </form>
          </section>
        ) : null}
        <p className="govuk-body">
          <Link className="govuk-link" to="/people">
            Back to people
          </Link>
        </p>
      </div>
    </div>
  );
}
