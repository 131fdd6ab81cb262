import { useId, useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios, SelectInput, TextArea, TextInput, type SelectOption } from '../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FieldErrors, type FormErrors } from '../../../ui/formErrors';
import { AddToCaseloadMutation, CaseloadPersonSearchQuery, HuddleColleaguesQuery } from '../graphql/huddles';

const FIELDS = ['personId', 'referringOrganisationId', 'offerOfHelp', 'coordinatorId'] as const;
type Field = (typeof FIELDS)[number];
const IDS: Record<Field, string> = {
  personId: 'caseload-person',
  referringOrganisationId: 'caseload-referrer',
  offerOfHelp: 'caseload-offer',
  coordinatorId: 'caseload-coordinator',
};
const OFFER_MAX = 2000;

interface AddToCaseloadFormProps {
  huddleId: string;
  organisations: SelectOption[];
  /** Existing caseload, so people already on it are marked. */
  onCaseload: ReadonlySet<string>;
  onAdded: (name: string, warning: string | null) => void;
}

/** A chair adds someone to the caseload: who, which organisation refers them and what it offers, and their coordinator. */
export function AddToCaseloadForm({ huddleId, organisations, onCaseload, onAdded }: AddToCaseloadFormProps) {
  const headingId = useId();
  const [name, setName] = useState('');
  const [searchError, setSearchError] = useState<string | null>(null);
  const [values, setValues] = useState({ personId: '', referringOrganisationId: '', offerOfHelp: '', coordinatorId: '' });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [search, searchResult] = useLazyQuery(CaseloadPersonSearchQuery, { fetchPolicy: 'network-only' });
  const colleagues = useQuery(HuddleColleaguesQuery);
  const [add, { loading }] = useMutation(AddToCaseloadMutation);

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
    setValues((v) => ({ ...v, personId: '' }));
    void search({ variables: { name: name.trim() } });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const fields: FieldErrors<Field> = {};
    if (!values.personId) fields.personId = 'Search for the person and choose them';
    if (!values.referringOrganisationId) fields.referringOrganisationId = 'Choose the organisation referring them';
    if (!values.offerOfHelp.trim()) fields.offerOfHelp = 'Say what the referring organisation offers';
    else if (values.offerOfHelp.length > OFFER_MAX) fields.offerOfHelp = `The offer of help must be ${OFFER_MAX} characters or fewer`;
    if (!values.coordinatorId) fields.coordinatorId = 'Choose their coordinator';
    setErrors({ fields, general: null });
    if (Object.keys(fields).length > 0) return;
    try {
      const result = await add({ variables: { input: { huddleId, ...values, offerOfHelp: values.offerOfHelp.trim() } } });
      const person = people.find((p) => p.id === values.personId);
      setValues({ personId: '', referringOrganisationId: '', offerOfHelp: '', coordinatorId: '' });
      setName('');
      onAdded(person?.displayName ?? 'The person', result.data?.addToCaseload.warning ?? null);
    } catch (error) {
      setErrors(formErrorsFromApi(readApiError(error), FIELDS, 'personId'));
    }
  }

  const items = summaryItems(errors, FIELDS, (f) => IDS[f]);
  const set = (field: Field) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  return (
    <form className="app-form-panel app-huddle-form" noValidate aria-labelledby={headingId} onSubmit={(e) => void handleSubmit(e)}>
      <h2 className="govuk-heading-m" id={headingId}>
        Add someone to the caseload
      </h2>
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
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
        <Radios
          id={IDS.personId}
          name="personId"
          legend="Choose the person"
          small
          error={errors.fields.personId}
          options={people.map((p) => ({
            value: p.id,
            label: p.displayName,
            hint: `${p.owningOrganisation.name}${p.lockedDown ? ' · record locked down' : ''}${onCaseload.has(p.id) ? ' · already on this caseload' : ''}`,
          }))}
          value={values.personId}
          onChange={(personId) => setValues((v) => ({ ...v, personId }))}
        />
      ) : errors.fields.personId ? (
        <p className="govuk-error-message" id={IDS.personId} tabIndex={-1}>
          <span className="govuk-visually-hidden">Error:</span> {errors.fields.personId}
        </p>
      ) : null}
      <SelectInput
        id={IDS.referringOrganisationId}
        name="referringOrganisationId"
        label="Referred by"
        labelClass="govuk-label--s"
        placeholder="Choose an organisation"
        options={organisations}
        value={values.referringOrganisationId}
        error={errors.fields.referringOrganisationId}
        onChange={set('referringOrganisationId')}
      />
      <TextArea
        id={IDS.offerOfHelp}
        name="offerOfHelp"
        label="Offer of help"
        labelClass="govuk-label--s"
        hint="What the referring organisation will do, such as a fast-track housing assessment."
        rows={3}
        value={values.offerOfHelp}
        error={errors.fields.offerOfHelp}
        onChange={set('offerOfHelp')}
      />
      <SelectInput
        id={IDS.coordinatorId}
        name="coordinatorId"
        label="Coordinator"
        labelClass="govuk-label--s"
        hint="Their single trusted contact. A coordinator holds about 15 people at most."
        placeholder={colleagues.loading && coordinators.length === 0 ? 'Loading names…' : 'Choose a coordinator'}
        options={coordinators}
        value={values.coordinatorId}
        error={errors.fields.coordinatorId}
        onChange={set('coordinatorId')}
      />
      <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading || undefined}>
        {loading ? 'Adding…' : 'Add to caseload'}
      </button>
    </form>
  );
}
