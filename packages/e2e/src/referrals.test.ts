import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

// From the demo data (packages/server/src/seed): Grace Adeyemi (resettlement@) is a resettlement
// worker at HMP Northvale; Chris Evans (housing@) is a housing officer at Northvale Council Housing
// Options. The person referred is registered by Grace in this test, so that nothing about them is
// shared with the council until the referral shares it.

const HOUSING = 'Northvale Council Housing Options';
const STORY = 'I lost my flat when I went inside. I want somewhere quiet near my sister, and help with the bidding.';

/** Today in the UK, days from it, and the boxes of a GOV.UK date input for a day. */
const ukToday = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const addDays = (day: string, days: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
/** The first Monday to Thursday at least `days` ahead (a morning with no weekend or Friday warning). */
const weekdayAhead = (days: number) => {
  let day = addDays(ukToday(), days);
  while (![1, 2, 3, 4].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) day = addDays(day, 1);
  return day;
};

async function fillDate(group: Locator, day: string) {
  const [year, month, date] = day.split('-');
  await group.getByLabel('Day', { exact: true }).fill(String(Number(date)));
  await group.getByLabel('Month', { exact: true }).fill(String(Number(month)));
  await group.getByLabel('Year', { exact: true }).fill(year!);
}

/** A GraphQL call as the signed-in user (the page's own session cookie). */
async function api<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  expect(body.errors ?? []).toEqual([]);
  return body.data!;
}

describe('referrals', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it(
    'a prison resettlement worker sends a Duty to Refer with consent and a morning appointment; the council accepts it live',
    { timeout: 180_000 },
    async () => {
      // Grace registers someone in custody, due out in six weeks, with their story, and starts their release plan.
      const grace = await newPage(browser);
      await signIn(grace.page, 'resettlement@casehuddle.test');
      await grace.page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
      const created = await api<{ createPerson: { id: string; displayName: string } }>(
        grace.page,
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id displayName } }`,
        {
          input: {
            legalName: 'Kerensa Whitlock',
            dateOfBirth: '1986-09-14',
            councilArea: 'Northvale',
            situation: {
              kind: 'CUSTODY',
              establishment: 'HMP Northvale',
              releaseDate: addDays(ukToday(), 42),
              accommodationStatus: 'NO_FIXED_ABODE',
            },
          },
        },
      );
      const personId = created.createPerson.id;
      const name = created.createPerson.displayName;
      const story = await api<{ person: { story: { version: number } | null } }>(
        grace.page,
        `query ($id: ID!) { person(id: $id) { story { version } } }`,
        { id: personId },
      );
      await api(grace.page, `mutation ($input: UpdatePersonStoryInput!) { updatePersonStory(input: $input) { id } }`, {
        input: { personId, expectedVersion: story.person.story?.version ?? 0, personAgreed: true, text: STORY },
      });

      await api(grace.page, `mutation ($input: UpdateReleasePlanItemInput!) { updateReleasePlanItem(input: $input) { personId } }`, {
        input: { personId, item: 'ACCOMMODATION', expectedVersion: 0, status: 'IN_PROGRESS' },
      });

      // Chris, at the council, has the inbox open; nothing about this person is shared with him yet.
      const chris = await newPage(browser);
      await signIn(chris.page, 'housing@casehuddle.test');
      await chris.page
        .getByRole('navigation', { name: 'Primary navigation' })
        .getByRole('link', { name: /^Referrals/ })
        .click();
      await chris.page.getByRole('heading', { level: 1, name: 'Referrals' }).waitFor();
      const inbox = chris.page.locator('main');
      // The demo data may already hold new referrals for the council: count from what is there.
      const newTab = inbox.getByRole('navigation', { name: 'Referral lists' }).getByRole('link', { name: /^New \(\d+\)$/ });
      await newTab.waitFor();
      const before = Number(/\((\d+)\)/.exec((await newTab.textContent()) ?? '')?.[1]);
      await expectNoAxeViolations(chris.page);

      // Grace opens the record and chooses Refer.
      await grace.page.goto(`/people/${personId}`);
      await grace.page.getByRole('navigation', { name: 'Pages about this person' }).getByRole('link', { name: 'Refer' }).click();
      await grace.page.getByRole('heading', { level: 1, name: new RegExp(`${name}\\s*Make a referral`) }).waitFor();
      const form = grace.page.getByRole('form', { name: `Refer ${name}` });

      // Without consent the form refuses to send.
      await form.getByRole('button', { name: 'Send referral' }).click();
      const problems = grace.page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await problems.getByRole('link', { name: 'You can only send a referral when the person has agreed to it' }).waitFor();
      await expectNoAxeViolations(grace.page);

      await form.getByLabel('Which organisation are you referring to?').selectOption({ label: HOUSING });
      await form.getByLabel('Duty to Refer (housing options)').check();
      const parts = form.getByRole('group', { name: 'Which parts of the record will you share?' });
      for (const part of ['My story', 'Needs', 'Offending and custody', 'Preferences and contact']) {
        await parts.getByLabel(part, { exact: true }).check();
      }
      await fillDate(form.getByRole('group', { name: 'Date the sharing ends' }), addDays(ukToday(), 180));
      await form.getByLabel('Lawful basis (UK GDPR Article 6)').selectOption({ label: 'Public task (UK GDPR Art. 6(1)(e))' });
      await form
        .getByLabel('Special category condition (UK GDPR Article 9)')
        .selectOption({ label: 'Explicit consent (UK GDPR Art. 9(2)(a))' });
      await form
        .getByLabel('Criminal offence data condition (UK GDPR Article 10)')
        .selectOption({ label: 'Under the control of official authority (UK GDPR Art. 10)' });
      await form
        .getByLabel('Common-law duty of confidentiality')
        .selectOption({ label: 'The person’s agreement (Common law duty of confidentiality)' });
      await form.getByLabel(/has agreed to this referral/).check();
      await form.getByRole('group', { name: 'How did they give consent?' }).getByLabel('Spoken').check();
      await fillDate(form.getByRole('group', { name: 'Date consent was given' }), ukToday());
      await form.getByLabel(/in their own words/).fill('Tell the council I am getting out so I do not end up on the street.');
      await form
        .getByLabel('Message to the receiving organisation')
        .fill('Due out in six weeks with nowhere to go. Please assess before release.');
      await form.getByRole('group', { name: 'Do you want to propose a first appointment together?' }).getByLabel('Yes').check();
      const appointmentDay = weekdayAhead(14);
      await fillDate(form.getByRole('group', { name: 'Date of the appointment' }), appointmentDay);
      await form.getByRole('group', { name: 'When is it?' }).getByLabel('Morning', { exact: true }).check();
      await form.getByLabel('Place (optional)').fill('Civic Centre, 1 Market Street');
      await form.getByRole('button', { name: 'Send referral' }).click();

      // The referral's page: sent, with the consent recorded.
      await grace.page.getByText(`Referral sent to ${HOUSING}.`).waitFor();
      await grace.page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
      const graceConsent = grace.page.getByRole('region', { name: 'Consent' });
      expect(await graceConsent.textContent()).toContain('Spoken');
      await expectNoAxeViolations(grace.page);

      // It appears in Chris's inbox without him reloading, and the count in the navigation goes up.
      const row = inbox.getByRole('row').filter({ hasText: name });
      await row.waitFor();
      expect(await row.textContent()).toContain('HMP Northvale');
      await chris.page
        .getByRole('navigation', { name: 'Primary navigation' })
        .getByRole('link', { name: `Referrals ${before + 1} new`, exact: true })
        .waitFor();
      await newTab.filter({ hasText: `New (${before + 1})` }).waitFor();
      await expectNoAxeViolations(chris.page);

      // He opens it, and reads the story through the referral without asking for access.
      await row.getByRole('link').click();
      await chris.page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
      const consent = chris.page.getByRole('region', { name: 'Consent' });
      expect(await consent.textContent()).toContain('so I do not end up on the street');
      await expectNoAxeViolations(chris.page);
      const referralUrl = chris.page.url();
      await chris.page.getByRole('link', { name: `Open ${name}’s record` }).click();
      await chris.page.getByText(STORY).waitFor();
      await expectNoAxeViolations(chris.page);

      // He accepts: the proposed morning appointment is booked for both organisations.
      await chris.page.goto(referralUrl);
      await chris.page.getByRole('button', { name: 'Accept this referral' }).click();
      const accept = chris.page.getByRole('form', { name: 'Accept the referral' });
      expect(await accept.textContent()).toContain('will be booked for both organisations');
      await expectNoAxeViolations(chris.page);
      await accept.getByRole('button', { name: 'Accept referral' }).click();
      await chris.page.getByText('Referral accepted. The first joint appointment is booked.').waitFor();
      const chrisTimeline = chris.page.getByRole('region', { name: 'Timeline' });
      await chrisTimeline.getByText('First joint appointment booked').waitFor();
      await chris.page.getByRole('region', { name: 'First joint appointment' }).getByText('Booked', { exact: true }).waitFor();
      await expectNoAxeViolations(chris.page);

      // Grace's page follows live: accepted, with the appointment booked in its timeline.
      const graceTimeline = grace.page.getByRole('region', { name: 'Timeline' });
      await graceTimeline.getByText('First joint appointment booked').waitFor();
      await grace.page.getByRole('region', { name: 'About this referral' }).getByText('Accepted', { exact: true }).waitFor();

      // The appointment is in the person's appointments as both of them see them.
      for (const viewer of [grace.page, chris.page]) {
        await viewer.goto(`/people/${personId}/release`);
        const appointments = viewer.getByRole('region', { name: 'Appointments' });
        await appointments.getByText(/First joint appointment: Northvale Council Housing Options with HMP Northvale/).waitFor();
        expect(await appointments.textContent()).toContain('Civic Centre, 1 Market Street');
      }
      await expectNoAxeViolations(chris.page);

      // Grace's release plan: the Duty to Refer item is done, and links to the referral.
      const checklist = grace.page.getByRole('region', { name: 'Checklist' });
      const dutyToRefer = checklist.getByRole('listitem').filter({ has: grace.page.getByRole('heading', { name: 'Duty to Refer made' }) });
      await dutyToRefer.getByText('Done', { exact: true }).waitFor();
      await dutyToRefer.getByRole('link', { name: 'View the Duty to Refer referral' }).click();
      await grace.page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
      await expectNoAxeViolations(grace.page);

      await grace.context.close();
      await chris.context.close();
    },
  );
});
