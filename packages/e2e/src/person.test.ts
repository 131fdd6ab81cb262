import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

// From the demo data (packages/server/src/seed/demo-people.ts): Aaron Ashworth ("Az") is held by
// Northvale Probation Delivery Unit, with Jordan Lee (probation) and Chris Evans (housing) among his
// lead professionals. It is not shared with Northvale Peer Mentors (Tom Riley).
const STORY_START = 'I was in care from when I was eleven';
const SEEDED_ACCOMMODATION_NOTES = 'Housing options appointment booked.';
const NEW_ACCOMMODATION_NOTES = 'Offered a room at Foxglove supported housing from Monday.';

async function signedIn(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
}

/** The Accommodation row of the needs table. */
const accommodationRow = (page: Page) =>
  page.getByRole('table', { name: 'Needs by resettlement pathway' }).getByRole('row', { name: /^Accommodation/ });

describe('a person’s record', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('is found by search, edited by one lead professional and updated live for another, and refused to an organisation it is not shared with', async () => {
    // Jordan Lee, probation, finds Aaron.
    const jordan = await newPage(browser);
    await signedIn(jordan.page, 'probation@casehuddle.test');
    await jordan.page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'People' }).click();
    await jordan.page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await jordan.page.getByLabel('Name').fill('Aaron Ashworth');
    await jordan.page.getByRole('button', { name: 'Search' }).click();
    const results = jordan.page.getByRole('table', { name: 'People found' });
    await results.waitFor();
    expect(await results.getByRole('row', { name: /Aaron Ashworth/ }).textContent()).toContain('Known as Az');
    await expectNoAxeViolations(jordan.page);

    await results.getByRole('link', { name: 'Aaron Ashworth' }).click();
    await jordan.page.getByRole('heading', { level: 1, name: 'Az' }).waitFor();
    const recordUrl = jordan.page.url();
    expect(new URL(recordUrl).pathname).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    await jordan.page.getByText(STORY_START).waitFor();
    await expectNoAxeViolations(jordan.page);

    // Chris Evans, housing, has the same record open in another browser.
    const chris = await newPage(browser);
    await signedIn(chris.page, 'housing@casehuddle.test');
    await chris.page.goto(recordUrl);
    await chris.page.getByRole('heading', { level: 1, name: 'Az' }).waitFor();
    const chrisRow = accommodationRow(chris.page);
    await chrisRow.getByText(SEEDED_ACCOMMODATION_NOTES).waitFor();
    const statusBefore = (await chrisRow.locator('.govuk-tag').textContent())?.trim();
    const newStatus = statusBefore === 'In progress' ? 'Support required' : 'In progress';
    // Give the live subscription a moment to be in place before the change is made.
    await chris.page.waitForTimeout(1000);

    // Jordan changes the Accommodation need.
    await accommodationRow(jordan.page).getByRole('button', { name: 'Edit Accommodation' }).click();
    const editor = jordan.page.getByRole('form', { name: 'Edit Accommodation' });
    await editor.getByLabel('Status of Accommodation').selectOption({ label: newStatus });
    await editor.getByLabel('Notes on Accommodation').fill(NEW_ACCOMMODATION_NOTES);
    await editor.getByRole('button', { name: 'Save Accommodation' }).click();
    await jordan.page.getByText(`Accommodation saved: ${newStatus}.`).waitFor();
    expect(await accommodationRow(jordan.page).locator('.govuk-tag').textContent()).toBe(newStatus);

    // Chris sees it without reloading, and is told who changed what.
    await chrisRow.getByText(NEW_ACCOMMODATION_NOTES).waitFor({ timeout: 15_000 });
    expect((await chrisRow.locator('.govuk-tag').textContent())?.trim()).toBe(newStatus);
    await chris.page.getByText('Jordan Lee (Northvale Probation Delivery Unit) updated Accommodation').waitFor();
    expect(await chris.page.locator('[aria-live="polite"]').first().textContent()).toContain('updated Accommodation');
    await expectNoAxeViolations(chris.page);

    // The record must not be shared with Northvale Peer Mentors. If the demo data's huddle referral
    // shared it with them, Jordan withdraws that agreement first, as the person's lead would if
    // they asked to stop sharing with the peer mentors.
    await jordan.page.getByRole('navigation', { name: 'Pages about this person' }).getByRole('link', { name: 'Sharing' }).click();
    const agreements = jordan.page.getByRole('table', { name: 'Agreements to share, newest first' });
    await agreements.waitFor();
    const sharedWithPeers = agreements
      .getByRole('row')
      .filter({ hasText: 'Northvale Peer Mentors' })
      .filter({ has: jordan.page.getByRole('button', { name: /^Withdraw/ }) });
    for (let left = await sharedWithPeers.count(); left > 0; left--) {
      await sharedWithPeers
        .first()
        .getByRole('button', { name: /^Withdraw/ })
        .click();
      const withdraw = jordan.page.getByRole('form', { name: 'Withdraw this agreement' });
      await withdraw.getByLabel('Why is it being withdrawn? (optional)').fill('Aaron asked to stop sharing with the peer mentors.');
      await withdraw.getByRole('button', { name: 'Withdraw agreement' }).click();
      await expect.poll(() => sharedWithPeers.count()).toBe(left - 1);
    }

    // Tom Riley, a peer mentor, is refused and sees nothing of the record.
    const tom = await newPage(browser);
    await signedIn(tom.page, 'peer@casehuddle.test');
    await tom.page.goto(recordUrl);
    await tom.page.getByRole('heading', { level: 1, name: 'You do not have access to this record' }).waitFor();
    const text = (await tom.page.locator('body').textContent()) ?? '';
    expect(text).not.toContain(STORY_START);
    expect(text).not.toContain(NEW_ACCOMMODATION_NOTES);
    expect(text).not.toContain(SEEDED_ACCOMMODATION_NOTES);
    expect(text).not.toContain('Aaron');
    expect(await tom.page.getByRole('button', { name: 'Use break-glass access' }).isVisible()).toBe(true);
    await expectNoAxeViolations(tom.page);

    await Promise.all([jordan.context.close(), chris.context.close(), tom.context.close()]);
  });
});
