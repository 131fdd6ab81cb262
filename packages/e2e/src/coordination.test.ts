import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

// From the demo data (packages/server/src/seed): Aaron ("Aar"), held by probation, is due out of
// custody 3 days from today with no fixed abode, and is on the Northvale MEAM huddle's caseload,
// whose planned meeting lists him. Jordan Lee (probation@) holds his record and sits on the huddle.

/** Today in the UK, and the boxes of a GOV.UK date input for a day. */
const ukToday = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const addDays = (day: string, days: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const boxes = (day: string) => {
  const [year, month, date] = day.split('-');
  return { day: String(Number(date)), month: String(Number(month)), year: year! };
};
const nextWeekday = (wanted: number) => {
  let day = addDays(ukToday(), 1);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== wanted) day = addDays(day, 1);
  return day;
};

async function fillDate(form: Locator, day: string) {
  const b = boxes(day);
  await form.getByLabel('Day', { exact: true }).fill(b.day);
  await form.getByLabel('Month', { exact: true }).fill(b.month);
  await form.getByLabel('Year', { exact: true }).fill(b.year);
}

/** A GraphQL call as the signed-in user (the page's own session cookie). */
async function api<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  expect(body.errors ?? []).toEqual([]);
  return body.data!;
}

describe('what a coordinator and a manager need on the page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it(
    'Aaron’s agenda item and record header show his red flags; the record lists open actions and huddles',
    { timeout: 120_000 },
    async () => {
      const { context, page } = await newPage(browser);
      await signIn(page, 'probation@casehuddle.test');
      await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Huddles' }).click();
      await page.getByRole('link', { name: 'Northvale MEAM huddle', exact: true }).click();
      await page
        .getByRole('link', { name: /open the meeting room/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /^Meeting on / }).waitFor();

      // The agenda counts red flags on Aaron's item; the item shows them as warnings.
      const agenda = page.getByRole('navigation', { name: 'Agenda' });
      const item = agenda.getByRole('link', { name: /Release due .*red flags?\)/ }).first();
      await item.waitFor();
      await item.click();
      const flags = page.locator('#agenda-item').getByRole('region', { name: /^Red flags for / });
      await flags.waitFor();
      const itemFlags = await flags.innerText();
      expect(itemFlags).toMatch(/Release in 3 days \(\w+day \d{1,2} \w{3} \d{4}\) with no fixed abode\./);
      expect(await flags.locator('.govuk-warning-text').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page);

      // His record: the same flags in the header.
      await page
        .locator('#agenda-item')
        .getByRole('link', { name: /^Open .*’s record/ })
        .click();
      const header = page.getByRole('region', { name: /^Red flags for / });
      await header.waitFor();
      expect(await header.innerText()).toMatch(/Release in 3 days .* with no fixed abode\./);
      const personId = new URL(page.url()).pathname.split('/')[2]!;

      // An action agreed for him is listed with its owner and due date.
      const me = await api<{ me: { id: string; name: string } }>(page, `{ me { id name } }`, {});
      const due = addDays(ukToday(), 2);
      await api(page, `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
        input: { title: 'Confirm the hostel bed for release day', personId, ownerId: me.me.id, dueDate: due },
      });
      await page.reload();
      const actions = page.getByRole('region', { name: 'Open actions' });
      const action = actions.getByRole('listitem').filter({ hasText: 'Confirm the hostel bed for release day' });
      await action.waitFor();
      const text = await action.innerText();
      expect(text).toContain(me.me.name);
      expect(text).toMatch(/Due\s+\d{1,2} \w{3} \d{4}/);
      const huddles = page.getByRole('region', { name: 'Huddles' });
      await huddles.getByRole('link', { name: 'Northvale MEAM huddle' }).waitFor();
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it('books an appointment for a person in the community, warned (not stopped) on a Saturday', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'probation@casehuddle.test');
    await page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
    const created = await api<{ createPerson: { id: string } }>(
      page,
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: {
          legalName: 'Morgan Community',
          dateOfBirth: '1990-02-03',
          councilArea: 'Northvale',
          situation: { kind: 'COMMUNITY', accommodationStatus: 'TEMPORARY' },
        },
      },
    );
    await page.goto(`/people/${created.createPerson.id}`);
    const nav = page.getByRole('navigation', { name: 'Pages about this person' });
    await nav.getByRole('link', { name: 'Appointments', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Appointments' }).waitFor();
    const form = page.getByRole('form', { name: 'Book an appointment' });

    // A weekday morning first.
    const tuesday = nextWeekday(2);
    await fillDate(form, tuesday);
    await form.getByLabel('Morning', { exact: true }).check();
    await form.getByLabel('What is it for?').fill('Key work session');
    await form.getByLabel('Town (optional)').fill('Northvale');
    await form.getByRole('button', { name: 'Book appointment' }).click();
    await page.getByText(/Appointment booked: Key work session/).waitFor();
    await expectNoAxeViolations(page);

    // A Saturday: warned as the date is typed, and booked all the same.
    await fillDate(form, nextWeekday(6));
    const live = form.locator('#appointment-day-warnings');
    await live.getByText(/Saturday .* is a weekend: check the service is open\. You can still book it\./).waitFor();
    await form.getByLabel('Afternoon', { exact: true }).check();
    await form.getByLabel('What is it for?').fill('Food bank visit');
    await form.getByRole('button', { name: 'Book appointment' }).click();
    await page.getByText(/Appointment booked: Food bank visit/).waitFor();
    await page
      .locator('#booked-day-warnings')
      .getByText(/is a weekend: check the service is open\. It has been booked\./)
      .waitFor();
    await page.getByText('Food bank visit').first().waitFor();
    await expectNoAxeViolations(page);

    // The same clash checks as for anyone: a set time inside the Tuesday morning is booked, with a warning.
    await fillDate(form, tuesday);
    await form.getByLabel('At a set time', { exact: true }).check();
    await form.getByLabel('Start time').fill('10:30');
    await form.getByLabel('What is it for?').fill('Script review');
    await form.getByLabel('Town (optional)').fill('Northvale');
    await form.getByRole('button', { name: 'Book appointment' }).click();
    await page.getByRole('region', { name: 'This appointment clashes with another' }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});
