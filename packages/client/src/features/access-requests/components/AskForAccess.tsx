import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS, SHARING_SECTION_LABELS, SHARING_SECTIONS, type SharingSection } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Checkboxes, TextArea } from '../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FieldErrors, type FormErrors } from '../../../ui/formErrors';
import { RequestAccessMutation } from '../graphql/accessRequests';

const FIELDS = ['sections', 'reason'] as const;
type Field = (typeof FIELDS)[number];

interface AskForAccessProps {
  personId: string;
  displayName: string;
  /** The sections the user's organisation can already see: not offered. */
  shared: readonly string[];
  /** Says which card the button is in, so that each button has its own accessible name. */
  where: string;
}

/**
 * "Ask for access": shown where a record or a section is not shared. Asks the organisation that
 * holds the record for named sections, saying why; the holder answers on its access requests page.
 */
export function AskForAccess({ personId, displayName, shared, where }: AskForAccessProps) {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [sections, setSections] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [request, { loading }] = useMutation(RequestAccessMutation);
  const idBase = `ask-${where.replace(/\W+/g, '-').toLowerCase()}`;
  const options = SHARING_SECTIONS.filter((s) => !shared.includes(s)).map((s) => ({ value: s, label: SHARING_SECTION_LABELS[s] }));

  if (sent) {
    return (
      <p className="govuk-body-s" role="status">
        Request sent. The organisation that holds the record will answer it; you will get a notification.
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setOpen(true)}>
        Ask for access <span className="govuk-visually-hidden">({where})</span>
      </button>
    );
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const fields: FieldErrors<Field> = {};
    if (sections.length === 0) fields.sections = 'Select the parts of the record you need';
    if (!reason.trim()) fields.reason = 'Say why you need them';
    else if (reason.length > LIMITS.notesMaxLength)
      fields.reason = `Keep the reason to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`;
    setErrors({ fields, general: null });
    if (Object.keys(fields).length > 0) return;
    try {
      await request({ variables: { input: { personId, sections: sections as SharingSection[], reason: reason.trim() } } });
      setSent(true);
    } catch (caught) {
      setErrors(formErrorsFromApi(readApiError(caught), FIELDS, 'sections'));
    }
  }

  const items = summaryItems(errors, FIELDS, (field) => `${idBase}-${field}`);
  return (
    <form
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
      aria-label={`Ask for access to ${displayName}’s record`}
      className="app-form-panel"
    >
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      <Checkboxes
        id={`${idBase}-sections`}
        name="sections"
        legend="Which parts of the record do you need?"
        small
        options={options}
        values={sections}
        error={errors.fields.sections}
        onChange={setSections}
      />
      <TextArea
        id={`${idBase}-reason`}
        name="reason"
        label="Why do you need them?"
        hint="The organisation that holds the record will read this, and will ask the person before sharing."
        rows={3}
        value={reason}
        error={errors.fields.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading || undefined}>
          {loading ? 'Sending…' : 'Send request'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOpen(false)} disabled={loading}>
          Cancel
        </button>
      </div>
    </form>
  );
}
