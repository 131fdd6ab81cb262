import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

// From the demo data (packages/server/src/seed): Helen Price (housing.manager@) manages at
// Northvale Council Housing Options, which has sent a mental health referral to the community
// mental health team. Chris Evans (housing@) is a housing officer there, not a manager.

/** Keeps the text of each file handed to a download link, to read back. */
async function keepDownloads(page: Page) {
  await page.evaluate(() => {
    const files: string[] = [];
    Object.assign(window, { csvFiles: files });
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) void blob.text().then((text) => files.push(text));
      return original(blob);
    };
  });
}
const downloads = (page: Page) => page.evaluate(() => (window as unknown as { csvFiles: string[] }).csvFiles);

describe('referral figures', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a manager opens the referral figures from the inbox, reads the table and downloads the CSV', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'housing.manager@casehuddle.test');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    await nav.getByRole('link', { name: /^Referrals/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Referrals' }).waitFor();
    await page.getByRole('link', { name: 'Referral figures' }).click();

    await page.getByRole('heading', { level: 1, name: 'Referral figures' }).waitFor();
    const table = page.getByRole('table', { name: 'Referrals by kind and receiving organisation' });
    const row = table.getByRole('row', { name: /Mental health/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Northvale NHS Community Mental Health Team');
    await expectNoAxeViolations(page);

    await keepDownloads(page);
    await page.getByRole('button', { name: 'Download CSV' }).click();
    await expect.poll(async () => (await downloads(page)).length).toBe(1);
    const csv = (await downloads(page))[0]!.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(csv[0]).toBe('Kind,Receiving organisation,Sent,Accepted,Declined,Overdue now,Median days to acknowledge,Median days to accept');
    expect(csv.some((line) => line.startsWith('Mental health,Northvale NHS Community Mental Health Team,'))).toBe(true);

    // A period with nothing sent in it says so.
    const from = page.getByRole('group', { name: /^From/ });
    await from.getByLabel('Day', { exact: true }).fill('1');
    await from.getByLabel('Month', { exact: true }).fill('1');
    await from.getByLabel('Year', { exact: true }).fill('2020');
    const to = page.getByRole('group', { name: /^To/ });
    await to.getByLabel('Day', { exact: true }).fill('31');
    await to.getByLabel('Month', { exact: true }).fill('1');
    await to.getByLabel('Year', { exact: true }).fill('2020');
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.getByRole('heading', { level: 2, name: 'Referrals sent from 1 Jan 2020 to 31 Jan 2020' }).waitFor();
    await page.getByText('Your organisation sent no referrals in this period.').waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('a practitioner has no link to the figures', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'housing@casehuddle.test');
    await page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
    await page.goto('/referrals');
    await page.getByRole('heading', { level: 1, name: 'Referrals' }).waitFor();
    expect(await page.getByRole('link', { name: 'Referral figures' }).count()).toBe(0);
    await page.goto('/referrals/figures');
    await page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' }).waitFor();
    await context.close();
  });
});
