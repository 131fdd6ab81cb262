import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

// From the demo data: Aaron Ashworth ("Az") is held by Northvale Probation Delivery Unit, where
// Jordan Lee (probation@) works; Jordan has full access to his record.

describe('a privacy notice', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a practitioner with full access opens Aaron’s privacy notice from his record and prints it', async () => {
    const { page } = await newPage(browser);
    await signIn(page, 'probation@casehuddle.test');
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByLabel('Name').fill('Aaron Ashworth');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('table', { name: 'People found' }).getByRole('link', { name: 'Aaron Ashworth' }).click();
    await page.getByRole('heading', { level: 1, name: 'Az' }).waitFor();

    await page.getByRole('link', { name: 'Privacy notice for Az' }).click();
    await page.getByRole('heading', { level: 1, name: 'How we use your information' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/people\/[0-9a-f-]{36}\/privacy-notice$/);
    const notice = page.getByRole('article');
    for (const heading of [
      'Who has your information',
      'Why we use it',
      'What we keep',
      'How long we keep it',
      'Your rights',
      'Who is responsible',
      'If you are not happy',
    ]) {
      await notice.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await notice.getByText('Northvale Probation Delivery Unit keeps your record.').waitFor();
    await notice.getByText(/ico\.org\.uk or 0303 123 1113/).waitFor();
    expect(await notice.textContent()).toMatch(/Made on \d{1,2} [A-Z][a-z]{2} \d{4}\./);
    await expectNoAxeViolations(page);

    // The Print button asks the browser to print (stubbed here, so no dialog opens).
    await page.evaluate(() => {
      const w = window as unknown as { print: () => void; printed: number };
      w.printed = 0;
      w.print = () => {
        w.printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // On paper, only the notice: the button and the way back are left out.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await notice.isVisible()).toBe(true);
  });
});
