import type { ApiError } from './apiErrors';
import type { ErrorSummaryItem } from './ErrorSummary';

/** Inline error messages for a form, by field name. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** A form's errors: messages against fields, and any problem that belongs to no one field. */
export interface FormErrors<F extends string> {
  fields: FieldErrors<F>;
  general: string | null;
}

export const NO_ERRORS = { fields: {}, general: null } as const;

export function hasErrors<F extends string>(errors: FormErrors<F>): boolean {
  return errors.general !== null || Object.values(errors.fields).some(Boolean);
}

/**
 * Turns a failed save into form errors. Field messages the server sends (`extensions.fields`, with
 * VALIDATION_FAILED or ALREADY_EXISTS) go against their fields; ALREADY_EXISTS without them goes
 * against `duplicateField`; anything else is shown as a problem with the whole form.
 */
export function formErrorsFromApi<F extends string>(error: ApiError, fieldNames: readonly F[], duplicateField: F): FormErrors<F> {
  const fields: FieldErrors<F> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(error.fields)) {
    // Nested inputs come back as paths, such as `profile.legalName` or `situation.establishment`.
    const name = (fieldNames as readonly string[]).includes(path) ? path : path.split('.').pop()!;
    if ((fieldNames as readonly string[]).includes(name)) fields[name as F] = message;
    else unplaced.push(message);
  }
  // When the server names the fields, its messages there say it all.
  if (Object.keys(fields).length > 0) return { fields, general: unplaced[0] ?? null };
  if (error.code === 'ALREADY_EXISTS') {
    fields[duplicateField] = error.message;
    return { fields, general: unplaced[0] ?? null };
  }
  return { fields, general: unplaced[0] ?? error.message };
}

/** The error summary's items, in the order the fields appear on the page. */
export function summaryItems<F extends string>(
  errors: FormErrors<F>,
  fieldOrder: readonly F[],
  fieldId: (field: F) => string,
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = errors.general ? [{ text: errors.general }] : [];
  for (const field of fieldOrder) {
    const text = errors.fields[field];
    if (text) items.push({ fieldId: fieldId(field), text });
  }
  return items;
}
