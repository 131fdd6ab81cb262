import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FormErrors } from '../../../ui/formErrors';
import { usePageTitle } from '../../../ui/usePageTitle';
import {
  checkIdentifier,
  EMPTY_PROFILE,
  PROFILE_FIELDS,
  profileFieldId,
  ProfileFields,
  toProfileInput,
  validateProfile,
  type ProfileField,
  type ProfileFormValues,
} from '../forms/profileForm';
import {
  EMPTY_SITUATION,
  SITUATION_FIELDS,
  situationFieldId,
  SituationFields,
  toSituationInput,
  validateSituation,
  type SituationField,
  type SituationFormValues,
} from '../forms/situationForm';
import { CreatePersonMutation } from '../graphql/people';

const FIELDS = [...PROFILE_FIELDS, ...SITUATION_FIELDS] as const;
type Field = ProfileField | SituationField;
const fieldId = (field: Field) =>
  (PROFILE_FIELDS as readonly string[]).includes(field)
    ? profileFieldId('person', field as ProfileField)
    : situationFieldId('situation', field as SituationField);

/** Adding a person at /people/new. Their record is owned by the user's organisation, with the user as lead professional. */
export function CreatePersonPage() {
  const navigate = useNavigate();
  const [profile, setProfile] = useState<ProfileFormValues>(EMPTY_PROFILE);
  const [situation, setSituation] = useState<SituationFormValues>(EMPTY_SITUATION);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  // Identifiers are checked as the user leaves them; these messages replace the last submit's.
  const [blurErrors, setBlurErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [createPerson, { loading }] = useMutation(CreatePersonMutation);
  const items = summaryItems(errors, FIELDS, fieldId);
  usePageTitle('Add a person', items.length > 0);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    setBlurErrors({});
    const fieldErrors = { ...validateProfile(profile), ...validateSituation(situation) };
    setErrors({ fields: fieldErrors, general: null });
    if (Object.keys(fieldErrors).length > 0) return;
    try {
      const { data } = await createPerson({
        variables: { input: { ...toProfileInput(profile), situation: toSituationInput(situation) } },
      });
      if (data) void navigate(`/people/${data.createPerson.id}`);
    } catch (error) {
      setErrors(formErrorsFromApi(readApiError(error), FIELDS, 'nhsNumber'));
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
        <h1 className="govuk-heading-l">Add a person</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/people">
            Search first
          </Link>{' '}
          to check they do not already have a record. Your organisation will hold the new record, and you will be their lead professional.
        </p>
        <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Add a person">
          <h2 className="govuk-heading-m">Who they are</h2>
          <ProfileFields
            idPrefix="person"
            values={profile}
            errors={{ ...errors.fields, ...blurErrors }}
            onChange={setProfile}
            onFieldBlur={(field) => setBlurErrors((current) => ({ ...current, [field]: checkIdentifier(field, profile[field] as string) }))}
          />
          <h2 className="govuk-heading-m">Where they are now</h2>
          <SituationFields idPrefix="situation" values={situation} errors={errors.fields} onChange={setSituation} withNotes={false} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading || undefined}>
              {loading ? 'Saving…' : 'Add person'}
            </button>
            <Link className="govuk-link" to="/people">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
