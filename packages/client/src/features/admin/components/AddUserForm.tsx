import { useMutation } from '@apollo/client/react';
import { LIMITS, ROLE_LABELS, ROLES } from '@casehuddle/shared';
import type { SelectOption } from '../../../ui/fields';
import { GovukForm, SelectField, SubmitButton, TextField, useGovukForm } from '../../../ui/form';
import { AdminPageQuery, CreateUserMutation } from '../graphql/admin';
import { userSchema } from '../validation';

const IDS = {
  name: 'user-name',
  email: 'user-email',
  organisationId: 'user-organisation',
  role: 'user-role',
  password: 'user-password',
};
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

interface AddUserFormProps {
  /** Active organisations only: a new user cannot join a deactivated one. */
  organisations: SelectOption[];
  onAdded: (name: string) => void;
  onErrorsChange?: (hasErrors: boolean) => void;
}

/** The "Add a user" form on the admin page. */
export function AddUserForm({ organisations, onAdded, onErrorsChange }: AddUserFormProps) {
  const form = useGovukForm({
    schema: userSchema,
    defaultValues: { name: '', email: '', organisationId: '', role: '', password: '' },
    ids: IDS,
    duplicateField: 'email',
  });
  const [createUser] = useMutation(CreateUserMutation, {
    refetchQueries: [AdminPageQuery],
    awaitRefetchQueries: true,
  });

  return (
    <GovukForm
      form={form}
      onSubmit={async (input) => {
        await createUser({ variables: { input } });
        form.reset();
        onAdded(input.name);
      }}
      onErrorsChange={onErrorsChange}
      className="app-form-panel"
      title="Add a user"
    >
      <TextField name="name" label="Full name" autoComplete="off" spellCheck={false} maxLength={LIMITS.nameMaxLength} />
      <TextField
        name="email"
        type="email"
        label="Email address"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        maxLength={LIMITS.emailMaxLength}
      />
      <SelectField
        name="organisationId"
        label="Organisation"
        hint={organisations.length === 0 ? 'Add an organisation first.' : undefined}
        placeholder="Select an organisation"
        options={organisations}
      />
      <SelectField name="role" label="Role" placeholder="Select a role" options={ROLE_OPTIONS} />
      <TextField
        name="password"
        type="password"
        label="Temporary password"
        hint={`At least ${LIMITS.passwordMinLength} characters and hard to guess (three random words work well). Give it to them securely, not by email.`}
        autoComplete="new-password"
      />
      <SubmitButton>Add user</SubmitButton>
    </GovukForm>
  );
}
