import { LIMITS, type AppointmentWindow, type SharingSection } from '@casehuddle/shared';
import { checkDate, EMPTY_DATE, todayIso, type DateParts } from '../../ui/dates';
import {
  checkLawfulBasis,
  EMPTY_LAWFUL_BASIS,
  LAWFUL_BASIS_FIELDS,
  lawfulBasisInput,
  type LawfulBasisValues,
} from '../agreements/components/LawfulBasisFields';
import { readTime } from '../appointments/validation';

/** The referral form as typed. */
export interface ReferralValues {
  receivingOrganisationId: string;
  kind: string;
  sections: string[];
  expiresOn: DateParts;
  lawfulBasis: LawfulBasisValues;
  /** A single checkbox, checked (['AGREED']) when the person has agreed. */
  consentAgreed: string[];
  consent: { method: '' | 'SPOKEN' | 'WRITTEN'; givenOn: DateParts; personsWords: string };
  message: string;
  propose: '' | 'YES' | 'NO';
  proposedAppointment: {
    date: DateParts;
    window: AppointmentWindow | '';
    startTime: string;
    endTime: string;
    location: string;
    town: string;
  };
}

export const EMPTY_REFERRAL: ReferralValues = {
  receivingOrganisationId: '',
  kind: '',
  sections: [],
  expiresOn: EMPTY_DATE,
  lawfulBasis: EMPTY_LAWFUL_BASIS,
  consentAgreed: [],
  consent: { method: '', givenOn: EMPTY_DATE, personsWords: '' },
  message: '',
  propose: '',
  proposedAppointment: { date: EMPTY_DATE, window: '', startTime: '', endTime: '', location: '', town: '' },
};

/** The proposed first joint appointment, checked. */
export interface ProposedAppointment {
  date: string;
  window: AppointmentWindow;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  town: string | null;
}

/** The referral, checked: what is sent. */
export interface ReferralDraft {
  receivingOrganisationId: string;
  kind: string;
  sections: SharingSection[];
  expiresOn: string;
  lawfulBasis: ReturnType<typeof lawfulBasisInput>;
  consent: { method: 'SPOKEN' | 'WRITTEN'; givenOn: string; personsWords: string | null };
  message: string;
  proposedAppointment: ProposedAppointment | null;
}

/** Field names (as the form knows them) in page order, for the error summary. */
export const REFERRAL_FIELDS = [
  'receivingOrganisationId',
  'kind',
  'sections',
  'expiresOn',
  ...LAWFUL_BASIS_FIELDS,
  'consentAgreed',
  'consent.method',
  'consent.givenOn',
  'consent.personsWords',
  'message',
  'propose',
  'proposedAppointment.date',
  'proposedAppointment.window',
  'proposedAppointment.startTime',
  'proposedAppointment.endTime',
  'proposedAppointment.location',
  'proposedAppointment.town',
] as const;
export type ReferralField = (typeof REFERRAL_FIELDS)[number];

const tooLong = (what: string, limit: number) => `Keep ${what} to ${limit.toLocaleString('en-GB')} characters or fewer`;

/**
 * Checks a referral the GOV.UK way: a message for each question that needs an answer, or the
 * referral to send. No consent, no referral: the person must have agreed, and how and when they did
 * is recorded with it.
 */
export function validateReferral(
  values: ReferralValues,
  today: string = todayIso(),
): { ok: true; value: ReferralDraft } | { ok: false; fields: Partial<Record<ReferralField, string>> } {
  const fields: Partial<Record<ReferralField, string>> = {};
  if (!values.receivingOrganisationId) fields.receivingOrganisationId = 'Select the organisation you are referring to';
  if (!values.kind) fields.kind = 'Select the kind of referral';
  if (values.sections.length === 0) fields.sections = 'Select the parts of the record to share with the referral';

  const expires = checkDate(values.expiresOn, 'Date the sharing ends', { required: true });
  if (!expires.ok) fields.expiresOn = expires.message;
  else if (expires.value && expires.value <= today) fields.expiresOn = 'The date the sharing ends must be in the future';
  Object.assign(fields, checkLawfulBasis(values.lawfulBasis, values.sections));

  if (!values.consentAgreed.includes('AGREED')) fields.consentAgreed = 'You can only send a referral when the person has agreed to it';
  if (!values.consent.method) fields['consent.method'] = 'Select how the person gave their consent';
  const givenOn = checkDate(values.consent.givenOn, 'Date consent was given', { required: true });
  if (!givenOn.ok) fields['consent.givenOn'] = givenOn.message;
  else if (givenOn.value && givenOn.value > today) fields['consent.givenOn'] = 'The date consent was given must be today or in the past';
  const ownWords = values.consent.personsWords.trim();
  if (ownWords.length > LIMITS.notesMaxLength) fields['consent.personsWords'] = tooLong('the person’s words', LIMITS.notesMaxLength);

  const message = values.message.trim();
  if (!message) fields.message = 'Write a message to the receiving organisation';
  else if (message.length > LIMITS.notesMaxLength) fields.message = tooLong('the message', LIMITS.notesMaxLength);

  if (!values.propose) fields.propose = 'Select whether to propose a first joint appointment';
  let proposedAppointment: ProposedAppointment | null = null;
  if (values.propose === 'YES') {
    const a = values.proposedAppointment;
    const date = checkDate(a.date, 'Date of the appointment', { required: true });
    if (!date.ok) fields['proposedAppointment.date'] = date.message;
    else if (date.value && date.value < today)
      fields['proposedAppointment.date'] = 'The date of the appointment must be today or in the future';
    if (!a.window) fields['proposedAppointment.window'] = 'Choose when the appointment is';
    let startTime: string | null = null;
    let endTime: string | null = null;
    if (a.window === 'EXACT') {
      if (!a.startTime.trim()) fields['proposedAppointment.startTime'] = 'Enter the time the appointment starts';
      else {
        startTime = readTime(a.startTime);
        if (!startTime) fields['proposedAppointment.startTime'] = 'Enter the start time using the 24-hour clock, like 10:30';
      }
      if (a.endTime.trim()) {
        endTime = readTime(a.endTime);
        if (!endTime) fields['proposedAppointment.endTime'] = 'Enter the end time using the 24-hour clock, like 11:30';
        else if (startTime && endTime <= startTime) fields['proposedAppointment.endTime'] = 'The end time must be after the start time';
      }
    }
    if (a.location.trim().length > LIMITS.shortTextMaxLength) fields['proposedAppointment.location'] = tooLong('the place', 300);
    if (a.town.trim().length > 120) fields['proposedAppointment.town'] = tooLong('the town', 120);
    if (date.ok && date.value && a.window) {
      proposedAppointment = {
        date: date.value,
        window: a.window,
        startTime,
        endTime,
        location: a.location.trim() || null,
        town: a.town.trim() || null,
      };
    }
  }

  if (Object.keys(fields).length > 0 || !expires.ok || !givenOn.ok || !values.consent.method) return { ok: false, fields };
  return {
    ok: true,
    value: {
      receivingOrganisationId: values.receivingOrganisationId,
      kind: values.kind,
      sections: values.sections as SharingSection[],
      expiresOn: expires.value!,
      lawfulBasis: lawfulBasisInput(values.lawfulBasis, values.sections),
      consent: { method: values.consent.method, givenOn: givenOn.value!, personsWords: ownWords || null },
      message,
      proposedAppointment,
    },
  };
}

/** The outcome of declining or closing: a reason or an outcome, said in words. */
export function checkReason(text: string, missing: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return missing;
  if (trimmed.length > LIMITS.notesMaxLength) return tooLong('this', LIMITS.notesMaxLength);
  return null;
}
