import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows a clear error for a wrong password, and the sign-in page passes axe', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    // The signed-in app loads on demand and then finds nobody signed in.
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/sign-in');
    await expectNoAxeViolations(page);
    await signIn(page, 'probation@casehuddle.test', 'not-the-right-password');
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('The email address or password is not right.');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('signs a practitioner in to the shell, with their own navigation, and signs out', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'probation@casehuddle.test');
    const nav = page.getByRole('navigation', { name: /primary|main/i });
    await nav.waitFor();
    const links = await nav.getByRole('link').allTextContents();
    expect(links.map((l) => l.trim())).toEqual(['My work', 'People', 'Huddles', 'Referrals', 'Releases']);
    expect(await page.getByText('Jordan Lee').first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expectNoAxeViolations(page);

    // The session cookie is httpOnly: no script on the page can read it.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'casehuddle_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    await page.reload();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('sends someone already signed in who opens the sign-in page on to their home page, once', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'probation@casehuddle.test');
    await page.getByRole('navigation', { name: /primary|main/i }).waitFor();
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/graphql')) asked.push((r.postDataJSON() as { operationName?: string } | null)?.operationName ?? '');
    });
    const visited: string[] = [];
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) visited.push(new URL(f.url()).pathname);
    });
    await page.goto('/sign-in');
    await page.getByRole('navigation', { name: /primary|main/i }).waitFor();
    // Give a loop the time to show itself: the page must stay where it landed.
    await page.waitForTimeout(1500);
    expect(new URL(page.url()).pathname).toBe('/');
    // Once there it stays (a page may report the same address twice in a row).
    expect(visited.filter((path, i) => path !== visited[i - 1])).toEqual(['/sign-in', '/']);
    expect(asked.filter((name) => name === 'Me').length).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('lets an administrator add an organisation and a user from the admin screen', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@casehuddle.test');
    const nav = page.getByRole('navigation', { name: /primary|main/i });
    await nav.waitFor();
    expect((await nav.getByRole('link').allTextContents()).map((l) => l.trim())).toEqual(['Admin', 'Governance', 'Sharing agreements']);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin');
    await page.getByRole('table').first().getByText('HMP Northvale', { exact: true }).first().waitFor();
    await expectNoAxeViolations(page);

    const form = page.getByRole('form', { name: 'Add an organisation' });
    await form.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByRole('alert').first().waitFor();
    await expectNoAxeViolations(page);
    await form.getByLabel('Name').fill('Eastbrook Women’s Centre');
    await form.getByLabel('Kind of organisation').selectOption({ label: 'Charity' });
    await form.getByLabel('Council area').fill('Eastbrook');
    await form.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByText('Eastbrook Women’s Centre has been added.').waitFor();
    await page.getByRole('table').first().getByText('Eastbrook Women’s Centre', { exact: true }).first().waitFor();

    const userForm = page.getByRole('form', { name: 'Add a user' });
    await userForm.getByLabel('Full name').fill('Robin Hale');
    await userForm.getByLabel('Email address').fill('robin.hale@casehuddle.test');
    await userForm.getByLabel('Organisation').selectOption({ label: 'Eastbrook Women’s Centre' });
    await userForm.getByLabel('Role').selectOption({ label: 'Practitioner' });
    await userForm.getByLabel('Temporary password').fill('a-temporary-password');
    await userForm.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('table').nth(1).getByText('robin.hale@casehuddle.test').waitFor();
    await context.close();

    // The new user can sign in straight away.
    const second = await newPage(browser);
    await signIn(second.page, 'robin.hale@casehuddle.test', 'a-temporary-password');
    await second.page.getByRole('navigation', { name: /primary|main/i }).waitFor();
    expect(await second.page.getByText('Robin Hale').first().isVisible()).toBe(true);
    await second.context.close();
  });
});
