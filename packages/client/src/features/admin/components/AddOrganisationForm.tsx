import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS, ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type OrganisationKind } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectInput, TextInput } from '../../../ui/fields';
import { formErrorsFromApi, hasErrors, NO_ERRORS, summaryItems, type FormErrors } from '../../../ui/formErrors';
import { AdminPageQuery, CreateOrganisationMutation } from '../graphql/admin';
import { ORGANISATION_FIELDS, validateOrganisation, type OrganisationField, type OrganisationFormValues } from '../validation';

const EMPTY: OrganisationFormValues = { name: '', kind: '', councilArea: '' };
const FIELD_IDS: Record<OrganisationField, string> = {
  name: 'organisation-name',
  kind: 'organisation-kind',
  councilArea: 'organisation-council-area',
};
const KIND_OPTIONS = ORGANISATION_KINDS.map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }));

interface AddOrganisationFormProps {
  onAdded: (name: string) => void;
  onErrorsChange?: (hasErrors: boolean) => void;
}

/** The "Add an organisation" form on the admin page. */
export function AddOrganisationForm({ onAdded, onErrorsChange }: AddOrganisationFormProps) {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors<OrganisationField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [createOrganisation, { loading }] = useMutation(CreateOrganisationMutation, {
    refetchQueries: [AdminPageQuery],
    awaitRefetchQueries: true,
  });

  function show(next: FormErrors<OrganisationField>) {
    setErrors(next);
    onErrorsChange?.(hasErrors(next));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const fieldErrors = validateOrganisation(values);
    show({ fields: fieldErrors, general: null });
    if (Object.keys(fieldErrors).length > 0) return;

    try {
      const name = values.name.trim();
      await createOrganisation({
        variables: {
          input: { name, kind: values.kind as OrganisationKind, councilArea: values.councilArea.trim() },
        },
      });
      setValues(EMPTY);
      onAdded(name);
    } catch (error) {
      show(formErrorsFromApi(readApiError(error), ORGANISATION_FIELDS, 'name'));
    }
  }

  const set = (field: OrganisationField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const items = summaryItems(errors, ORGANISATION_FIELDS, (field) => FIELD_IDS[field]);

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} className="app-form-panel" aria-labelledby="add-organisation-heading">
      <h3 className="govuk-heading-m" id="add-organisation-heading">
        Add an organisation
      </h3>
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      <TextInput
        id={FIELD_IDS.name}
        name="name"
        label="Name"
        autoComplete="organization"
        maxLength={LIMITS.nameMaxLength}
        value={values.name}
        error={errors.fields.name}
        onChange={set('name')}
      />
      <SelectInput
        id={FIELD_IDS.kind}
        name="kind"
        label="Kind of organisation"
        placeholder="Select a kind"
        options={KIND_OPTIONS}
        value={values.kind}
        error={errors.fields.kind}
        onChange={set('kind')}
      />
      <TextInput
        id={FIELD_IDS.councilArea}
        name="councilArea"
        label="Council area"
        hint="The local authority area it works in, for example Leeds"
        maxLength={LIMITS.councilAreaMaxLength}
        value={values.councilArea}
        error={errors.fields.councilArea}
        onChange={set('councilArea')}
      />
      <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading || undefined}>
        {loading ? 'Saving…' : 'Add organisation'}
      </button>
    </form>
  );
}
