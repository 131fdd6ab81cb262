import { z } from 'zod';
import { checkDate, type DateParts } from './dates';

/**
 * Building blocks for form schemas. Each takes the words of its GOV.UK error message, so a page's
 * schema reads as the list of its questions and what is said when one is answered wrongly. Limits
 * come from `LIMITS` in @casehuddle/shared, which the server enforces too.
 */

/** Text that must be given, trimmed, at most `max` characters. */
export function requiredText(missing: string, max?: { limit: number; message: string }) {
  const base = z.string().trim().min(1, missing);
  return max ? base.max(max.limit, max.message) : base;
}

/** Text that may be left empty, trimmed, at most `limit` characters. Empty becomes null. */
export function optionalText(limit: number, message: string) {
  return z
    .string()
    .trim()
    .max(limit, message)
    .transform((value) => value || null);
}

/** One of a fixed list of values (a select or radios), with the message for none chosen. */
export function oneOf<T extends string>(values: readonly T[], message: string) {
  return z
    .string()
    .refine((value) => (values as readonly string[]).includes(value), message)
    .transform((value) => value as T);
}

/** One of a fixed list, or nothing chosen (null). */
export function optionalOneOf<T extends string>(values: readonly T[]) {
  return z
    .string()
    .refine((value) => value === '' || (values as readonly string[]).includes(value))
    .transform((value) => (value || null) as T | null);
}

/**
 * The boxes of a GOV.UK date input: out comes `YYYY-MM-DD` (or null when empty and optional).
 * `also` adds rules on a real date, returning a message when it breaks one. A wrong date does not
 * stop the rest of the form being checked, so every message shows at once.
 */
export function dateParts(name: string, { required = false, also }: { required?: boolean; also?: (iso: string) => string | null } = {}) {
  return z.custom<DateParts>().transform((parts, ctx) => {
    const checked = checkDate(parts, name, { required });
    const message = checked.ok ? (checked.value && also ? also(checked.value) : null) : checked.message;
    if (message) {
      ctx.addIssue({ code: 'custom', message, continue: true });
      return null;
    }
    return checked.ok ? checked.value : null;
  });
}

/** A required date input: out comes `YYYY-MM-DD`. */
export function requiredDateParts(name: string, also?: (iso: string) => string | null) {
  return dateParts(name, { required: true, also }).transform((value) => value as string);
}

/**
 * A schema from a check written as a function, for forms whose rules depend on one another (times
 * that must follow each other, dates against today). `check` returns the messages by field, or the
 * value to send.
 */
export function checkedBy<I, O>(check: (values: I) => { ok: true; value: O } | { ok: false; fields: Partial<Record<string, string>> }) {
  return z.custom<I>().transform((values, ctx) => {
    const result = check(values);
    if (result.ok) return result.value;
    for (const [field, message] of Object.entries(result.fields)) {
      if (message) ctx.addIssue({ code: 'custom', message, path: [field] });
    }
    return z.NEVER;
  });
}
