import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS, ROLE_LABELS, ROLES, type Role } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectInput, TextInput, type SelectOption } from '../../../ui/fields';
import { formErrorsFromApi, hasErrors, NO_ERRORS, summaryItems, type FormErrors } from '../../../ui/formErrors';
import { AdminPageQuery, CreateUserMutation } from '../graphql/admin';
import { USER_FIELDS, validateUser, type UserField, type UserFormValues } from '../validation';

const EMPTY: UserFormValues = { name: '', email: '', organisationId: '', role: '', password: '' };
const FIELD_IDS: Record<UserField, string> = {
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
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors<UserField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [createUser, { loading }] = useMutation(CreateUserMutation, {
    refetchQueries: [AdminPageQuery],
    awaitRefetchQueries: true,
  });

  function show(next: FormErrors<UserField>) {
    setErrors(next);
    onErrorsChange?.(hasErrors(next));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const fieldErrors = validateUser(values);
    show({ fields: fieldErrors, general: null });
    if (Object.keys(fieldErrors).length > 0) return;

    try {
      const name = values.name.trim();
      await createUser({
        variables: {
          input: {
            name,
            email: values.email.trim(),
            organisationId: values.organisationId,
            role: values.role as Role,
            password: values.password,
          },
        },
      });
      setValues(EMPTY);
      onAdded(name);
    } catch (error) {
      show(formErrorsFromApi(readApiError(error), USER_FIELDS, 'email'));
    }
  }

  const set = (field: UserField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const items = summaryItems(errors, USER_FIELDS, (field) => FIELD_IDS[field]);

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} className="app-form-panel" aria-labelledby="add-user-heading">
      <h3 className="govuk-heading-m" id="add-user-heading">
        Add a user
      </h3>
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      <TextInput
        id={FIELD_IDS.name}
        name="name"
        label="Full name"
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.nameMaxLength}
        value={values.name}
        error={errors.fields.name}
        onChange={set('name')}
      />
      <TextInput
        id={FIELD_IDS.email}
        name="email"
        type="email"
        label="Email address"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        maxLength={LIMITS.emailMaxLength}
        value={values.email}
        error={errors.fields.email}
        onChange={set('email')}
      />
      <SelectInput
        id={FIELD_IDS.organisationId}
        name="organisationId"
        label="Organisation"
        hint={organisations.length === 0 ? 'Add an organisation first.' : undefined}
        placeholder="Select an organisation"
        options={organisations}
        value={values.organisationId}
        error={errors.fields.organisationId}
        onChange={set('organisationId')}
      />
      <SelectInput
        id={FIELD_IDS.role}
        name="role"
        label="Role"
        placeholder="Select a role"
        options={ROLE_OPTIONS}
        value={values.role}
        error={errors.fields.role}
        onChange={set('role')}
      />
      <TextInput
        id={FIELD_IDS.password}
        name="password"
        type="password"
        label="Temporary password"
        hint={`At least ${LIMITS.passwordMinLength} characters and hard to guess (three random words work well). Give it to them securely, not by email.`}
        autoComplete="new-password"
        value={values.password}
        error={errors.fields.password}
        onChange={set('password')}
      />
      <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading || undefined}>
        {loading ? 'Saving…' : 'Add user'}
      </button>
    </form>
  );
}
