import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

/** A date some days ahead, as the boxes of a GOV.UK date input want it. */
function daysAhead(days: number): { day: string; month: string; year: string } {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(new Date(Date.now() + days * 86_400_000))
    .split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

describe('"already known?" and access requests', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a peer mentor registers someone already known; the holder shares two sections; the mentor then opens the record', async () => {
    // Tom Riley, Northvale Peer Mentors, has no access to Aaron Ashworth (born 23 May 1981), and registers "Aron Ashworth".
    const tom = await newPage(browser);
    await signIn(tom.page, 'peer@casehuddle.test');
    await tom.page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
    await tom.page.goto(`${baseUrl()}/people/new`);
    await tom.page.getByRole('heading', { level: 1, name: 'Add a person' }).waitFor();
    await tom.page.getByLabel('Legal name').fill('Aron Ashworth');
    const dob = tom.page.getByRole('group', { name: /Date of birth/ });
    await dob.getByLabel('Day').fill('23');
    await dob.getByLabel('Month').fill('5');
    await dob.getByLabel('Year').fill('1981');
    await tom.page.getByLabel('Council area').fill('Northvale');
    await tom.page.getByRole('button', { name: 'Add person' }).click();
    await tom.page.getByText('A record may already exist; its holder has been asked to get in touch.').waitFor();
    const told = (await tom.page.locator('main').textContent()) ?? '';
    for (const secret of ['Aaron', 'Az', 'Probation', 'Similar name']) expect(told).not.toContain(secret);
    await expectNoAxeViolations(tom.page);

    // Jordan Lee, probation (the organisation holding Aaron's record), sees the request on My work and answers it.
    const jordan = await newPage(browser);
    await signIn(jordan.page, 'probation@casehuddle.test');
    await jordan.page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await jordan.page.getByRole('link', { name: 'Access requests' }).click();
    await jordan.page.getByRole('heading', { level: 1, name: 'Access requests' }).waitFor();
    const form = jordan.page.getByRole('form', { name: 'Answer the request from Northvale Peer Mentors' });
    const card = jordan.page.locator('section.govuk-summary-card', { has: form });
    await card.getByText(/similar name and date of birth/).waitFor();
    const aaronHref = await card.getByRole('link', { name: 'Az' }).getAttribute('href');
    expect(aaronHref).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(jordan.page);

    await form.getByLabel('Yes, the person has agreed').check();
    const parts = form.getByRole('group', { name: 'Parts of the record to share' });
    for (const section of ['My story', 'Health and substance use', 'Risks and safety', 'Offending and custody']) {
      await parts.getByLabel(section, { exact: true }).uncheck();
    }
    await parts.getByLabel('Needs', { exact: true }).check();
    await parts.getByLabel('Preferences and contact', { exact: true }).check();
    await form.getByLabel('The person has agreed to these parts being shared with this organisation').check();
    await form.getByLabel('Lawful basis (UK GDPR Article 6)').selectOption({ index: 1 });
    await form.getByLabel('Special category condition (UK GDPR Article 9)').selectOption({ index: 1 });
    await form.getByLabel('Common-law duty of confidentiality').selectOption({ index: 1 });
    const expiry = form.getByRole('group', { name: 'Date the sharing ends' });
    const end = daysAhead(180);
    await expiry.getByLabel('Day').fill(end.day);
    await expiry.getByLabel('Month').fill(end.month);
    await expiry.getByLabel('Year').fill(end.year);
    await form.getByRole('button', { name: 'Send answer' }).click();
    await jordan.page.getByText('No requests are waiting.').waitFor();

    // Tom now opens Aaron's record: needs and contact preferences, and nothing more.
    await tom.page.goto(`${baseUrl()}${aaronHref}`);
    await tom.page.getByRole('heading', { level: 1, name: 'Az' }).waitFor();
    await tom.page.getByRole('table', { name: 'Needs by resettlement pathway' }).waitFor();
    await tom.page
      .getByRole('button', { name: /Ask for access/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(tom.page);
  });
});
