import { useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { readApiError } from '../../../ui/apiErrors';
import { TextInput, type SelectOption } from '../../../ui/fields';
import { GovukForm, RadiosField, SelectField, SubmitButton, TextAreaField, useGovukForm } from '../../../ui/form';
import { requiredText } from '../../../ui/schema';
import { AddToCaseloadMutation, CaseloadPersonSearchQuery, HuddleColleaguesQuery } from '../graphql/huddles';

const IDS = {
  personId: 'caseload-person',
  referringOrganisationId: 'caseload-referrer',
  offerOfHelp: 'caseload-offer',
  coordinatorId: 'caseload-coordinator',
};
const OFFER_MAX = 2000;
const EMPTY = { personId: '', referringOrganisationId: '', offerOfHelp: '', coordinatorId: '' };
const schema = z.object({
  personId: z.string().min(1, 'Search for the person and choose them'),
  referringOrganisationId: z.string().min(1, 'Choose the organisation referring them'),
  offerOfHelp: requiredText('Say what the referring organisation offers', {
    limit: OFFER_MAX,
    message: `The offer of help must be ${OFFER_MAX} characters or fewer`,
  }),
  coordinatorId: z.string().min(1, 'Choose their coordinator'),
});

interface AddToCaseloadFormProps {
  huddleId: string;
  organisations: SelectOption[];
  /** Existing caseload, so people already on it are marked. */
  onCaseload: ReadonlySet<string>;
  onAdded: (name: string, warning: string | null) => void;
}

/** A chair adds someone to the caseload: who, which organisation refers them and what it offers, and their coordinator. */
export function AddToCaseloadForm({ huddleId, organisations, onCaseload, onAdded }: AddToCaseloadFormProps) {
  const [name, setName] = useState('');
  const [searchError, setSearchError] = useState<string | null>(null);
  const form = useGovukForm({ schema, defaultValues: EMPTY, ids: IDS });
  const [search, searchResult] = useLazyQuery(CaseloadPersonSearchQuery, { fetchPolicy: 'network-only' });
  const colleagues = useQuery(HuddleColleaguesQuery);
  const [add] = useMutation(AddToCaseloadMutation);
  const personError = form.formState.errors.personId?.message;

  const people = searchResult.data?.people ?? [];
  const coordinators = [...(colleagues.data?.colleagues ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((c) => ({ value: c.id, label: `${c.name} (${c.organisation.name})` }));

  function runSearch() {
    if (name.trim().length < 2) {
      setSearchError('Enter at least 2 letters of their name');
      return;
    }
    setSearchError(null);
    form.setValue('personId', '');
    void search({ variables: { name: name.trim() } });
  }

  async function submit(values: z.output<typeof schema>) {
    const result = await add({ variables: { input: { huddleId, ...values } } });
    const person = people.find((p) => p.id === values.personId);
    form.reset();
    setName('');
    onAdded(person?.displayName ?? 'The person', result.data?.addToCaseload.warning ?? null);
  }

  return (
    <GovukForm form={form} onSubmit={submit} className="app-form-panel app-huddle-form" title="Add someone to the caseload" titleTag="h2">
      <div className="app-person-search">
        <TextInput
          id="caseload-search"
          name="search"
          label="Search by name"
          labelClass="govuk-label--s"
          hint="Their preferred or legal name. Spelling mistakes are allowed."
          autoComplete="off"
          spellCheck={false}
          value={name}
          error={searchError ?? undefined}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              runSearch();
            }
          }}
        />
        <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={runSearch}>
          Search
        </button>
      </div>
      <div aria-live="polite">
        {searchResult.loading ? <p className="govuk-body-s app-loading">Searching…</p> : null}
        {searchResult.error ? <p className="govuk-body-s">{readApiError(searchResult.error).message}</p> : null}
        {searchResult.data && people.length === 0 ? (
          <p className="govuk-body-s">Nobody found. Check the spelling, or add them from People first.</p>
        ) : null}
      </div>
      {people.length > 0 ? (
        <RadiosField
          name="personId"
          legend="Choose the person"
          small
          options={people.map((p) => ({
            value: p.id,
            label: p.displayName,
            hint: `${p.owningOrganisation.name}${p.lockedDown ? ' · record locked down' : ''}${onCaseload.has(p.id) ? ' · already on this caseload' : ''}`,
          }))}
        />
      ) : personError ? (
        <p className="govuk-error-message" id={IDS.personId} tabIndex={-1}>
          <span className="govuk-visually-hidden">Error:</span> {personError}
        </p>
      ) : null}
      <SelectField
        name="referringOrganisationId"
        label="Referred by"
        labelClass="govuk-label--s"
        placeholder="Choose an organisation"
        options={organisations}
      />
      <TextAreaField
        name="offerOfHelp"
        label="Offer of help"
        labelClass="govuk-label--s"
        hint="What the referring organisation will do, such as a fast-track housing assessment."
        rows={3}
      />
      <SelectField
        name="coordinatorId"
        label="Coordinator"
        labelClass="govuk-label--s"
        hint="Their single trusted contact. A coordinator holds about 15 people at most."
        placeholder={colleagues.loading && coordinators.length === 0 ? 'Loading names…' : 'Choose a coordinator'}
        options={coordinators}
      />
      <SubmitButton busyText="Adding…">Add to caseload</SubmitButton>
    </GovukForm>
  );
}
