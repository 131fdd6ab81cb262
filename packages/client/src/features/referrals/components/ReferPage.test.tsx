import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { addDays, todayIso } from '../../../ui/dates';
import { AgreementsQuery, LawfulBasesQuery } from '../../agreements/graphql/agreements';
import { HOUSING, organisationsMock, PERSON_ID, planPersonMock } from '../../releases/testing';
import { SendReferralMutation } from '../graphql/referrals';
import { buildReferral, PRISON, referralKindsMock, referralMock } from '../testing';

const me = buildCurrentUser('PRACTITIONER', {
  name: 'Grace Adeyemi',
  organisation: { __typename: 'Organisation', id: PRISON.id, name: PRISON.name, kind: 'PRISON' },
});

const basis = (code: string, kind: string, label: string, reference: string, needsSchedule1 = false) => ({
  __typename: 'LawfulBasis' as const,
  code,
  kind,
  label,
  reference,
  description: '',
  needsSchedule1,
});
const lawfulBasesMock = {
  request: { query: LawfulBasesQuery },
  result: {
    data: {
      lawfulBases: [
        basis('ART6_1_E', 'ARTICLE_6', 'Public task', 'UK GDPR Art. 6(1)(e)'),
        basis('ART9_2_A', 'ARTICLE_9', 'Explicit consent', 'UK GDPR Art. 9(2)(a)'),
        basis('CL_AGREEMENT', 'COMMON_LAW', 'The person’s agreement', 'Common law duty of confidentiality'),
      ],
    },
  },
};
const agreementsMock = { request: { query: AgreementsQuery }, result: { data: { informationSharingAgreements: [] } } };

/** The next Saturday after today, and a Tuesday after it: a weekend is warned about, not refused. */
function nextSaturday(): string {
  let day = addDays(todayIso(), 1);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 6) day = addDays(day, 1);
  return day;
}

async function typeDate(group: HTMLElement, iso: string) {
  const [year, month, day] = iso.split('-');
  const user = userEvent.setup({ delay: null });
  await user.type(within(group).getByLabelText('Day'), String(Number(day)));
  await user.type(within(group).getByLabelText('Month'), String(Number(month)));
  await user.type(within(group).getByLabelText('Year'), year!);
}

describe('ReferPage', { timeout: 60_000 }, () => {
  it('asks every question, refuses to send without consent, warns of a weekend appointment, then sends', async () => {
    const today = todayIso();
    const saturday = nextSaturday();
    const input = {
      personId: PERSON_ID,
      receivingOrganisationId: HOUSING.id,
      kind: 'DUTY_TO_REFER',
      sections: ['NEEDS', 'CONTACT'],
      expiresOn: '2030-06-01',
      lawfulBasis: { article6: 'ART6_1_E', article9: 'ART9_2_A', article10: null, schedule1: [], commonLaw: 'CL_AGREEMENT', isaId: null },
      consent: { method: 'WRITTEN', givenOn: today, personsWords: null },
      message: 'Due out soon with nowhere to go.',
      proposedAppointment: { date: saturday, window: 'MORNING', startTime: null, endTime: null, location: null, town: null },
    };
    const sent = buildReferral({ direction: 'OUTGOING', canAccept: false, canAcknowledge: false, canDecline: false, canWithdraw: true });
    renderApp(`/people/${PERSON_ID}/refer`, [
      meMock(me),
      quietMeChangedMock(),
      planPersonMock('Making a referral'),
      organisationsMock(),
      referralKindsMock(),
      lawfulBasesMock,
      agreementsMock,
      { request: { query: SendReferralMutation, variables: { input } }, result: { data: { sendReferral: sent } } },
      referralMock(sent),
    ]);
    const user = userEvent.setup({ delay: null });

    const form = await screen.findByRole('form', { name: 'Refer Dee Marsh' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dee MarshMake a referral');
    expect(within(form).getByLabelText('Duty to Refer (housing options)').getAttribute('aria-describedby')).toBeTruthy();
    expect(within(form).getByText('An answer is due within 2 working days')).toBeTruthy();

    // Nothing answered: every question is listed at the top, consent among them.
    await user.click(within(form).getByRole('button', { name: 'Send referral' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Select the organisation you are referring to',
      'Select the kind of referral',
      'Select the parts of the record to share with the referral',
      'Enter the date the sharing ends',
      'Select the lawful basis under Article 6',
      'Select the common-law basis for sharing confidential information',
      'You can only send a referral when the person has agreed to it',
      'Select how the person gave their consent',
      'Enter the date consent was given',
      'Write a message to the receiving organisation',
      'Select whether to propose a first joint appointment',
    ]);
    await waitFor(() => expect(document.title).toBe('Error: Refer Dee Marsh – CaseHuddle'));

    // Everything but consent: still refused.
    await user.selectOptions(within(form).getByLabelText('Which organisation are you referring to?'), HOUSING.name);
    expect(within(form).queryByRole('option', { name: PRISON.name })).toBeNull();
    await user.click(within(form).getByLabelText('Duty to Refer (housing options)'));
    const parts = within(form).getByRole('group', { name: /Which parts of the record will you share\?/ });
    await user.click(within(parts).getByLabelText('Needs'));
    await user.click(within(parts).getByLabelText('Preferences and contact'));
    await typeDate(within(form).getByRole('group', { name: /Date the sharing ends/ }), '2030-06-01');
    await user.selectOptions(within(form).getByLabelText('Lawful basis (UK GDPR Article 6)'), 'ART6_1_E');
    await user.selectOptions(within(form).getByLabelText('Special category condition (UK GDPR Article 9)'), 'ART9_2_A');
    await user.selectOptions(within(form).getByLabelText('Common-law duty of confidentiality'), 'CL_AGREEMENT');
    await user.click(within(within(form).getByRole('group', { name: 'How did they give consent?' })).getByLabelText('Written'));
    await typeDate(within(form).getByRole('group', { name: /Date consent was given/ }), today);
    await user.type(within(form).getByLabelText('Message to the receiving organisation'), 'Due out soon with nowhere to go.');
    await user.click(within(within(form).getByRole('group', { name: /propose a first appointment/ })).getByLabelText('Yes'));
    await typeDate(within(form).getByRole('group', { name: /Date of the appointment/ }), saturday);
    expect(await within(form).findByText(/is a weekend: check the service is open\. You can still propose it\./)).toBeTruthy();
    await user.click(within(within(form).getByRole('group', { name: /When is it\?/ })).getByLabelText('Morning'));
    expect(within(within(form).getByRole('group', { name: /When is it\?/ })).queryByLabelText('All day')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Send referral' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('alert'))
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['You can only send a referral when the person has agreed to it']),
    );
    const consent = within(form).getByRole('group', { name: 'Has the person agreed?' });
    expect(within(consent).getByText('You can only send a referral when the person has agreed to it')).toBeTruthy();

    // With consent it is sent, and its page says so.
    await user.click(within(consent).getByLabelText(/Dee Marsh has agreed to this referral/));
    await user.click(within(form).getByRole('button', { name: 'Send referral' }));
    expect(await screen.findByText('Referral sent to Northvale Council Housing Options.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Dee Marsh');
    expect(screen.getByRole('button', { name: 'Withdraw this referral' })).toBeTruthy();
  });
});
