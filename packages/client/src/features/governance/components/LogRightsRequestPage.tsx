import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { RIGHTS_REQUEST_KIND_LABELS, RIGHTS_REQUEST_KINDS, rightsDeadline, formatDate } from '@casehuddle/shared';
import { EMPTY_DATE, todayIso } from '../../../ui/dates';
import { TextInput } from '../../../ui/fields';
import { DateField, FormButtons, GovukForm, RadiosField, TextAreaField, useGovukForm } from '../../../ui/form';
import { oneOf, optionalText, requiredDateParts } from '../../../ui/schema';
import { usePageTitle } from '../../../ui/usePageTitle';
import { LogRightsRequestMutation, RightsPersonSearchQuery } from '../graphql/governance';

const IDS = { personId: 'rights-person-search', kind: 'rights-kind', receivedOn: 'rights-received-day', details: 'rights-details' };

const schema = z.object({
  personId: z.string().min(1, 'Find and choose the person the request is about'),
  kind: oneOf(RIGHTS_REQUEST_KINDS, 'Choose the kind of request'),
  receivedOn: requiredDateParts('Date received', (iso) => (iso > todayIso() ? 'The date received must be today or in the past' : null)),
  details: optionalText(5000, 'The details must be 5,000 characters or fewer'),
});

/** /governance/rights/new: log a request received about a person (coordinators and managers of the owning organisation). */
export function LogRightsRequestPage() {
  usePageTitle('Log a rights request');
  const navigate = useNavigate();
  const form = useGovukForm({ schema, defaultValues: { personId: '', kind: '', receivedOn: EMPTY_DATE, details: '' }, ids: IDS });
  const [name, setName] = useState('');
  const [search, found] = useLazyQuery(RightsPersonSearchQuery);
  const [log] = useMutation(LogRightsRequestMutation);
  const received = form.current()?.receivedOn;
  const people = found.data?.people ?? [];

  return (
    <>
      <Link className="govuk-back-link" to="/governance/rights">
        Back to rights requests
      </Link>
      <GovukForm
        form={form}
        summaryFirst
        heading={<h1 className="govuk-heading-l">Log a rights request</h1>}
        onSubmit={async (values) => {
          const result = await log({ variables: { input: { ...values, ...(values.details ? {} : { details: null }) } } });
          const id = result.data?.logRightsRequest.id;
          if (id) void navigate(`/governance/rights/${id}`);
        }}
      >
        <p className="govuk-body">
          Log a request on the day anyone in your organisation receives it, however it arrives (in person, by phone, letter or email, or
          through someone acting for the person). The deadline runs from that day.
        </p>
        <div className="govuk-form-group">
          <TextInput
            id="rights-person-search"
            label="Find the person"
            labelClass="govuk-label--s"
            hint="Their name, as on the record"
            value={name}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-button--small"
            onClick={() => void search({ variables: { search: { name } } })}
          >
            Search
          </button>
        </div>
        {found.called && !found.loading && people.length === 0 ? <p className="govuk-body">Nobody found with that name.</p> : null}
        {people.length > 0 ? (
          <RadiosField
            name="personId"
            id="rights-person"
            legend="Who is the request about?"
            legendClass="govuk-fieldset__legend--s"
            options={people.map((p) => ({ value: p.id, label: p.displayName, hint: p.owningOrganisation.name }))}
          />
        ) : null}
        <RadiosField
          name="kind"
          legend="What are they asking for?"
          legendClass="govuk-fieldset__legend--s"
          options={RIGHTS_REQUEST_KINDS.map((k) => ({ value: k, label: RIGHTS_REQUEST_KIND_LABELS[k] }))}
        />
        <DateField
          name="receivedOn"
          id="rights-received"
          legend="Date received"
          legendClass="govuk-fieldset__legend--s"
          hint={received ? `The response is due by ${formatDate(rightsDeadline(received))}.` : 'For example, 27 11 2026'}
        />
        <TextAreaField name="details" label="What was asked for (optional)" labelClass="govuk-label--s" rows={3} />
        <FormButtons onCancel={() => void navigate('/governance/rights')} busyText="Logging…">
          Log the request
        </FormButtons>
      </GovukForm>
    </>
  );
}
