import { describe, expect, it } from 'vitest';
import { EMPTY_REFERRAL, validateReferral, type ReferralValues } from './validation';

const TODAY = '2026-12-03';

const complete: ReferralValues = {
  ...EMPTY_REFERRAL,
  receivingOrganisationId: 'org-housing',
  kind: 'DUTY_TO_REFER',
  sections: ['STORY', 'CONTACT'],
  expiresOn: { day: '3', month: '6', year: '2027' },
  lawfulBasis: { article6: 'PUBLIC_TASK', article9: 'SOCIAL_CARE', article10: 'NOT_USED', schedule1: [], commonLaw: 'CONSENT', isaId: '' },
  consentAgreed: ['AGREED'],
  consent: {
    method: 'SPOKEN',
    givenOn: { day: '2', month: '12', year: '2026' },
    personsWords: '  I want help finding somewhere to live.  ',
  },
  message: ' Due out on Monday with nowhere to go. ',
  propose: 'NO',
};

describe('validateReferral', () => {
  it('asks every question of an empty form, consent included, in page order', () => {
    const result = validateReferral(EMPTY_REFERRAL, TODAY);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.fields).toEqual({
      receivingOrganisationId: 'Select the organisation you are referring to',
      kind: 'Select the kind of referral',
      sections: 'Select the parts of the record to share with the referral',
      expiresOn: 'Enter the date the sharing ends',
      'lawfulBasis.article6': 'Select the lawful basis under Article 6',
      'lawfulBasis.commonLaw': 'Select the common-law basis for sharing confidential information',
      consentAgreed: 'You can only send a referral when the person has agreed to it',
      'consent.method': 'Select how the person gave their consent',
      'consent.givenOn': 'Enter the date consent was given',
      message: 'Write a message to the receiving organisation',
      propose: 'Select whether to propose a first joint appointment',
    });
  });

  it('refuses to send without the person’s consent, however complete the rest', () => {
    const result = validateReferral({ ...complete, consentAgreed: [] }, TODAY);
    expect(result).toEqual({ ok: false, fields: { consentAgreed: 'You can only send a referral when the person has agreed to it' } });
  });

  it('checks the dates against today: consent in the past, sharing ending in the future', () => {
    const result = validateReferral(
      {
        ...complete,
        consent: { ...complete.consent, givenOn: { day: '4', month: '12', year: '2026' } },
        expiresOn: { day: '3', month: '12', year: '2026' },
      },
      TODAY,
    );
    expect(result.ok ? null : result.fields).toEqual({
      expiresOn: 'The date the sharing ends must be in the future',
      'consent.givenOn': 'The date consent was given must be today or in the past',
    });
  });

  it('turns a complete form into the referral to send, trimmed, with no appointment', () => {
    expect(validateReferral(complete, TODAY)).toEqual({
      ok: true,
      value: {
        receivingOrganisationId: 'org-housing',
        kind: 'DUTY_TO_REFER',
        sections: ['STORY', 'CONTACT'],
        expiresOn: '2027-06-03',
        lawfulBasis: {
          article6: 'PUBLIC_TASK',
          article9: 'SOCIAL_CARE',
          article10: null,
          schedule1: [],
          commonLaw: 'CONSENT',
          isaId: null,
        },
        consent: { method: 'SPOKEN', givenOn: '2026-12-02', personsWords: 'I want help finding somewhere to live.' },
        message: 'Due out on Monday with nowhere to go.',
        proposedAppointment: null,
      },
    });
  });

  it('checks a proposed appointment as the booking form does', () => {
    const proposing: ReferralValues = { ...complete, propose: 'YES' };
    expect(validateReferral(proposing, TODAY)).toEqual({
      ok: false,
      fields: {
        'proposedAppointment.date': 'Enter the date of the appointment',
        'proposedAppointment.window': 'Choose when the appointment is',
      },
    });
    const exact = validateReferral(
      {
        ...proposing,
        proposedAppointment: {
          ...proposing.proposedAppointment,
          date: { day: '7', month: '12', year: '2026' },
          window: 'EXACT',
          startTime: '9.5',
          endTime: '',
        },
      },
      TODAY,
    );
    expect(exact.ok ? null : exact.fields).toEqual({
      'proposedAppointment.startTime': 'Enter the start time using the 24-hour clock, like 10:30',
    });
    const morning = validateReferral(
      {
        ...proposing,
        proposedAppointment: {
          ...proposing.proposedAppointment,
          date: { day: '7', month: '12', year: '2026' },
          window: 'MORNING',
          location: ' Civic Centre ',
        },
      },
      TODAY,
    );
    expect(morning.ok ? morning.value.proposedAppointment : null).toEqual({
      date: '2026-12-07',
      window: 'MORNING',
      startTime: null,
      endTime: null,
      location: 'Civic Centre',
      town: null,
    });
  });
});
