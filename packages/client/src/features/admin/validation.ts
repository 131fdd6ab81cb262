import { LIMITS, looksLikeEmail, ORGANISATION_KINDS, ROLES } from '@casehuddle/shared';
import type { FieldErrors } from '../../ui/formErrors';

export const ORGANISATION_FIELDS = ['name', 'kind', 'councilArea'] as const;
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];
export type OrganisationFormValues = Record<OrganisationField, string>;

export const USER_FIELDS = ['name', 'email', 'organisationId', 'role', 'password'] as const;
export type UserField = (typeof USER_FIELDS)[number];
export type UserFormValues = Record<UserField, string>;

/** Checks the "Add an organisation" form before it goes to the server (which checks again). */
export function validateOrganisation(values: OrganisationFormValues): FieldErrors<OrganisationField> {
  const errors: FieldErrors<OrganisationField> = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Enter the name of the organisation';
  else if (name.length > LIMITS.nameMaxLength) {
    errors.name = `Name must be ${LIMITS.nameMaxLength} characters or fewer`;
  }
  if (!(ORGANISATION_KINDS as readonly string[]).includes(values.kind)) {
    errors.kind = 'Select the kind of organisation';
  }
  const councilArea = values.councilArea.trim();
  if (!councilArea) errors.councilArea = 'Enter the council area';
  else if (councilArea.length > LIMITS.councilAreaMaxLength) {
    errors.councilArea = `Council area must be ${LIMITS.councilAreaMaxLength} characters or fewer`;
  }
  return errors;
}

/** Checks the "Add a user" form before it goes to the server (which checks again). */
export function validateUser(values: UserFormValues): FieldErrors<UserField> {
  const errors: FieldErrors<UserField> = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Enter their full name';
  else if (name.length > LIMITS.nameMaxLength) {
    errors.name = `Full name must be ${LIMITS.nameMaxLength} characters or fewer`;
  }
  const email = values.email.trim();
  if (!email) errors.email = 'Enter their email address';
  else if (!looksLikeEmail(email)) {
    errors.email = 'Enter an email address in the correct format, like name@example.com';
  }
  if (!values.organisationId) errors.organisationId = 'Select their organisation';
  if (!(ROLES as readonly string[]).includes(values.role)) errors.role = 'Select their role';
  if (!values.password.trim()) errors.password = 'Enter a temporary password';
  else if (values.password.trim().length < LIMITS.passwordMinLength) {
    errors.password = `Temporary password must be ${LIMITS.passwordMinLength} characters or more`;
  } else if (values.password.length > LIMITS.passwordMaxLength) {
    errors.password = `Temporary password must be ${LIMITS.passwordMaxLength} characters or fewer`;
  }
  return errors;
}
