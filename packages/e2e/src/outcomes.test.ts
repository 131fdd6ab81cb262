import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

// From the demo data (packages/server/src/seed): Priya Shah manages at the probation service, a
// member of both huddles. The Northvale MEAM huddle has twelve people on its caseload with NDTA
// scores and service use, and weeks of meetings whose actions were done, missed or blocked.
describe('caseload outcomes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a manager opens the outcomes page and reads each chart and its table', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await signIn(page, 'manager@casehuddle.test');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    await nav.waitFor();
    // The charting code is not loaded for signing in, nor for the first page after it.
    expect(scripts.filter((url) => /ReportChart/.test(url))).toEqual([]);

    await nav.getByRole('link', { name: 'Outcomes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Caseload outcomes' }).waitFor();
    await page.getByLabel('Huddle', { exact: true }).selectOption({ label: 'Northvale MEAM huddle' });

    for (const [region, table] of [
      ['NDTA change from entry', 'NDTA change from entry, as a table'],
      ['Service use before and after joining', /^Service use per person per quarter/],
      ['Actions completed and overdue by month', 'Actions completed and overdue by month, as a table'],
      ['Timeliness by organisation', 'Timeliness by organisation, as a table'],
      ['Barriers by theme', 'Barriers by theme, as a table'],
    ] as const) {
      const section = page.getByRole('region', { name: region });
      await section.getByRole('table', { name: table }).waitFor();
      // The chart is drawn (an SVG inside the described figure) beside its table.
      await section
        .getByRole('img', { name: /^Bar chart of / })
        .locator('svg.recharts-surface')
        .first()
        .waitFor();
    }
    expect(scripts.some((url) => /ReportChart/.test(url))).toBe(true);

    const ndta = page.getByRole('table', { name: 'NDTA change from entry, as a table' });
    expect(await ndta.getByRole('row', { name: /People assessed/ }).textContent()).toMatch(/People assessed\s*12/);
    const months = page.getByRole('table', { name: 'Actions completed and overdue by month, as a table' });
    expect(await months.getByRole('row').count()).toBe(13);
    const barriers = page.getByRole('table', { name: 'Barriers by theme, as a table' });
    // Barriers from the demo meetings, each under a theme with the reasons given.
    expect(await barriers.getByRole('row').count()).toBeGreaterThan(1);
    expect(await barriers.getByRole('row').nth(1).textContent()).toMatch(/\d/);
    await page
      .getByRole('table', { name: 'Timeliness by owner' })
      .getByRole('row', { name: /Jordan Lee/ })
      .waitFor();
    await page
      .getByText(/South West London/)
      .first()
      .waitFor();

    // The CSV is made in the browser: read what is handed to the download link.
    await page.evaluate(() => {
      const files: string[] = [];
      Object.assign(window, { csvFiles: files });
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) void blob.text().then((text) => files.push(text));
        return original(blob);
      };
    });
    await page.getByRole('button', { name: /Download CSV\s*:\s*Barriers by theme/ }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { csvFiles: string[] }).csvFiles.length)).toBe(1);
    const csv = await page.evaluate(() => (window as unknown as { csvFiles: string[] }).csvFiles[0]!);
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Theme,Barriers,Reasons given');

    await expectNoAxeViolations(page);
    await context.close();
  });
});
