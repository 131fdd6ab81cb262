// The library's own scalar, only to compare answers with it.
// eslint-disable-next-line no-restricted-imports
import { GraphQLLocalDate as LibraryLocalDate } from 'graphql-scalars';
import { describe, expect, it } from 'vitest';
import { GraphQLLocalDate } from './scalars.js';

const outcome = (serialize: (v: unknown) => unknown, value: unknown) => {
  try {
    return { value: serialize(value) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('LocalDate on the way out', () => {
  it('answers exactly as the library does, for every day of several years and for what is not a day', () => {
    const values: unknown[] = [];
    for (const year of [0, 1, 1900, 1999, 2000, 2024, 2026, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          values.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        }
      }
    }
    values.push(
      '2026-1-01',
      '2026-01-1',
      '2026/01/01',
      '2026-01-01T00:00',
      ' 2026-01-01',
      '２０２６-01-01',
      '',
      20260101,
      null,
      new Date(0),
      {},
    );
    for (const value of values) {
      expect(
        outcome((v) => GraphQLLocalDate.serialize(v), value),
        String(value),
      ).toEqual(outcome((v) => LibraryLocalDate.serialize(v), value));
    }
  });
});
