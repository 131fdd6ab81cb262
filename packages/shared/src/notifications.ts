import type { NotificationKind } from './actions.js';

/**
 * Where a stored notification names the person it is about. The name is put in when the
 * notification is read, and only for a reader who may know of the person at that moment; a
 * reader who may not (an agreement has expired, a lead professional has moved on) and every
 * channel outside the app (e-mail) get neutral wording instead.
 */
export const NOTIFICATION_PERSON_PLACEHOLDER = '{person}';

/** Neutral words for someone the reader may not know of, as the object of a sentence. */
export const NEUTRAL_PERSON: Record<'CASELOAD' | 'RECORD', string> = {
  CASELOAD: 'a person on your caseload',
  RECORD: 'a person',
};

/** Fills in the placeholder with the person's name, or with neutral wording when the reader may not know of them. */
export function renderNotificationMessage(message: string, personName: string | null): string {
  return message.split(NOTIFICATION_PERSON_PLACEHOLDER).join(personName ?? NEUTRAL_PERSON.RECORD);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The headline of a notification: what happened and about whom. `personName` is given only when
 * the reader may know of the person now; `aboutPerson` says whether the notification is about
 * anyone at all (an action can be about no one, such as a system barrier to chase).
 */
export function notificationHeadline(kind: NotificationKind, about: { aboutPerson: boolean; personName: string | null }): string {
  const who = about.personName ?? NEUTRAL_PERSON.CASELOAD;
  const person = about.aboutPerson;
  switch (kind) {
    case 'ASSIGNED':
      return person ? `New action for ${who}` : 'New action for you';
    case 'DUE_TOMORROW':
      return person ? `Action for ${who} is due tomorrow` : 'Your action is due tomorrow';
    case 'OVERDUE':
      return person ? `Action for ${who} is overdue` : 'Your action is overdue';
    case 'STATUS_CHANGED':
      return person ? `Action for ${who} has a new status` : 'An action you set has a new status';
    case 'APPOINTMENT_MISSED':
      return person ? `${capitalise(who)} missed an appointment` : 'An appointment was missed';
    case 'ACCESS_REQUEST':
      return person ? `Access to the record of ${about.personName ?? NEUTRAL_PERSON.RECORD}` : 'Access to a record';
    case 'REFERRAL':
      return person ? `Referral about ${about.personName ?? NEUTRAL_PERSON.RECORD}` : 'A referral';
    case 'BULK_READ_ALERT':
      return 'Many records read in your organisation';
  }
}
