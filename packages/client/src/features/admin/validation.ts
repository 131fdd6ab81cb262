import { z } from 'zod';
import { LIMITS, looksLikeEmail, ORGANISATION_KINDS, ROLES } from '@casehuddle/shared';
import { oneOf, requiredText } from '../../ui/schema';

/** The "Add an organisation" form, checked before it goes to the server (which checks again). */
export const organisationSchema = z.object({
  name: requiredText('Enter the name of the organisation', {
    limit: LIMITS.nameMaxLength,
    message: `Name must be ${LIMITS.nameMaxLength} characters or fewer`,
  }),
  kind: oneOf(ORGANISATION_KINDS, 'Select the kind of organisation'),
  councilArea: requiredText('Enter the council area', {
    limit: LIMITS.councilAreaMaxLength,
    message: `Council area must be ${LIMITS.councilAreaMaxLength} characters or fewer`,
  }),
});
export type OrganisationFormValues = z.input<typeof organisationSchema>;

/** The "Add a user" form, checked before it goes to the server (which checks again). */
export const userSchema = z.object({
  name: requiredText('Enter their full name', {
    limit: LIMITS.nameMaxLength,
    message: `Full name must be ${LIMITS.nameMaxLength} characters or fewer`,
  }),
  email: requiredText('Enter their email address').refine(
    looksLikeEmail,
    'Enter an email address in the correct format, like name@example.com',
  ),
  organisationId: z.string().min(1, 'Select their organisation'),
  role: oneOf(ROLES, 'Select their role'),
  // Spaces at either end do not count towards the length (as on the server).
  password: z
    .string()
    .refine((v) => v.trim().length > 0, 'Enter a temporary password')
    .refine(
      (v) => v.trim().length === 0 || v.trim().length >= LIMITS.passwordMinLength,
      `Temporary password must be ${LIMITS.passwordMinLength} characters or more`,
    )
    .refine((v) => v.length <= LIMITS.passwordMaxLength, `Temporary password must be ${LIMITS.passwordMaxLength} characters or fewer`),
});
export type UserFormValues = z.input<typeof userSchema>;
