import { checkCrn, checkNhsNumber, checkPrisonNumber, LIMITS, type IdentifierCheck } from '@casehuddle/shared';
import type { PersonProfileFields } from '../../../generated/graphql';
import { checkDate, datePartsFromIso, EMPTY_DATE, todayIso, type DateParts } from '../../../ui/dates';
import { DateInput, TextInput } from '../../../ui/fields';
import type { FieldErrors } from '../../../ui/formErrors';

export const PROFILE_FIELDS = [
  'legalName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'councilArea',
  'nhsNumber',
  'prisonNumber',
  'crn',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface ProfileFormValues {
  legalName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: DateParts;
  councilArea: string;
  nhsNumber: string;
  prisonNumber: string;
  crn: string;
}

export const EMPTY_PROFILE: ProfileFormValues = {
  legalName: '',
  preferredName: '',
  pronouns: '',
  dateOfBirth: EMPTY_DATE,
  councilArea: '',
  nhsNumber: '',
  prisonNumber: '',
  crn: '',
};

export function profileFieldId(prefix: string, field: ProfileField): string {
  const id = `${prefix}-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  // Error summary links go to the first box of a date input.
  return field === 'dateOfBirth' ? `${id}-day` : id;
}

const IDENTIFIER_CHECKS: Partial<Record<ProfileField, (value: string) => IdentifierCheck>> = {
  nhsNumber: checkNhsNumber,
  prisonNumber: checkPrisonNumber,
  crn: checkCrn,
};

/** The message for one identifier as typed, or undefined when it is empty or fine. Shown as the user leaves the field. */
export function checkIdentifier(field: ProfileField, value: string): string | undefined {
  const check = IDENTIFIER_CHECKS[field];
  if (!check || !value.trim()) return undefined;
  const result = check(value);
  return result.ok ? undefined : result.message.replace(/\.$/, '');
}

/** Checks the personal details before they go to the server (which checks again). */
export function validateProfile(values: ProfileFormValues): FieldErrors<ProfileField> {
  const errors: FieldErrors<ProfileField> = {};
  const legalName = values.legalName.trim();
  if (!legalName) errors.legalName = 'Enter their legal name';
  else if (legalName.length > LIMITS.nameMaxLength) errors.legalName = `Legal name must be ${LIMITS.nameMaxLength} characters or fewer`;
  if (values.preferredName.trim().length > LIMITS.nameMaxLength) {
    errors.preferredName = `Preferred name must be ${LIMITS.nameMaxLength} characters or fewer`;
  }
  if (values.pronouns.trim().length > 40) errors.pronouns = 'Pronouns must be 40 characters or fewer';
  const dateOfBirth = checkDate(values.dateOfBirth, 'Date of birth');
  if (!dateOfBirth.ok) errors.dateOfBirth = dateOfBirth.message;
  else if (dateOfBirth.value && dateOfBirth.value > todayIso()) errors.dateOfBirth = 'Date of birth must be in the past';
  else if (dateOfBirth.value && dateOfBirth.value < '1900-01-01') errors.dateOfBirth = 'Date of birth must be after 1900';
  const councilArea = values.councilArea.trim();
  if (!councilArea) errors.councilArea = 'Enter the council area';
  else if (councilArea.length > LIMITS.councilAreaMaxLength) {
    errors.councilArea = `Council area must be ${LIMITS.councilAreaMaxLength} characters or fewer`;
  }
  for (const field of ['nhsNumber', 'prisonNumber', 'crn'] as const) {
    const message = checkIdentifier(field, values[field]);
    if (message) errors[field] = message;
  }
  return errors;
}

/** The form's values as the API takes them. Call only after `validateProfile` finds nothing. */
export function toProfileInput(values: ProfileFormValues): PersonProfileFields {
  const dateOfBirth = checkDate(values.dateOfBirth, 'Date of birth');
  const orNull = (value: string) => value.trim() || null;
  return {
    legalName: values.legalName.trim(),
    preferredName: orNull(values.preferredName),
    pronouns: orNull(values.pronouns),
    dateOfBirth: dateOfBirth.ok ? dateOfBirth.value : null,
    councilArea: values.councilArea.trim(),
    nhsNumber: orNull(values.nhsNumber),
    prisonNumber: orNull(values.prisonNumber),
    crn: orNull(values.crn),
  };
}

/** The form's starting values from a record's details. */
export function profileFormValues(person: {
  legalName: string;
  preferredName: string | null;
  pronouns: string | null;
  profile: {
    dateOfBirth: string | null;
    councilArea: string;
    nhsNumber: string | null;
    prisonNumber: string | null;
    crn: string | null;
  } | null;
}): ProfileFormValues {
  return {
    legalName: person.legalName,
    preferredName: person.preferredName ?? '',
    pronouns: person.pronouns ?? '',
    dateOfBirth: datePartsFromIso(person.profile?.dateOfBirth),
    councilArea: person.profile?.councilArea ?? '',
    nhsNumber: person.profile?.nhsNumber ?? '',
    prisonNumber: person.profile?.prisonNumber ?? '',
    crn: person.profile?.crn ?? '',
  };
}

interface ProfileFieldsProps {
  /** Prefix for the fields' ids. */
  idPrefix: string;
  values: ProfileFormValues;
  errors: FieldErrors<ProfileField>;
  onChange: (values: ProfileFormValues) => void;
  /** Called as the user leaves an identifier field, so it can be checked there and then (see `checkIdentifier`). */
  onFieldBlur: (field: ProfileField) => void;
}

/** Names, date of birth, council area and identifiers, for adding a person or changing their details. */
export function ProfileFields({ idPrefix, values, errors, onChange, onFieldBlur }: ProfileFieldsProps) {
  const id = (field: ProfileField) => `${idPrefix}-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const text = (field: Exclude<ProfileField, 'dateOfBirth'>) => ({
    id: id(field),
    name: field,
    value: values[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => onChange({ ...values, [field]: event.target.value }),
    // Identifiers are checked as the user leaves them; other fields when the form is sent.
    onBlur: field in IDENTIFIER_CHECKS ? () => onFieldBlur(field) : undefined,
  });
  return (
    <>
      <TextInput
        {...text('legalName')}
        label="Legal name"
        hint="As on their ID or official letters"
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.nameMaxLength}
        widthClass="govuk-input--width-30"
      />
      <TextInput
        {...text('preferredName')}
        label="Preferred name (optional)"
        hint="What they like to be called. CaseHuddle shows this name first."
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.nameMaxLength}
        widthClass="govuk-input--width-20"
      />
      <TextInput
        {...text('pronouns')}
        label="Pronouns (optional)"
        hint="For example, she/her"
        autoComplete="off"
        maxLength={40}
        widthClass="govuk-input--width-10"
      />
      <DateInput
        id={id('dateOfBirth')}
        legend="Date of birth (optional)"
        legendClass=""
        hint="For example, 27 3 1985"
        birthday={false}
        value={values.dateOfBirth}
        error={errors.dateOfBirth}
        onChange={(dateOfBirth) => onChange({ ...values, dateOfBirth })}
      />
      <TextInput
        {...text('councilArea')}
        label="Council area"
        hint="The local authority area they live in or will return to, for example Northvale"
        maxLength={LIMITS.councilAreaMaxLength}
        widthClass="govuk-input--width-20"
      />
      <TextInput
        {...text('nhsNumber')}
        label="NHS number (optional)"
        hint="10 digits, like 943 476 5919"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        widthClass="govuk-input--width-10"
      />
      <TextInput
        {...text('prisonNumber')}
        label="Prison number (optional)"
        hint="A letter, 4 digits and 2 letters, like A1234BC"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        widthClass="govuk-input--width-10"
      />
      <TextInput
        {...text('crn')}
        label="Probation case reference number (CRN) (optional)"
        hint="A letter and 6 digits, like X123456"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        widthClass="govuk-input--width-10"
      />
    </>
  );
}
