import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, productionUrl, signIn } from '../support/browser.js';

/**
 * The same journey against a server started with NODE_ENV=production, as deployed, with one
 * exception that plain local HTTP needs: COOKIE_SECURE=false, because a browser keeps a Secure
 * cookie only over HTTPS (see support/global-setup.ts). Everything else (security headers,
 * content security policy, introspection off, error details hidden) is production's.
 */
describe('in production mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('serves the app under production settings: a practitioner signs in, finds a record and signs out', async () => {
    // It really is production: the schema cannot be explored.
    const introspection = await fetch(`${productionUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    const body = (await introspection.json()) as { errors?: Array<{ message: string }> };
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);

    const { context, page } = await newPage(browser, productionUrl());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const response = await page.goto('/sign-in');
    expect(response!.headers()['content-security-policy']).toBeTruthy();
    await signIn(page, 'probation@casehuddle.test');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    await nav.waitFor();
    expect(await page.getByText('Jordan Lee').first().isVisible()).toBe(true);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'casehuddle_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });

    await nav.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByLabel('Name').fill('Aaron Ashworth');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByRole('table', { name: 'People found' });
    await results.getByRole('link', { name: 'Aaron Ashworth' }).click();
    await page.getByRole('heading', { level: 1, name: 'Az' }).waitFor();
    await page.getByText('I was in care from when I was eleven').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    expect(errors).toEqual([]);
    await context.close();
  });
});
