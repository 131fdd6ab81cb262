import { describe, expect, it } from 'vitest';
import { formErrorsFromApi, summaryItems } from './formErrors';

const FIELDS = ['name', 'email'] as const;

describe('formErrorsFromApi', () => {
  it("puts the server's field messages against their fields", () => {
    const errors = formErrorsFromApi(
      { code: 'VALIDATION_FAILED', message: 'Check the details.', fields: { email: 'Enter a real email address' } },
      FIELDS,
      'email',
    );
    expect(errors).toEqual({ fields: { email: 'Enter a real email address' }, general: null });
  });

  it('uses the field the server names for ALREADY_EXISTS, without repeating the message', () => {
    const errors = formErrorsFromApi(
      {
        code: 'ALREADY_EXISTS',
        message: 'A user with the email address a@b.test already exists.',
        fields: { email: 'A user with this email address already exists.' },
      },
      FIELDS,
      'email',
    );
    expect(summaryItems(errors, FIELDS, (f) => `user-${f}`)).toEqual([
      { fieldId: 'user-email', text: 'A user with this email address already exists.' },
    ]);
  });

  it('puts ALREADY_EXISTS against the likely field when the server names none', () => {
    const errors = formErrorsFromApi({ code: 'ALREADY_EXISTS', message: 'That name is taken.', fields: {} }, FIELDS, 'name');
    expect(errors).toEqual({ fields: { name: 'That name is taken.' }, general: null });
  });

  it('shows any other problem for the whole form', () => {
    const errors = formErrorsFromApi(
      { code: 'DATABASE_UNAVAILABLE', message: 'CaseHuddle cannot reach its database.', fields: {} },
      FIELDS,
      'name',
    );
    expect(summaryItems(errors, FIELDS, (f) => f)).toEqual([{ text: 'CaseHuddle cannot reach its database.' }]);
  });
});
