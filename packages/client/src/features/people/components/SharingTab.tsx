import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/session';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate, LIMITS, SHARING_SECTION_LABELS, SHARING_SECTIONS, type SharingSection } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { addDays, checkDate, datePartsFromIso, EMPTY_DATE, todayIso, type DateParts } from '../../../ui/dates';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Checkboxes, DateInput, TextArea } from '../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FieldErrors, type FormErrors } from '../../../ui/formErrors';
import { Loading } from '../../../ui/Loading';
import { SavedMessage } from '../../../ui/SavedMessage';
import { WarningText } from '../../../ui/WarningText';
import type { PersonRecord } from '../access';
import { SHARING_SECTION_HINTS } from '../labels';
import {
  PartnerOrganisationsQuery,
  RecordSharingAgreementMutation,
  SetPersonLockdownMutation,
  WithdrawSharingAgreementMutation,
} from '../graphql/people';
import { useSectionEditor } from '../hooks/useSectionEditor';
import { usePerson } from './PersonContext';
import { CardAction, SectionCard } from './SectionCard';
import { AgreementStateTag, LockedDownTag } from './tags';
import { TableHead } from '../../../ui/TableHead';
import {
  checkLawfulBasis,
  EMPTY_LAWFUL_BASIS,
  LAWFUL_BASIS_FIELDS,
  LAWFUL_BASIS_IDS,
  LawfulBasisFields,
  lawfulBasisInput,
  type LawfulBasisValues,
} from '../../agreements/components/LawfulBasisFields';

type Agreement = PersonRecord['sharingAgreements'][number];

const AGREEMENT_FIELDS = ['organisationIds', 'sections', ...LAWFUL_BASIS_FIELDS, 'agreedOn', 'expiresOn', 'notes'] as const;
type AgreementField = (typeof AGREEMENT_FIELDS)[number];
const AGREEMENT_IDS: Record<AgreementField, string> = {
  organisationIds: 'agreement-organisations',
  sections: 'agreement-sections',
  ...LAWFUL_BASIS_IDS,
  agreedOn: 'agreement-agreed-on-day',
  expiresOn: 'agreement-expires-on-day',
  notes: 'agreement-notes',
};

interface AgreementValues {
  organisationIds: string[];
  sections: string[];
  agreedOn: DateParts;
  expiresOn: DateParts;
  notes: string;
  lawfulBasis: LawfulBasisValues;
}

/** A date as a hint for a date input gives it: "23 11 2027". */
function exampleDate(iso: string): string {
  const { day, month, year } = datePartsFromIso(iso);
  return `${day} ${month} ${year}`;
}

function validateAgreement(values: AgreementValues): FieldErrors<AgreementField> {
  const errors: FieldErrors<AgreementField> = {};
  const today = todayIso();
  if (values.organisationIds.length === 0) errors.organisationIds = 'Select the organisations they agreed to share with';
  if (values.sections.length === 0) errors.sections = 'Select the parts of their record they agreed to share';
  Object.assign(errors, checkLawfulBasis(values.lawfulBasis, values.sections));
  const agreedOn = checkDate(values.agreedOn, 'Date they agreed', { required: true });
  if (!agreedOn.ok) errors.agreedOn = agreedOn.message;
  else if (agreedOn.value! > today) errors.agreedOn = 'The date they agreed must be today or in the past';
  const expiresOn = checkDate(values.expiresOn, 'Expiry date', { required: true });
  if (!expiresOn.ok) errors.expiresOn = expiresOn.message;
  else if (expiresOn.value! < today) errors.expiresOn = 'The expiry date must be today or in the future';
  else if (agreedOn.ok && agreedOn.value && expiresOn.value! < agreedOn.value)
    errors.expiresOn = 'The expiry date must be after the date they agreed';
  if (values.notes.length > LIMITS.notesMaxLength)
    errors.notes = `Keep the notes to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`;
  return errors;
}

function RecordAgreementForm({
  person,
  onSaved,
  onCancel,
}: {
  person: PersonRecord;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { data, loading, error: loadError } = useQuery(PartnerOrganisationsQuery);
  const [values, setValues] = useState<AgreementValues>({
    organisationIds: [],
    sections: [],
    agreedOn: datePartsFromIso(todayIso()),
    expiresOn: EMPTY_DATE,
    notes: '',
    lawfulBasis: EMPTY_LAWFUL_BASIS,
  });
  const [errors, setErrors] = useState<FormErrors<AgreementField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [record, { loading: saving }] = useMutation(RecordSharingAgreementMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setAttempt((n) => n + 1);
    const fieldErrors = validateAgreement(values);
    setErrors({ fields: fieldErrors, general: null });
    if (Object.keys(fieldErrors).length > 0) return;
    const agreedOn = checkDate(values.agreedOn, '');
    const expiresOn = checkDate(values.expiresOn, '');
    try {
      await record({
        variables: {
          input: {
            personId: person.id,
            organisationIds: values.organisationIds,
            sections: values.sections as SharingSection[],
            agreedOn: agreedOn.ok ? agreedOn.value! : '',
            expiresOn: expiresOn.ok ? expiresOn.value! : '',
            notes: values.notes.trim() || null,
            lawfulBasis: lawfulBasisInput(values.lawfulBasis, values.sections),
          },
        },
      });
      onSaved('Agreement to share recorded.');
    } catch (caught) {
      setErrors(formErrorsFromApi(readApiError(caught), AGREEMENT_FIELDS, 'organisationIds'));
    }
  }

  if (loading) return <Loading text="Loading organisations…" />;
  if (loadError || !data) return <p className="govuk-error-message">{readApiError(loadError).message}</p>;

  const organisations = data.partnerOrganisations
    .filter((o) => o.id !== person.owningOrganisation.id)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((o) => ({ value: o.id, label: o.name }));
  const items = summaryItems(errors, AGREEMENT_FIELDS, (field) => AGREEMENT_IDS[field]);

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-labelledby="record-agreement-heading" className="app-form-panel">
      <h3 className="govuk-heading-m" id="record-agreement-heading">
        Record an agreement to share
      </h3>
      <p className="govuk-body-s">
        Record what {person.displayName} agreed to: which organisations may see which parts of their record, and until when. Check they
        understand they can change their mind at any time.
      </p>
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half-from-desktop">
          <Checkboxes
            id="agreement-organisations"
            name="organisationIds"
            legend="Organisations they agreed to share with"
            small
            options={organisations}
            values={values.organisationIds}
            error={errors.fields.organisationIds}
            onChange={(organisationIds) => setValues((current) => ({ ...current, organisationIds }))}
          />
        </div>
        <div className="govuk-grid-column-one-half-from-desktop">
          <Checkboxes
            id="agreement-sections"
            name="sections"
            legend="Parts of their record"
            small
            options={SHARING_SECTIONS.map((s) => ({ value: s, label: SHARING_SECTION_LABELS[s], hint: SHARING_SECTION_HINTS[s] }))}
            values={values.sections}
            error={errors.fields.sections}
            onChange={(sections) => setValues((current) => ({ ...current, sections }))}
          />
        </div>
      </div>
      <LawfulBasisFields
        sections={values.sections}
        value={values.lawfulBasis}
        errors={errors.fields}
        onChange={(lawfulBasis) => setValues((current) => ({ ...current, lawfulBasis }))}
      />
      <DateInput
        id="agreement-agreed-on"
        legend="Date they agreed"
        value={values.agreedOn}
        error={errors.fields.agreedOn}
        onChange={(agreedOn) => setValues((current) => ({ ...current, agreedOn }))}
      />
      <DateInput
        id="agreement-expires-on"
        legend="Expiry date"
        hint={`When to check again with them. For example, ${exampleDate(addDays(todayIso(), 365))}`}
        value={values.expiresOn}
        error={errors.fields.expiresOn}
        onChange={(expiresOn) => setValues((current) => ({ ...current, expiresOn }))}
      />
      <TextArea
        id="agreement-notes"
        name="notes"
        label="Notes (optional)"
        hint="For example, anything they asked not to be shared"
        rows={3}
        value={values.notes}
        error={errors.fields.notes}
        onChange={(event) => setValues((current) => ({ ...current, notes: event.target.value }))}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={saving} aria-disabled={saving || undefined}>
          {saving ? 'Saving…' : 'Record agreement'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function WithdrawForm({ agreement, onWithdrawn, onCancel }: { agreement: Agreement; onWithdrawn: () => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [withdraw, { loading }] = useMutation(WithdrawSharingAgreementMutation);
  const fieldId = `withdraw-reason-${agreement.id}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (reason.length > LIMITS.notesMaxLength)
      return setError(`Keep the reason to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`);
    setError(null);
    try {
      await withdraw({ variables: { id: agreement.id, reason: reason.trim() || null } });
      onWithdrawn();
    } catch (caught) {
      setError(readApiError(caught).message);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Withdraw this agreement" className="app-inline-editor">
      <p className="govuk-body-s">Sharing under this agreement stops at once. The agreement stays on the record, marked as withdrawn.</p>
      <TextArea
        id={fieldId}
        name="reason"
        label="Why is it being withdrawn? (optional)"
        labelClass="govuk-label--s"
        rows={2}
        value={reason}
        error={error ?? undefined}
        onChange={(event) => setReason(event.target.value)}
        autoFocus
      />
      <div className="govuk-button-group">
        <button
          type="submit"
          className="govuk-button govuk-button--warning app-button--small"
          disabled={loading}
          aria-disabled={loading || undefined}
        >
          {loading ? 'Withdrawing…' : 'Withdraw agreement'}
        </button>
        <button type="button" className="app-link-button govuk-link" onClick={onCancel} disabled={loading}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function AgreementsCard() {
  const { person } = usePerson();
  const editor = useSectionEditor<'record' | string>();
  const manage = person.access.canManageSharing;
  const withdrawing = editor.editing !== null && editor.editing !== 'record' ? editor.editing : null;

  return (
    <SectionCard
      id="agreements"
      title="Agreements to share"
      action={
        manage && editor.editing !== 'record' ? (
          <CardAction
            verb="Record"
            what="an agreement to share"
            onClick={() => editor.start('record')}
            buttonRef={editor.editButtonRef('record')}
          />
        ) : null
      }
    >
      {editor.saved ? <SavedMessage key={editor.saved.key} text={editor.saved.text} /> : null}
      {editor.editing === 'record' ? <RecordAgreementForm person={person} onSaved={editor.finish} onCancel={editor.cancel} /> : null}
      {person.sharingAgreements.length === 0 ? (
        <p className="govuk-body">
          No agreements to share yet. Only {person.owningOrganisation.name} and the lead professionals can see this record.
        </p>
      ) : (
        <table className="govuk-table app-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Agreements to share, newest first</caption>
          <TableHead
            columns={[
              'State',
              'Shared with',
              'Parts of the record',
              'Agreed',
              'Expires',
              'Recorded by',
              { label: 'Action', hidden: true, className: 'app-table__actions' },
            ]}
          />
          <tbody className="govuk-table__body">
            {person.sharingAgreements.map((agreement) => {
              const live = agreement.state === 'ACTIVE' || agreement.state === 'EXPIRING';
              return [
                <tr className={`govuk-table__row${live ? '' : ' app-row--inactive'}`} key={agreement.id}>
                  <td className="govuk-table__cell">
                    <AgreementStateTag state={agreement.state} />
                  </td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list app-compact-list">
                      {agreement.organisations.map((o) => (
                        <li key={o.id}>{o.name}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list app-compact-list">
                      {agreement.sections.map((s) => (
                        <li key={s}>{SHARING_SECTION_LABELS[s]}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="govuk-table__cell app-table__date">{formatDate(agreement.agreedOn)}</td>
                  <td className="govuk-table__cell app-table__date">{formatDate(agreement.expiresOn)}</td>
                  <td className="govuk-table__cell">
                    {agreement.recordedBy.name}
                    <span className="app-table__meta">{agreement.recordedBy.organisation.name}</span>
                    <span className="app-table__meta">
                      Lawful basis: {agreement.lawfulBasis.article6.label}
                      {agreement.lawfulBasis.article9 ? `; ${agreement.lawfulBasis.article9.reference}` : ''}
                      {agreement.lawfulBasis.article10 ? `; ${agreement.lawfulBasis.article10.reference}` : ''}
                      {agreement.lawfulBasis.schedule1.map((c) => `; ${c.reference}`).join('')}
                      {`; ${agreement.lawfulBasis.commonLaw.label}`}
                      {agreement.lawfulBasis.isaTitle ? ` (under ${agreement.lawfulBasis.isaTitle})` : ''}
                    </span>
                    {agreement.notes ? <span className="app-table__meta app-preserve-lines">Notes: {agreement.notes}</span> : null}
                    {agreement.withdrawnAt ? (
                      <span className="app-table__meta">
                        Withdrawn {formatDate(agreement.withdrawnAt)}
                        {agreement.withdrawalReason ? `: ${agreement.withdrawalReason}` : ''}
                      </span>
                    ) : null}
                  </td>
                  <td className="govuk-table__cell app-table__actions">
                    {manage && live && withdrawing !== agreement.id ? (
                      <button
                        type="button"
                        className="govuk-button govuk-button--warning app-button--small"
                        ref={editor.editButtonRef(agreement.id)}
                        onClick={() => editor.start(agreement.id)}
                      >
                        Withdraw{' '}
                        <span className="govuk-visually-hidden">
                          the agreement to share with {agreement.organisations.map((o) => o.name).join(', ')}
                        </span>
                      </button>
                    ) : null}
                  </td>
                </tr>,
                withdrawing === agreement.id ? (
                  <tr className="govuk-table__row" key={`${agreement.id}-withdraw`}>
                    <td className="govuk-table__cell" colSpan={7}>
                      <WithdrawForm
                        agreement={agreement}
                        onWithdrawn={() => editor.finish('Agreement withdrawn. Sharing under it has stopped.')}
                        onCancel={editor.cancel}
                      />
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      )}
    </SectionCard>
  );
}

function LockdownCard() {
  const { person } = usePerson();
  const editor = useSectionEditor();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ text: string; attempt: number } | null>(null);
  const [setLockdown, { loading }] = useMutation(SetPersonLockdownMutation);
  const lockingDown = !person.lockedDown;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const attempt = (error?.attempt ?? 0) + 1;
    const trimmed = reason.trim();
    if (!trimmed)
      return setError({ text: `Enter why you are ${lockingDown ? 'locking the record down' : 'releasing the lock-down'}`, attempt });
    if (trimmed.length < LIMITS.reasonMinLength)
      return setError({ text: `Give a reason of at least ${LIMITS.reasonMinLength} characters`, attempt });
    setError(null);
    try {
      await setLockdown({ variables: { personId: person.id, lockedDown: lockingDown, reason: trimmed } });
      setReason('');
      editor.finish(lockingDown ? 'The record is locked down.' : 'The lock-down has been released.');
    } catch (caught) {
      setError({ text: readApiError(caught).message, attempt });
    }
  }

  return (
    <SectionCard
      id="lockdown"
      title="Lock-down"
      tag={person.lockedDown ? <LockedDownTag /> : undefined}
      action={
        !editor.editing ? (
          <CardAction
            verb={lockingDown ? 'Lock down' : 'Release lock-down'}
            what="this record"
            onClick={() => editor.start(true)}
            buttonRef={editor.editButtonRef(true)}
          />
        ) : null
      }
    >
      {editor.saved ? <SavedMessage key={editor.saved.key} text={editor.saved.text} /> : null}
      <p className="govuk-body">
        {person.lockedDown
          ? 'This record is locked down. Organisations outside those that hold it see only the person’s name and which agencies are involved, whatever their agreements say.'
          : 'Locking a record down hides everything but the person’s name and the agencies involved from organisations that do not hold it, whatever their agreements say.'}
      </p>
      {editor.editing ? (
        <form
          noValidate
          onSubmit={(event) => void handleSubmit(event)}
          aria-labelledby="lockdown-form-heading"
          className="app-form-panel app-form-panel--compact"
        >
          <h3 className="govuk-heading-s" id="lockdown-form-heading">
            {lockingDown ? 'Lock down this record' : 'Release the lock-down'}
          </h3>
          {error ? <ErrorSummary key={error.attempt} errors={[{ fieldId: 'lockdown-reason', text: error.text }]} /> : null}
          <WarningText>The reason is kept in the record’s audit trail.</WarningText>
          <TextArea
            id="lockdown-reason"
            name="reason"
            label="Reason"
            hint={`At least ${LIMITS.reasonMinLength} characters`}
            rows={3}
            value={reason}
            error={error?.text}
            onChange={(event) => setReason(event.target.value)}
            autoFocus
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-button--warning" disabled={loading} aria-disabled={loading || undefined}>
              {loading ? 'Saving…' : lockingDown ? 'Lock down record' : 'Release lock-down'}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={editor.cancel} disabled={loading}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </SectionCard>
  );
}

/** Who the record is shared with, under which agreements, and whether it is locked down. */
export function SharingTab() {
  const { person } = usePerson();
  const user = useCurrentUser();
  return (
    <>
      <AgreementsCard />
      {person.access.canManageSharing && user.role === 'MANAGER' && person.owningOrganisation.id === user.organisation.id ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/people/${person.id}/share-without-agreement`}>
            Share without agreement
          </Link>{' '}
          (to safeguard someone at risk or prevent crime; approved by you and reviewed afterwards)
        </p>
      ) : null}
      {person.access.canManageSharing ? <LockdownCard /> : null}
    </>
  );
}
