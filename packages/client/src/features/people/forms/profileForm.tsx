import { checkCrn, checkNhsNumber, checkPrisonNumber, LIMITS, type IdentifierCheck } from '@casehuddle/shared';
import type { PersonProfileFields } from '../../../generated/graphql';
import { useFormContext } from 'react-hook-form';
import { z } from 'zod';
import { datePartsFromIso, EMPTY_DATE, todayIso, type DateParts } from '../../../ui/dates';
import { DateField, TextField } from '../../../ui/form';
import { dateParts, optionalText, requiredText } from '../../../ui/schema';

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

const identifier = (field: ProfileField) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const message = checkIdentifier(field, value);
      if (message) ctx.addIssue({ code: 'custom', message });
    })
    .transform((value) => value || null);

/** The personal details, checked before they go to the server (which checks again), as the API takes them. */
export const profileSchema = z.object({
  legalName: requiredText('Enter their legal name', {
    limit: LIMITS.nameMaxLength,
    message: `Legal name must be ${LIMITS.nameMaxLength} characters or fewer`,
  }),
  preferredName: optionalText(LIMITS.nameMaxLength, `Preferred name must be ${LIMITS.nameMaxLength} characters or fewer`),
  pronouns: optionalText(40, 'Pronouns must be 40 characters or fewer'),
  dateOfBirth: dateParts('Date of birth', {
    also: (iso) =>
      iso > todayIso() ? 'Date of birth must be in the past' : iso < '1900-01-01' ? 'Date of birth must be after 1900' : null,
  }),
  councilArea: requiredText('Enter the council area', {
    limit: LIMITS.councilAreaMaxLength,
    message: `Council area must be ${LIMITS.councilAreaMaxLength} characters or fewer`,
  }),
  nhsNumber: identifier('nhsNumber'),
  prisonNumber: identifier('prisonNumber'),
  crn: identifier('crn'),
}) satisfies z.ZodType<PersonProfileFields, ProfileFormValues>;

/** The ids of the profile fields, prefixed: the error summary links to them. */
export function profileFieldIds(prefix: string): Record<ProfileField, string> {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [field, profileFieldId(prefix, field)])) as Record<ProfileField, string>;
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

/** Names, date of birth, council area and identifiers, for adding a person or changing their details. */
export function ProfileFields() {
  const form = useFormContext<ProfileFormValues>();
  // Identifiers are checked as the user leaves them; other fields when the form is sent.
  const checkOnLeaving = (field: 'nhsNumber' | 'prisonNumber' | 'crn') => () => {
    const message = checkIdentifier(field, form.getValues(field));
    if (message) form.setError(field, { type: 'blur', message });
    else form.clearErrors(field);
  };
  return (
    <>
      <TextField
        name="legalName"
        label="Legal name"
        hint="As on their ID or official letters"
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.nameMaxLength}
        widthClass="govuk-input--width-30"
      />
      <TextField
        name="preferredName"
        label="Preferred name (optional)"
        hint="What they like to be called. CaseHuddle shows this name first."
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.nameMaxLength}
        widthClass="govuk-input--width-20"
      />
      <TextField
        name="pronouns"
        label="Pronouns (optional)"
        hint="For example, she/her"
        autoComplete="off"
        maxLength={40}
        widthClass="govuk-input--width-10"
      />
      <DateField name="dateOfBirth" legend="Date of birth (optional)" legendClass="" hint="For example, 27 3 1985" birthday={false} />
      <TextField
        name="councilArea"
        label="Council area"
        hint="The local authority area they live in or will return to, for example Northvale"
        maxLength={LIMITS.councilAreaMaxLength}
        widthClass="govuk-input--width-20"
      />
      <TextField
        name="nhsNumber"
        label="NHS number (optional)"
        hint="10 digits, like 943 476 5919"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        widthClass="govuk-input--width-10"
        onBlur={checkOnLeaving('nhsNumber')}
      />
      <TextField
        name="prisonNumber"
        label="Prison number (optional)"
        hint="A letter, 4 digits and 2 letters, like A1234BC"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        widthClass="govuk-input--width-10"
        onBlur={checkOnLeaving('prisonNumber')}
      />
      <TextField
        name="crn"
        label="Probation case reference number (CRN) (optional)"
        hint="A letter and 6 digits, like X123456"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        widthClass="govuk-input--width-10"
        onBlur={checkOnLeaving('crn')}
      />
    </>
  );
}
