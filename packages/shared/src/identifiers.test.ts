import { describe, expect, it } from 'vitest';
import { checkCrn, checkNhsNumber, checkPrisonNumber, formatNhsNumber } from './identifiers.js';

describe('NHS numbers', () => {
  it.each(['9434765919', '943 476 5919', '943-476-5919', '4010232137', '9990000018'])('accepts %s', (n) => {
    expect(checkNhsNumber(n)).toEqual({ ok: true, value: n.replace(/[\s-]/g, '') });
  });
  it.each([
    ['9434765918', 'This NHS number is not valid: check the digits and try again.'],
    ['1234567890', 'This NHS number is not valid: check the digits and try again.'], // check digit would be 10
    ['943476591', 'Enter an NHS number of 10 digits, like 943 476 5919.'],
    ['94347659190', 'Enter an NHS number of 10 digits, like 943 476 5919.'],
    ['94347659a9', 'Enter an NHS number of 10 digits, like 943 476 5919.'],
    ['', 'Enter an NHS number of 10 digits, like 943 476 5919.'],
  ])('rejects %s', (n, message) => {
    expect(checkNhsNumber(n)).toEqual({ ok: false, message });
  });
  it('formats in groups of 3, 3 and 4', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
  });
});

describe('prison numbers and CRNs', () => {
  it('normalises case and spaces', () => {
    expect(checkPrisonNumber(' a1234bc ')).toEqual({ ok: true, value: 'A1234BC' });
    expect(checkCrn('x123456')).toEqual({ ok: true, value: 'X123456' });
  });
  it.each(['A123BC', '11234BC', 'A1234B1', 'A1234BCD'])('rejects prison number %s', (n) => {
    expect(checkPrisonNumber(n).ok).toBe(false);
  });
  it.each(['X12345', 'X1234567', '1123456', 'XX12345'])('rejects CRN %s', (n) => {
    expect(checkCrn(n).ok).toBe(false);
  });
});
