import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

/** A date a few days ahead, as the boxes of a GOV.UK date input want it. */
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

/** The "not possible" count from the Blocked figure's hint, such as "2 not possible, 1 not undertaken". */
function notPossible(text: string | null): number {
  const match = /(\d+) not possible/.exec(text ?? '');
  if (!match) throw new Error(`No "not possible" count in ${text}`);
  return Number(match[1]);
}

describe('actions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a practitioner’s barrier reaches the manager’s review live, and both pages pass axe', async () => {
    const title = 'Find a hostel bed for release day';
    const reason = 'No hostel beds in Northvale until next month';

    // Jordan Lee, a probation officer, agrees an action for himself on My work.
    const jordan = await newPage(browser);
    await signIn(jordan.page, 'probation@casehuddle.test');
    await jordan.page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await jordan.page.getByRole('region', { name: /^Overdue/ }).waitFor();
    await expectNoAxeViolations(jordan.page);

    await jordan.page.getByRole('button', { name: 'New action' }).click();
    const form = jordan.page.getByRole('form', { name: 'New action' });
    await form.getByLabel('What needs doing').fill(title);
    expect(await form.getByLabel('Who will do it').inputValue()).not.toBe('');
    const due = daysAhead(3);
    await form.getByLabel('Day', { exact: true }).fill(due.day);
    await form.getByLabel('Month', { exact: true }).fill(due.month);
    await form.getByLabel('Year', { exact: true }).fill(due.year);
    await form.getByLabel('Morning', { exact: true }).check();
    await form.getByRole('button', { name: 'Add action' }).click();
    await jordan.page.getByText(`Action added: ${title}.`).waitFor();
    const row = jordan.page.getByRole('table', { name: 'Due this week' }).getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    // My work with an action on it, its quick status change included.
    await expectNoAxeViolations(jordan.page);

    // Priya Shah, his manager, opens manager review in her own browser.
    const priya = await newPage(browser);
    await signIn(priya.page, 'manager@casehuddle.test');
    await priya.page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Actions' }).click();
    await priya.page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    const barriers = priya.page.getByRole('region', { name: 'Barriers' });
    await barriers.waitFor();
    // The demo data may hold barriers already, but not this one.
    expect(await barriers.getByText(title).count()).toBe(0);
    const blocked = priya.page.getByRole('region', { name: 'Summary' }).getByRole('button', { name: /^Blocked/ });
    const notPossibleBefore = notPossible(await blocked.locator('.app-figure__hint').textContent());
    await priya.page.getByRole('table', { name: /All actions/ }).waitFor();
    await expectNoAxeViolations(priya.page);

    // Jordan finds he cannot do it: there is no hostel bed to be had.
    await row.getByLabel(/New status/).selectOption({ label: 'Not possible (barrier)' });
    await row.getByRole('button', { name: /Save/ }).click();
    await row.getByText(/Say what stopped it/).waitFor();
    await row.getByLabel(/What stopped it\?/).fill(reason);
    await row.getByRole('button', { name: /Save/ }).click();
    await jordan.page.getByText(`“${title}” is now not possible (barrier).`).waitFor();
    // It is no longer open, so it leaves My work.
    await row.waitFor({ state: 'detached' });

    // Priya's page shows the barrier without a reload, and says the figures changed.
    const barrier = barriers.getByRole('listitem').filter({ hasText: title });
    await barrier.waitFor({ timeout: 15_000 });
    expect(await barrier.textContent()).toContain(reason);
    expect(await barrier.textContent()).toContain('Northvale Probation Delivery Unit');
    await priya.page.getByText(/^Figures updated at \d\d:\d\d\.$/).waitFor();
    await expect.poll(async () => notPossible(await blocked.locator('.app-figure__hint').textContent())).toBe(notPossibleBefore + 1);

    // Drilling into the blocked figure lists the action; its page shows the history.
    await blocked.click();
    await expect.poll(() => new URL(priya.page.url()).searchParams.get('show')).toBe('blocked');
    await priya.page
      .getByRole('table', { name: /Blocked actions/ })
      .getByRole('link', { name: title })
      .click();
    await priya.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const history = priya.page.getByRole('region', { name: 'History' });
    await history.getByText('Not possible (barrier)').first().waitFor();
    expect(await history.textContent()).toContain('Jordan Lee');
    await expectNoAxeViolations(priya.page);

    await jordan.context.close();
    await priya.context.close();
  });
});
