import { describe, expect, it } from 'vitest';
import { barrierTheme } from './barriers.js';

describe('barrierTheme', () => {
  it('gives each barrier the theme of the rule in the way', () => {
    expect(barrierTheme('No hostel in the area takes people with dogs')).toBe('ACCOMMODATION');
    expect(barrierTheme('Bank will not open an account without a fixed address')).toBe('FINANCE_AND_ID');
    expect(barrierTheme('GP practice list closed to new patients without ID')).toBe('HEALTH');
    expect(barrierTheme('No bus from the approved premises reaches the probation office before 10:00')).toBe('TRAVEL');
    expect(barrierTheme('Universal Credit advance needs a bank account first')).toBe('FINANCE_AND_ID');
    expect(barrierTheme('Community script cannot start until the prison sends the prescription')).toBe('HEALTH');
    expect(barrierTheme('Detox beds have a 10-week wait')).toBe('DRUGS_AND_ALCOHOL');
  });

  it('reads "ID" only as a word in capitals, and falls back to Other', () => {
    expect(barrierTheme('Needs photo ID')).toBe('FINANCE_AND_ID');
    expect(barrierTheme('He did not want to go')).toBe('OTHER');
    expect(barrierTheme('Worker on leave; no cover arranged')).toBe('OTHER');
  });
});
