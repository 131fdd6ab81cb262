import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

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

const TITLE = 'Northvale housing and probation release ISA';
const HOUSING = 'Northvale Council Housing Options';
const PROBATION = 'Northvale Probation Delivery Unit';

/** A party's manager opens the agreement from the list and signs it for their organisation. */
async function signAs(page: Page, email: string, organisation: string, role: string): Promise<void> {
  await signIn(page, email);
  await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Sharing agreements' }).click();
  await page.getByRole('heading', { level: 1, name: 'Information sharing agreements' }).waitFor();
  await page.getByText(`${organisation} has not signed the current version`).waitFor();
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  const form = page.getByRole('form', { name: `Sign version 1 for ${organisation}` });
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Sign agreement' }).click();
  await form.getByText('Enter your role').first().waitFor(); // checked before it is sent
  await form.getByLabel('Your role', { exact: true }).fill(role);
  await form.getByRole('button', { name: 'Sign agreement' }).click();
  await page.getByText(`You signed version 1 for ${organisation}.`).waitFor();
  const row = page.getByRole('table', { name: /Parties and their signatures/ }).getByRole('row', { name: new RegExp(organisation) });
  await row.getByText(role).waitFor();
  expect(await row.getByText(/^Signed \d{1,2} [A-Z][a-z]{2} \d{4}$/).count()).toBe(1);
}

describe('information sharing agreements', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('an administrator records an agreement and each partner’s manager signs it', async () => {
    // Alex Morgan, the administrator, is told on the admin page that the demo agreement is due for review.
    const admin = await newPage(browser);
    await signIn(admin.page, 'admin@casehuddle.test');
    await admin.page.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();
    await admin.page.getByText('An information sharing agreement is due for review').waitFor();

    await admin.page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Sharing agreements' }).click();
    await admin.page.getByRole('link', { name: 'Record an agreement' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Record an information sharing agreement' }).waitFor();
    const form = admin.page.locator('form');
    await form.getByLabel('Title', { exact: true }).fill(TITLE);
    await form.getByLabel('Purposes', { exact: true }).fill('Planning housing and probation support before and after release from prison.');
    const parties = form.getByRole('group', { name: /Parties/ });
    await parties.getByLabel(HOUSING, { exact: true }).check();
    await parties.getByLabel(PROBATION, { exact: true }).check();
    const sections = form.getByRole('group', { name: /Parts of the record it covers/ });
    await sections.getByLabel('Health and substance use', { exact: true }).check();
    await sections.getByLabel('Offending and custody', { exact: true }).check();
    // The lawful bases are the server's list; health needs an Article 9 condition, offending an Article 10 one.
    await form.getByLabel('Public task (UK GDPR Art. 6(1)(e))', { exact: true }).check();
    await form.getByLabel('The person’s agreement (Common law duty of confidentiality)', { exact: true }).check();
    await form.getByRole('button', { name: 'Record agreement' }).click();
    const summary = admin.page.getByRole('alert');
    await summary.getByText(/Select an Article 9 condition/).waitFor();
    await summary.getByText(/Select an Article 10 condition/).waitFor();
    await summary.getByText('Enter the review date').waitFor();
    await expectNoAxeViolations(admin.page);

    await form.getByLabel('Health or social care (UK GDPR Art. 9(2)(h))', { exact: true }).check();
    await form.getByLabel('Authorised by law: a Schedule 1 condition (UK GDPR Art. 10 with DPA 2018 s.10(5))', { exact: true }).check();
    await form.getByLabel('Health or social care purposes (DPA 2018 Sch. 1 para. 2)', { exact: true }).check();
    await form.getByLabel('Preventing or detecting unlawful acts (DPA 2018 Sch. 1 para. 10)', { exact: true }).check();
    await form.getByLabel('Retention', { exact: true }).fill('Six years after the person’s last contact, then reviewed for erasure.');
    const review = daysAhead(365);
    const reviewOn = form.getByRole('group', { name: /Review date/ });
    await reviewOn.getByLabel('Day', { exact: true }).fill(review.day);
    await reviewOn.getByLabel('Month', { exact: true }).fill(review.month);
    await reviewOn.getByLabel('Year', { exact: true }).fill(review.year);
    await form.getByRole('button', { name: 'Record agreement' }).click();

    await admin.page.getByText('Agreement recorded. Each party can now sign it.').waitFor();
    await admin.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const signatures = admin.page.getByRole('table', { name: /Parties and their signatures/ });
    expect(await signatures.getByText('Not signed').count()).toBe(2);
    await expectNoAxeViolations(admin.page);

    // Each party's manager signs for their own organisation, in their own browser.
    const housing = await newPage(browser);
    await signAs(housing.page, 'housing.manager@casehuddle.test', HOUSING, 'Head of Housing Options');
    const probation = await newPage(browser);
    await signAs(probation.page, 'manager@casehuddle.test', PROBATION, 'Senior Probation Officer');

    // The administrator sees it signed by both.
    await admin.page.getByRole('link', { name: 'Back to agreements' }).click();
    const listed = admin.page.getByRole('row', { name: new RegExp(TITLE) });
    await listed.getByText('Signed by all').waitFor();
    await expectNoAxeViolations(admin.page);
  });
});
