import { describe, expect, it } from 'vitest';
import { formatNumber } from './numbers';

describe('formatNumber', () => {
  it('writes whole numbers and tenths as en-GB does', () => {
    for (const value of [0, 7, 12, 999, 1000, 1234, 12_345, 999_999, 1_000_000, 2.5, 1234.5, 0.1, -1234, -0.5]) {
      expect(formatNumber(value)).toBe(value.toLocaleString('en-GB'));
    }
  });
});
