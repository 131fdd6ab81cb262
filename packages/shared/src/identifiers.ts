/**
 * Identifier checks shared by the server (which enforces them) and the client (which shows
 * them inline). Each returns a normalised value, or an error message in plain English.
 */
export type IdentifierCheck = { ok: true; value: string } | { ok: false; message: string };

/** NHS number: 10 digits whose last is a modulus-11 check digit. Spaces and dashes are ignored. */
export function checkNhsNumber(input: string): IdentifierCheck {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return { ok: false, message: 'Enter an NHS number of 10 digits, like 943 476 5919.' };
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  if (expected === 10 || expected !== Number(digits[9])) {
    return { ok: false, message: 'This NHS number is not valid: check the digits and try again.' };
  }
  return { ok: true, value: digits };
}

/** Formats a 10-digit NHS number as 943 476 5919. */
export function formatNhsNumber(digits: string): string {
  return digits.length === 10 ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
}

/** Prison number: a letter, 4 digits and 2 letters, like A1234BC. */
export function checkPrisonNumber(input: string): IdentifierCheck {
  const value = input.replace(/\s/g, '').toUpperCase();
  return /^[A-Z]\d{4}[A-Z]{2}$/.test(value)
    ? { ok: true, value }
    : { ok: false, message: 'Enter a prison number as a letter, 4 digits and 2 letters, like A1234BC.' };
}

/** Probation case reference number (CRN): a letter and 6 digits, like X123456. */
export function checkCrn(input: string): IdentifierCheck {
  const value = input.replace(/\s/g, '').toUpperCase();
  return /^[A-Z]\d{6}$/.test(value) ? { ok: true, value } : { ok: false, message: 'Enter a CRN as a letter and 6 digits, like X123456.' };
}
