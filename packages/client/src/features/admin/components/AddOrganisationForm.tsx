import { useMutation } from '@apollo/client/react';
import { LIMITS, ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from '@casehuddle/shared';
import { GovukForm, SelectField, SubmitButton, TextField, useGovukForm } from '../../../ui/form';
import { AdminPageQuery, CreateOrganisationMutation } from '../graphql/admin';
import { organisationSchema } from '../validation';

const IDS = {
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
  const form = useGovukForm({ schema: organisationSchema, defaultValues: { name: '', kind: '', councilArea: '' }, ids: IDS });
  const [createOrganisation] = useMutation(CreateOrganisationMutation, {
    refetchQueries: [AdminPageQuery],
    awaitRefetchQueries: true,
  });

  return (
    <GovukForm
      form={form}
      onSubmit={async (input) => {
        await createOrganisation({ variables: { input } });
        form.reset();
        onAdded(input.name);
      }}
      onErrorsChange={onErrorsChange}
      className="app-form-panel"
      title="Add an organisation"
    >
      <TextField name="name" label="Name" autoComplete="organization" maxLength={LIMITS.nameMaxLength} />
      <SelectField name="kind" label="Kind of organisation" placeholder="Select a kind" options={KIND_OPTIONS} />
      <TextField
        name="councilArea"
        label="Council area"
        hint="The local authority area it works in, for example Leeds"
        maxLength={LIMITS.councilAreaMaxLength}
      />
      <SubmitButton>Add organisation</SubmitButton>
    </GovukForm>
  );
}
