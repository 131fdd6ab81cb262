import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

// Every role, every page it can reach by following links, as a new user would: each distinct
// page (identifiers folded, so one person record stands for all) is opened, waited on until it
// has finished loading, and checked for console errors, uncaught exceptions, failed requests,
// error responses and accessibility violations. A new page reachable from the navigation is
// covered without a line here.

const USERS = [
  'admin@casehuddle.test',
  'coordinator@casehuddle.test',
  'manager@casehuddle.test',
  'probation@casehuddle.test',
  'mentor@casehuddle.test',
];

/** Pages reached per user, at most (the demo data has fewer distinct kinds than this). */
const MAX_PAGES = 30;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Links that end the session or leave the page as a file. */
const SKIP = [/^\/sign-out/, /\.(csv|json|html)$/, /^\/graphql/];

const patternOf = (path: string) => path.replace(UUID, ':id').replace(/\?.*$/, '');

async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  // Nothing still loading: GOV.UK-style loading messages and busy regions are gone.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 20_000 });
}

async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]:not([download])', (anchors) =>
    anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''),
  );
  return hrefs.filter((href) => href.startsWith('/') && !href.startsWith('//')).map((href) => href.replace(/#.*$/, ''));
}

describe('every page each role can reach', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const email of USERS) {
    it(`${email}: no console error, failed request or accessibility violation on any page`, { timeout: 600_000 }, async () => {
      const { context, page } = await newPage(browser);
      const problems: string[] = [];
      let current = '/sign-in';
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${current}: uncaught: ${error.message}`));
      page.on('requestfailed', (request) => {
        // A navigation cancels what the previous page still had in flight; that is not a failure.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        problems.push(`${current}: request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400)
          problems.push(`${current}: ${response.status()} from ${response.request().method()} ${response.url()}`);
      });

      await signIn(page, email);
      await page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();

      const queue = ['/', ...(await linksOn(page))];
      const seen = new Set<string>();
      const visited: string[] = [];
      while (queue.length > 0 && visited.length < MAX_PAGES) {
        const path = queue.shift()!;
        const pattern = patternOf(path);
        if (seen.has(pattern) || SKIP.some((skip) => skip.test(path))) continue;
        seen.add(pattern);
        current = path;
        await page.goto(path);
        await settled(page);
        expect(page.url(), `${path} kept the user signed in`).not.toMatch(/\/sign-in/);
        await expectNoAxeViolations(page);
        visited.push(pattern);
        for (const link of await linksOn(page)) if (!seen.has(patternOf(link))) queue.push(link);
      }

      console.log(`${email} visited ${visited.length} pages: ${visited.join(' ')}`);
      expect(problems).toEqual([]);
      // The walk reached beyond the navigation: records, meetings or their parts.
      expect(visited.length, visited.join(', ')).toBeGreaterThan(email.startsWith('mentor') ? 2 : 8);
      await context.close();
    });
  }
});
