import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from './actions.js';
import { notificationHeadline, NOTIFICATION_PERSON_PLACEHOLDER, renderNotificationMessage } from './notifications.js';

describe('notification wording', () => {
  it('says what happened and about whom when the reader may know the person', () => {
    expect(notificationHeadline('OVERDUE', { aboutPerson: true, personName: 'Aaron Ashworth' })).toBe(
      'Action for Aaron Ashworth is overdue',
    );
    expect(notificationHeadline('APPOINTMENT_MISSED', { aboutPerson: true, personName: 'Aaron Ashworth' })).toBe(
      'Aaron Ashworth missed an appointment',
    );
  });

  it('uses neutral words when the reader may not know the person, and says nothing of a person when there is none', () => {
    expect(notificationHeadline('OVERDUE', { aboutPerson: true, personName: null })).toBe(
      'Action for a person on your caseload is overdue',
    );
    expect(notificationHeadline('APPOINTMENT_MISSED', { aboutPerson: true, personName: null })).toBe(
      'A person on your caseload missed an appointment',
    );
    expect(notificationHeadline('OVERDUE', { aboutPerson: false, personName: null })).toBe('Your action is overdue');
    for (const kind of NOTIFICATION_KINDS) {
      expect(notificationHeadline(kind, { aboutPerson: true, personName: null })).toMatch(/^[A-Z]/);
    }
  });

  it('fills in the stored placeholder with the name, or neutral words', () => {
    const stored = `Holder Housing asked for access to ${NOTIFICATION_PERSON_PLACEHOLDER}’s record.`;
    expect(renderNotificationMessage(stored, 'Aaron Ashworth')).toBe('Holder Housing asked for access to Aaron Ashworth’s record.');
    expect(renderNotificationMessage(stored, null)).toBe('Holder Housing asked for access to a person’s record.');
    expect(renderNotificationMessage('Due tomorrow: Renew the bus pass', 'Aaron Ashworth')).toBe('Due tomorrow: Renew the bus pass');
  });
});
