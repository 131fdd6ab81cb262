import { describe, expect, it } from 'vitest';
import { NDTA, redFlags, scoreAssessment } from './release.js';

const base = { today: '2026-11-23', items: {} };

describe('release red flags', () => {
  it('flags a release 14 days or fewer away with no accommodation, and a late Duty to Refer', () => {
    expect(redFlags({ ...base, releaseDate: '2026-12-07', items: { DUTY_TO_REFER: 'DONE' } })).toEqual(['NO_ACCOMMODATION']); // Monday, 14 days
    expect(redFlags({ ...base, releaseDate: '2026-12-08', items: { DUTY_TO_REFER: 'DONE' } })).toEqual([]); // 15 days
    expect(redFlags({ ...base, releaseDate: '2026-12-07', items: { DUTY_TO_REFER: 'DONE', ACCOMMODATION: 'DONE' } })).toEqual([]);
    expect(redFlags({ ...base, releaseDate: '2027-01-18', items: { ACCOMMODATION: 'DONE' } })).toEqual(['DUTY_TO_REFER_LATE']); // 56 days
    expect(redFlags({ ...base, releaseDate: '2027-01-19', items: { ACCOMMODATION: 'DONE' } })).toEqual([]); // 57 days
    expect(
      redFlags({ ...base, releaseDate: '2027-01-18', items: { ACCOMMODATION: 'DONE' } }, { noAccommodationDays: 14, dutyToReferDays: 30 }),
    ).toEqual([]);
  });

  it('flags Friday releases and releases on the day before a bank holiday', () => {
    const ok = { DUTY_TO_REFER: 'DONE', ACCOMMODATION: 'DONE' } as const;
    expect(redFlags({ ...base, releaseDate: '2027-02-05', items: ok })).toEqual(['FRIDAY_RELEASE']);
    // With a release time: at or after midday is flagged, a morning release is not.
    expect(redFlags({ ...base, releaseDate: '2027-02-05', releaseTime: '12:00', items: ok })).toEqual(['FRIDAY_RELEASE']);
    expect(redFlags({ ...base, releaseDate: '2027-02-05', releaseTime: '09:30', items: ok })).toEqual([]);
    expect(redFlags({ ...base, releaseDate: '2027-03-25', releaseTime: '15:00', items: ok })).toEqual(['BEFORE_BANK_HOLIDAY']);
    expect(redFlags({ ...base, releaseDate: '2027-03-25', releaseTime: '10:00', items: ok })).toEqual([]);
    // Thursday 25 March 2027 is the day before Good Friday (Easter Sunday is 28 March).
    expect(redFlags({ ...base, releaseDate: '2027-03-25', items: ok })).toEqual(['BEFORE_BANK_HOLIDAY']);
    // Friday 28 August 2026 (the summer bank holiday is on Monday 31st); Thursday 24 Dec 2026, before Christmas.
    expect(redFlags({ ...base, today: '2026-08-01', releaseDate: '2026-08-28', items: ok })).toEqual(['FRIDAY_RELEASE']);
    expect(redFlags({ ...base, releaseDate: '2026-12-24', items: ok })).toEqual(['BEFORE_BANK_HOLIDAY']);
    // Saturday 26 December 2026 is followed by the substitute Boxing Day on Monday, not Sunday.
    expect(redFlags({ ...base, releaseDate: '2026-12-27', items: ok })).toEqual(['BEFORE_BANK_HOLIDAY']);
    expect(redFlags({ ...base, releaseDate: '2027-02-04', items: ok })).toEqual([]);
  });

  it('flags a first probation appointment on release day in another town', () => {
    const ok = { DUTY_TO_REFER: 'DONE', ACCOMMODATION: 'DONE' } as const;
    const facts = { ...base, releaseDate: '2027-02-03', items: ok, establishmentTown: 'Northvale' };
    expect(redFlags({ ...facts, firstAppointment: { date: '2027-02-03', town: 'Eastbrook' } })).toEqual(['FIRST_APPOINTMENT_ELSEWHERE']);
    expect(redFlags({ ...facts, firstAppointment: { date: '2027-02-03', town: 'northvale' } })).toEqual([]);
    expect(redFlags({ ...facts, firstAppointment: { date: '2027-02-04', town: 'Eastbrook' } })).toEqual([]);
  });
});

describe('NDTA scoring', () => {
  const all = (n: number) => Object.fromEntries(NDTA.domains.map((d) => [d.key, n]));
  it('weights risk to and from others twice, for a maximum of 48', () => {
    expect(scoreAssessment(NDTA.domains, all(4))).toEqual({ ok: true, total: 48 });
    expect(scoreAssessment(NDTA.domains, all(0))).toEqual({ ok: true, total: 0 });
    expect(scoreAssessment(NDTA.domains, { ...all(1), RISK_TO_OTHERS: 3 })).toEqual({ ok: true, total: 8 + 2 + 6 });
  });
  it('checks every domain is scored from 0 to 4', () => {
    const result = scoreAssessment(NDTA.domains, { ...all(2), HOUSING: 5, IMPULSE_CONTROL: 1.5, EXTRA: 1 });
    expect(result).toEqual({
      ok: false,
      problems: {
        HOUSING: 'Housing must be a whole number from 0 to 4.',
        IMPULSE_CONTROL: 'Impulse control must be a whole number from 0 to 4.',
        EXTRA: 'EXTRA is not part of this measure.',
      },
    });
    const missing = scoreAssessment(NDTA.domains, { ENGAGEMENT: 1 });
    expect(missing.ok).toBe(false);
    expect(Object.keys((missing as { problems: object }).problems)).toHaveLength(9);
  });
});
