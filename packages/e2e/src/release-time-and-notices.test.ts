import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

// From the demo data (packages/server/src/seed): Dionne, held by the recovery service (Dan
// Kowalski, recovery@, is her lead professional), is released on an ordinary Friday at 13:00,
// two hours before her first probation appointment. Aaron Ashworth is held by probation (Jordan
// Lee, probation@); Chris Evans (housing@) is his lead professional. Ravi Patel (coordinator2@)
// works for the council's housing options team and sees the release forecast.

/** A GraphQL call as the signed-in user (the page's own session cookie). */
async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  expect(body.errors ?? []).toEqual([]);
  return body.data!;
}

const ukToday = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const inDays = (days: number) => new Date(Date.parse(`${ukToday()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('release times, asking for access, and notifications that say about whom', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a Friday release at 13:00 is flagged on the record and the plan; a morning time clears the flag', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'recovery@casehuddle.test');
    await page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
    const found = await api<{ people: Array<{ id: string; legalName: string }> }>(
      page,
      `query ($search: PeopleSearchInput!) { people(search: $search) { id legalName } }`,
      { search: { name: 'Dionne' } },
    );
    const dionne = found.people.find((p) => p.legalName.startsWith('Dionne '))!;

    await page.goto(`/people/${dionne.id}`);
    const header = page.getByRole('region', { name: /^Red flags for / });
    await header.waitFor();
    expect(await header.innerText()).toMatch(
      /Release on Friday \d{1,2} \w{3} \d{4} at 13:00: there may be too little time to reach probation and housing before the weekend/,
    );
    await expectNoAxeViolations(page);

    await page.goto(`/people/${dionne.id}/release`);
    const releaseTime = page.locator('dt', { hasText: 'Release time' }).locator('xpath=following-sibling::dd');
    await releaseTime.waitFor();
    expect(await releaseTime.innerText()).toBe('13:00');
    const flags = page.getByRole('region', { name: 'Red flags' });
    await flags.getByText('Released on a Friday').waitFor();
    expect(await flags.innerText()).toContain('too little time to reach probation and housing before the weekend');
    await expectNoAxeViolations(page);

    // A time that is not on the 24-hour clock is refused; a morning release clears the flag.
    await page.getByRole('button', { name: 'Change where they are going or the release time' }).click();
    const time = page.getByLabel('Release time (optional)');
    await time.fill('after lunch');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Enter the release time using the 24-hour clock, like 09:30 or 14:00' })
      .waitFor();
    await expectNoAxeViolations(page);
    await time.fill('09:30');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Where they are going and the release time: saved.').waitFor();
    await expect.poll(() => releaseTime.innerText()).toBe('09:30');
    await expect.poll(() => flags.getByText('Released on a Friday').count()).toBe(0);

    // Back as the demo data has it, for whoever looks next.
    await page.getByRole('button', { name: 'Change where they are going or the release time' }).click();
    await page.getByLabel('Release time (optional)').fill('13:00');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => releaseTime.innerText()).toBe('13:00');
    await context.close();
  });

  it('the forecast’s “you can see” leads to how to ask for access, naming nobody', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator2@casehuddle.test');
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Releases' }).click();
    const table = page.getByRole('table', { name: 'Releases by council area and month, as a table' });
    await table.waitFor();
    // Open each month's people until one has people not shared with the council (the demo data has several).
    const buttons = table.getByRole('button', { name: /: show who$/ });
    const ask = page.getByRole('link', { name: 'How to ask for access to people you cannot see' });
    const count = await buttons.count();
    for (let i = 0; i < count && (await ask.count()) === 0; i++) {
      await buttons.nth(i).click();
      const people = page.getByRole('region', { name: /^Due for release in / });
      await people.locator('.govuk-inset-text, table').first().waitFor();
    }
    const inset = page.locator('.govuk-inset-text', { has: ask });
    expect(await inset.innerText()).toMatch(/You can see (\d+ of \d+; the others are not shared|none of them|\d+\. The total is withheld)/);
    await expectNoAxeViolations(page);
    await ask.click();
    await page.getByRole('heading', { level: 1, name: 'Asking for access to people you cannot see' }).waitFor();
    expect(await page.getByRole('main').innerText()).toContain('does not say who they are, or which organisation holds their record');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to releases' }).click();
    await page.getByRole('heading', { level: 1, name: 'Releases' }).waitFor();
    await context.close();
  });

  it('a notification says what happened and about whom, to someone who may know the person', { timeout: 120_000 }, async () => {
    const chris = await newPage(browser);
    await signIn(chris.page, 'housing@casehuddle.test');
    await chris.page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
    const me = await api<{ me: { id: string } }>(chris.page, `{ me { id } }`);

    const jordan = await newPage(browser);
    await signIn(jordan.page, 'probation@casehuddle.test');
    await jordan.page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
    const found = await api<{ people: Array<{ id: string; legalName: string }> }>(
      jordan.page,
      `query ($search: PeopleSearchInput!) { people(search: $search) { id legalName } }`,
      { search: { name: 'Aaron Ashworth' } },
    );
    const aaron = found.people.find((p) => p.legalName === 'Aaron Ashworth')!;
    await api(jordan.page, `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
      input: { title: 'Hold a hostel bed for release day', personId: aaron.id, ownerId: me.me.id, dueDate: inDays(2) },
    });
    await jordan.context.close();

    await chris.page.goto('/notifications');
    const item = chris.page.getByRole('listitem').filter({ hasText: 'Hold a hostel bed for release day' }).first();
    await item.waitFor();
    expect(await item.innerText()).toContain('New action for Aaron Ashworth');
    const view = item.getByRole('link', { name: /^View the action/ });
    expect(await view.textContent()).toContain('New action for Aaron Ashworth');
    await expectNoAxeViolations(chris.page);
    await chris.context.close();
  });
});
