import { expect, it } from 'vitest';

it('fails on purpose', () => {
  expect('this check').toBe('failing on purpose');
});
