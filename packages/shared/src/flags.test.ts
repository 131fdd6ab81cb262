import { describe, expect, it } from 'vitest';
import { appointmentDayWarnings, personFlags, releaseDayWarnings } from './flags.js';

const custody = {
  today: '2026-12-03', // a Thursday
  situationKind: 'CUSTODY' as const,
  accommodationStatus: 'NO_FIXED_ABODE' as const,
  overdueActions: 0,
};

describe('day warnings', () => {
  it('warns of releases at weekends, on bank holidays and on Fridays', () => {
    expect(releaseDayWarnings('2026-12-05')).toEqual([
      { code: 'WEEKEND', message: 'Release on Saturday 5 Dec 2026, a weekend: most services are shut until Monday.' },
    ]);
    expect(releaseDayWarnings('2026-12-06').map((w) => w.code)).toEqual(['WEEKEND']);
    // Good Friday 2027 (26 March) is a bank holiday, not an ordinary Friday.
    expect(releaseDayWarnings('2027-03-26', 'Discharge')).toEqual([
      { code: 'BANK_HOLIDAY', message: 'Discharge on Friday 26 Mar 2027, a bank holiday: most services are shut.' },
    ]);
    expect(releaseDayWarnings('2026-12-04')[0]!.message).toBe(
      'Release on Friday 4 Dec 2026 (time not recorded): if after midday, there may be too little time to reach probation and housing before the weekend; most services are shut until Monday.',
    );
    // Friday 28 August 2026 is followed by the summer bank holiday on Monday 31st.
    expect(releaseDayWarnings('2026-08-28')[0]!.message).toContain('shut until Tuesday');
    expect(releaseDayWarnings('2026-12-03')).toEqual([]);
  });

  it('warns of a Friday or pre-bank-holiday release at or after midday, and not of a morning one', () => {
    expect(releaseDayWarnings('2026-12-04', 'Release', '14:00')).toEqual([
      {
        code: 'FRIDAY_AFTERNOON',
        message:
          'Release on Friday 4 Dec 2026 at 14:00: there may be too little time to reach probation and housing before the weekend; most services are shut until Monday.',
      },
    ]);
    expect(releaseDayWarnings('2026-12-04', 'Release', '12:00').map((w) => w.code)).toEqual(['FRIDAY_AFTERNOON']);
    expect(releaseDayWarnings('2026-12-04', 'Release', '11:59')).toEqual([]);
    expect(releaseDayWarnings('2026-12-04', 'Release', '08:30')).toEqual([]);
    // Thursday 24 Dec 2026 is the day before Christmas Day; Thursday 25 Mar 2027 the day before Good Friday.
    expect(releaseDayWarnings('2026-12-24', 'Release', '13:00')).toEqual([
      {
        code: 'BEFORE_BANK_HOLIDAY',
        message:
          'Release on Thursday 24 Dec 2026 at 13:00, the day before a bank holiday: there may be too little time to reach probation and housing before services shut for the holiday.',
      },
    ]);
    expect(releaseDayWarnings('2027-03-25', 'Discharge').map((w) => w.code)).toEqual(['BEFORE_BANK_HOLIDAY']);
    expect(releaseDayWarnings('2027-03-25', 'Discharge', '09:00')).toEqual([]);
    // A weekend release is a weekend release, whatever the time.
    expect(releaseDayWarnings('2026-12-05', 'Release', '09:00').map((w) => w.code)).toEqual(['WEEKEND']);
  });

  it('warns of appointments at weekends, on bank holidays and on Friday afternoons only', () => {
    expect(appointmentDayWarnings({ date: '2026-12-05', window: 'MORNING' })).toEqual([
      { code: 'WEEKEND', message: 'Saturday 5 Dec 2026 is a weekend: check the service is open.' },
    ]);
    expect(appointmentDayWarnings({ date: '2026-12-06', window: 'EXACT', startTime: '15:00' }).map((w) => w.code)).toEqual(['WEEKEND']);
    expect(appointmentDayWarnings({ date: '2026-12-28', window: 'ALL_DAY' }).map((w) => w.code)).toEqual(['BANK_HOLIDAY']);
    expect(appointmentDayWarnings({ date: '2026-12-04', window: 'AFTERNOON' }).map((w) => w.code)).toEqual(['FRIDAY_AFTERNOON']);
    expect(appointmentDayWarnings({ date: '2026-12-04', window: 'EXACT', startTime: '12:00' }).map((w) => w.code)).toEqual([
      'FRIDAY_AFTERNOON',
    ]);
    expect(appointmentDayWarnings({ date: '2026-12-04', window: 'EXACT', startTime: '11:59' })).toEqual([]);
    expect(appointmentDayWarnings({ date: '2026-12-04', window: 'MORNING' })).toEqual([]);
    expect(appointmentDayWarnings({ date: '2026-12-07', window: 'AFTERNOON' })).toEqual([]);
  });
});

describe('person flags', () => {
  it('flags a release within 28 days with no fixed abode, and a weekend release', () => {
    expect(personFlags({ ...custody, releaseDate: '2026-12-06' })).toEqual([
      { kind: 'RELEASE_NO_ACCOMMODATION', source: 'SITUATION', text: 'Release in 3 days (Sunday 6 Dec 2026) with no fixed abode.' },
      {
        kind: 'RELEASE_WEEKEND',
        source: 'SITUATION',
        text: 'Release on Sunday 6 Dec 2026, a weekend: most services are shut until Monday.',
      },
    ]);
  });

  it('flags a Friday release after midday, saying there may be too little time before the weekend, and not a morning one', () => {
    const settled = { ...custody, accommodationStatus: 'HOSTEL' as const };
    expect(personFlags({ ...settled, releaseDate: '2026-12-11', releaseTime: '13:30' })).toEqual([
      {
        kind: 'RELEASE_FRIDAY',
        source: 'SITUATION',
        text: 'Release on Friday 11 Dec 2026 at 13:30: there may be too little time to reach probation and housing before the weekend; most services are shut until Monday.',
      },
    ]);
    expect(personFlags({ ...settled, releaseDate: '2026-12-11', releaseTime: '09:00' })).toEqual([]);
    expect(personFlags({ ...settled, releaseDate: '2026-12-24', releaseTime: '12:00' }).map((f) => f.kind)).toEqual([
      'RELEASE_BEFORE_BANK_HOLIDAY',
    ]);
  });

  it('says discharge for hospital and "no accommodation arranged" unless it is', () => {
    const flags = personFlags({ ...custody, situationKind: 'HOSPITAL', accommodationStatus: null, releaseDate: '2026-12-03' });
    expect(flags.map((f) => f.text)).toEqual(['Discharge today (Thursday 3 Dec 2026) with no accommodation arranged.']);
    expect(personFlags({ ...custody, accommodationStatus: 'HOSTEL', releaseDate: '2026-12-08' })).toEqual([]);
    expect(personFlags({ ...custody, accommodationItem: 'DONE', releaseDate: '2026-12-08' })).toEqual([]);
  });

  it('stops the accommodation flag after 28 days and the Duty to Refer flag after 56', () => {
    // 28 days; Thursday 31 Dec is also the day before a bank holiday, and no release time is recorded.
    expect(personFlags({ ...custody, releaseDate: '2026-12-31' }).map((f) => f.kind)).toEqual([
      'RELEASE_NO_ACCOMMODATION',
      'RELEASE_BEFORE_BANK_HOLIDAY',
    ]);
    expect(personFlags({ ...custody, releaseDate: '2026-12-31', releaseTime: '09:00' }).map((f) => f.kind)).toEqual([
      'RELEASE_NO_ACCOMMODATION',
    ]);
    expect(personFlags({ ...custody, releaseDate: '2027-01-04', dutyToRefer: 'DONE' })).toEqual([]); // 32 days, a Monday
    expect(personFlags({ ...custody, releaseDate: '2027-01-28', dutyToRefer: 'IN_PROGRESS' }).map((f) => f.text)).toEqual([
      'Duty to Refer not made, and release is in 56 days (Thursday 28 Jan 2027).',
    ]);
    expect(personFlags({ ...custody, releaseDate: '2027-01-29', dutyToRefer: 'NOT_STARTED' })).toEqual([]); // 57 days, a Friday too
    expect(personFlags({ ...custody, releaseDate: '2027-01-28', dutyToRefer: 'NOT_NEEDED' })).toEqual([]);
    // No Duty to Refer item on the plan: nothing to flag.
    expect(personFlags({ ...custody, releaseDate: '2027-01-28' })).toEqual([]);
  });

  it('ignores past releases and people in the community, but counts overdue actions for anyone', () => {
    expect(personFlags({ ...custody, releaseDate: '2026-12-02' })).toEqual([]);
    expect(personFlags({ ...custody, situationKind: 'COMMUNITY', releaseDate: '2026-12-04', overdueActions: 2 })).toEqual([
      { kind: 'OVERDUE_ACTIONS', source: 'ACTIONS', text: '2 actions are overdue.' },
    ]);
    expect(personFlags({ ...custody, releaseDate: null, overdueActions: 1 }).map((f) => f.text)).toEqual(['1 action is overdue.']);
  });
});
