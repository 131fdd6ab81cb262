import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate, LIMITS, SHARING_SECTION_LABELS, SHARING_SECTIONS, type SharingSection } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { addDays, checkDate, EMPTY_DATE, todayIso, type DateParts } from '../../../ui/dates';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Checkboxes, DateInput, Radios, TextArea } from '../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FieldErrors, type FormErrors } from '../../../ui/formErrors';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import type { AccessRequestFieldsFragment } from '../../../generated/graphql';
import {
  checkLawfulBasis,
  EMPTY_LAWFUL_BASIS,
  LAWFUL_BASIS_FIELDS,
  LAWFUL_BASIS_IDS,
  LawfulBasisFields,
  lawfulBasisInput,
  type LawfulBasisValues,
} from '../../agreements/components/LawfulBasisFields';
import { AccessRequestsQuery, AnswerAccessRequestMutation } from '../graphql/accessRequests';

type AccessRequest = AccessRequestFieldsFragment;

const sectionNames = (sections: readonly string[] | null | undefined) =>
  (sections ?? []).map((s) => SHARING_SECTION_LABELS[s as SharingSection] ?? s).join(', ');

const STATUS_TAGS: Record<string, { text: string; className: string }> = {
  PENDING: { text: 'Waiting for an answer', className: 'govuk-tag--yellow' },
  GRANTED: { text: 'Granted', className: 'govuk-tag--green' },
  DECLINED: { text: 'Declined', className: 'govuk-tag--red' },
};

function StatusTag({ status }: { status: string }) {
  const tag = STATUS_TAGS[status] ?? { text: status, className: '' };
  return <strong className={`govuk-tag ${tag.className}`}>{tag.text}</strong>;
}

const FIELDS = ['decision', 'sections', 'personAgreed', ...LAWFUL_BASIS_FIELDS, 'expiresOn', 'reason'] as const;
type Field = (typeof FIELDS)[number];

interface AnswerValues {
  decision: '' | 'GRANT' | 'DECLINE';
  sections: string[];
  personAgreed: string[];
  expiresOn: DateParts;
  lawfulBasis: LawfulBasisValues;
  reason: string;
}

function AnswerForm({ request }: { request: AccessRequest }) {
  const idBase = `answer-${request.id}`;
  const ids: Record<Field, string> = {
    decision: `${idBase}-decision`,
    sections: `${idBase}-sections`,
    personAgreed: `${idBase}-agreed`,
    ...LAWFUL_BASIS_IDS,
    expiresOn: `${idBase}-expires-on-day`,
    reason: `${idBase}-reason`,
  };
  const [values, setValues] = useState<AnswerValues>({
    decision: '',
    sections: [...request.sections],
    personAgreed: [],
    expiresOn: EMPTY_DATE,
    lawfulBasis: EMPTY_LAWFUL_BASIS,
    reason: '',
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [answer, { loading }] = useMutation(AnswerAccessRequestMutation, { refetchQueries: ['AccessRequests', 'PendingAccessRequests'] });
  const set = (patch: Partial<AnswerValues>) => setValues((current) => ({ ...current, ...patch }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const fields: FieldErrors<Field> = {};
    const grant = values.decision === 'GRANT';
    if (!values.decision) fields.decision = 'Select whether to share';
    const expires = checkDate(values.expiresOn, 'Date the sharing ends', { required: grant });
    if (grant) {
      if (values.sections.length === 0) fields.sections = 'Select the parts of the record to share';
      if (values.personAgreed.length === 0) fields.personAgreed = 'Share only when the person has agreed';
      Object.assign(fields, checkLawfulBasis(values.lawfulBasis, values.sections));
      if (!expires.ok) fields.expiresOn = expires.message;
      else if (expires.value! < todayIso()) fields.expiresOn = 'The date the sharing ends must be today or in the future';
    }
    if (values.decision === 'DECLINE') {
      if (!values.reason.trim()) fields.reason = 'Say why you are not sharing';
      else if (values.reason.length > LIMITS.notesMaxLength)
        fields.reason = `Keep the reason to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`;
    }
    setErrors({ fields, general: null });
    if (Object.keys(fields).length > 0) return;
    try {
      await answer({
        variables: {
          input: grant
            ? {
                id: request.id,
                version: request.version,
                grant: true,
                sections: values.sections as SharingSection[],
                personAgreed: true,
                expiresOn: expires.ok ? expires.value : null,
                lawfulBasis: lawfulBasisInput(values.lawfulBasis, values.sections),
              }
            : { id: request.id, version: request.version, grant: false, personAgreed: false, reason: values.reason.trim() },
        },
      });
    } catch (caught) {
      setErrors(formErrorsFromApi(readApiError(caught), FIELDS, 'decision'));
    }
  }

  const items = summaryItems(errors, FIELDS, (field) => ids[field]);
  return (
    <form
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
      aria-label={`Answer the request from ${request.requestingOrganisation.name}`}
    >
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      <Radios
        id={ids.decision}
        name="decision"
        legend="Will you share?"
        small
        options={[
          { value: 'GRANT', label: 'Yes, the person has agreed' },
          { value: 'DECLINE', label: 'No' },
        ]}
        value={values.decision}
        error={errors.fields.decision}
        onChange={(decision) => set({ decision: decision as AnswerValues['decision'] })}
      />
      {values.decision === 'GRANT' ? (
        <>
          <Checkboxes
            id={ids.sections}
            name="sections"
            legend="Parts of the record to share"
            small
            options={SHARING_SECTIONS.map((s) => ({ value: s, label: SHARING_SECTION_LABELS[s] }))}
            values={values.sections}
            error={errors.fields.sections}
            onChange={(sections) => set({ sections })}
          />
          <Checkboxes
            id={ids.personAgreed}
            name="personAgreed"
            legend="The person’s agreement"
            small
            options={[{ value: 'yes', label: 'The person has agreed to these parts being shared with this organisation' }]}
            values={values.personAgreed}
            error={errors.fields.personAgreed}
            onChange={(personAgreed) => set({ personAgreed })}
          />
          <LawfulBasisFields
            sections={values.sections}
            value={values.lawfulBasis}
            errors={errors.fields}
            onChange={(lawfulBasis) => set({ lawfulBasis })}
          />
          <DateInput
            id={`${idBase}-expires-on`}
            legend="Date the sharing ends"
            hint={`For example, ${formatDate(addDays(todayIso(), 365))}`}
            value={values.expiresOn}
            error={errors.fields.expiresOn}
            onChange={(expiresOn) => set({ expiresOn })}
          />
        </>
      ) : null}
      {values.decision === 'DECLINE' ? (
        <TextArea
          id={ids.reason}
          name="reason"
          label="Why are you not sharing?"
          hint="The requesting organisation will see this."
          rows={3}
          value={values.reason}
          error={errors.fields.reason}
          onChange={(event) => set({ reason: event.target.value })}
        />
      ) : null}
      <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading || undefined}>
        {loading ? 'Saving…' : 'Send answer'}
      </button>
    </form>
  );
}

function IncomingRequest({ request }: { request: AccessRequest }) {
  return (
    <section className="govuk-summary-card app-card" aria-labelledby={`request-${request.id}-heading`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={`request-${request.id}-heading`}>
          {request.person ? (
            <Link className="govuk-link" to={`/people/${request.person.id}`}>
              {request.person.displayName}
            </Link>
          ) : (
            'A record your organisation holds'
          )}{' '}
          <StatusTag status={request.status} />
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">From</dt>
            <dd className="govuk-summary-list__value">
              {request.requestedBy}, {request.requestingOrganisation.name}, on {formatDate(request.createdAt)}
            </dd>
          </div>
          {request.source === 'REGISTRATION_CHECK' ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Why we asked you</dt>
              <dd className="govuk-summary-list__value">
                They registered someone who may be this person: {request.matchReason?.toLowerCase() ?? 'a likely match'}. They have been
                told only that a record may exist.
              </dd>
            </div>
          ) : null}
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Asked for</dt>
            <dd className="govuk-summary-list__value">{sectionNames(request.sections)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Reason</dt>
            <dd className="govuk-summary-list__value app-preserve-lines">{request.reason}</dd>
          </div>
          {request.status !== 'PENDING' ? <AnswerRows request={request} /> : null}
        </dl>
        {request.canAnswer ? <AnswerForm request={request} /> : null}
      </div>
    </section>
  );
}

function AnswerRows({ request }: { request: AccessRequest }) {
  return request.status === 'GRANTED' ? (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">Shared</dt>
      <dd className="govuk-summary-list__value">
        {sectionNames(request.grantedSections)}
        {request.expiresOn ? ` until ${formatDate(request.expiresOn)}` : ''}
      </dd>
    </div>
  ) : (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">Reason for declining</dt>
      <dd className="govuk-summary-list__value">{request.declineReason ?? 'Not shown'}</dd>
    </div>
  );
}

function OutgoingTable({ requests }: { requests: AccessRequest[] }) {
  if (requests.length === 0) return <p className="govuk-body">Your organisation has not asked for access to any records.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Requests from your organisation</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Person
          </th>
          <th scope="col" className="govuk-table__header">
            Asked
          </th>
          <th scope="col" className="govuk-table__header">
            Parts
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {requests.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <td className="govuk-table__cell">
              {r.person ? (
                <Link className="govuk-link" to={`/people/${r.person.id}`}>
                  {r.person.displayName}
                </Link>
              ) : (
                'Not shared'
              )}
              {r.holdingOrganisation ? <span className="govuk-body-s app-secondary-text"> ({r.holdingOrganisation.name})</span> : null}
            </td>
            <td className="govuk-table__cell">
              {formatDate(r.createdAt)} by {r.requestedBy}
            </td>
            <td className="govuk-table__cell">
              {r.status === 'GRANTED' ? sectionNames(r.grantedSections) : sectionNames(r.sections)}
              {r.status === 'GRANTED' && r.expiresOn ? ` until ${formatDate(r.expiresOn)}` : ''}
            </td>
            <td className="govuk-table__cell">
              <StatusTag status={r.status} />
              {r.status === 'DECLINED' && r.declineReason ? <p className="govuk-body-s govuk-!-margin-top-1">{r.declineReason}</p> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Access requests at /access-requests: to your organisation (with the answer form) and from it. */
export function AccessRequestsPage() {
  usePageTitle('Access requests');
  const { data, loading, error, refetch } = useQuery(AccessRequestsQuery, { fetchPolicy: 'cache-and-network' });
  const all: AccessRequest[] = data?.accessRequests ?? [];
  if (!data && loading) return <Loading text="Loading access requests…" />;
  if (!data) return <ServiceProblem message={error ? readApiError(error).message : undefined} onRetry={() => void refetch()} />;
  const incoming = all.filter((r) => r.direction === 'INCOMING');
  const waiting = incoming.filter((r) => r.status === 'PENDING');
  const answered = incoming.filter((r) => r.status !== 'PENDING');
  const outgoing = all.filter((r) => r.direction === 'OUTGOING');
  return (
    <>
      <h1 className="govuk-heading-l">Access requests</h1>
      <p className="govuk-body">
        Other organisations ask for parts of records your organisation holds. Share only what the person has agreed to. Answers are
        recorded, and the organisation that asked is told.
      </p>
      <h2 className="govuk-heading-m">Waiting for your answer ({waiting.length})</h2>
      {waiting.length === 0 ? <p className="govuk-body">No requests are waiting.</p> : null}
      {waiting.map((r) => (
        <IncomingRequest key={r.id} request={r} />
      ))}
      <h2 className="govuk-heading-m">Asked by your organisation</h2>
      <OutgoingTable requests={outgoing} />
      {answered.length > 0 ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Requests you have answered ({answered.length})</span>
          </summary>
          <div className="govuk-details__text">
            {answered.map((r) => (
              <IncomingRequest key={r.id} request={r} />
            ))}
          </div>
        </details>
      ) : null}
    </>
  );
}

export default AccessRequestsPage;
