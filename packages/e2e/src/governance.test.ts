import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD, expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

/** A signed-in API session, as a second person at another desk would have. */
async function apiSession(email: string) {
  let cookie = '';
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set = response.headers.getSetCookie().find((c) => c.startsWith('casehuddle_session='));
    if (set) cookie = set.split(';')[0]!;
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
  await call(`mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`, {
    email,
    password: DEMO_PASSWORD,
  });
  return call;
}

describe('reviewing break-glass access', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a probation manager reviews a peer mentor’s break-glass access to one of probation’s records', { timeout: 120_000 }, async () => {
    // Probation (Jordan Lee) holds a new record; the peer mentor (Tom Riley) has no access to it.
    const name = `Erin Glass ${Math.random().toString(36).slice(2, 7)}`;
    const probation = await apiSession('probation@casehuddle.test');
    const { createPerson } = await probation<{ createPerson: { id: string } }>(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { legalName: name, councilArea: 'Northvale' } },
    );
    const peer = await apiSession('peer@casehuddle.test');
    await peer(
      `mutation ($id: ID!) { breakGlass(personId: $id, reason: "Collapsed at the drop-in; the ambulance crew asked about medication") { expiresAt } }`,
      {
        id: createPerson.id,
      },
    );
    await peer(`query ($id: ID!) { person(id: $id, purpose: "Emergency at the drop-in") { id displayName } }`, { id: createPerson.id });

    const { context, page } = await newPage(browser);
    await signIn(page, 'manager@casehuddle.test');
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Governance' }).click();
    await page.getByRole('navigation', { name: 'Governance' }).getByRole('link', { name: 'Break-glass reviews' }).click();
    await page.getByRole('heading', { level: 1, name: 'Break-glass reviews' }).waitFor();

    const grant = page.getByTestId('break-glass-grant').filter({ hasText: name });
    await grant.waitFor();
    await expect.poll(() => grant.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Tom Riley \(/);
    expect(await grant.innerText()).toContain('Collapsed at the drop-in; the ambulance crew asked about medication');
    expect(await grant.getByRole('link', { name }).count()).toBe(1);
    // What was read under the grant, from the audit trail.
    expect(await grant.locator('.govuk-summary-list__row', { hasText: 'What was read' }).innerText()).toMatch(
      /\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/,
    );
    await expectNoAxeViolations(page);

    await grant.getByLabel('Appropriate', { exact: true }).check();
    await grant.getByLabel('Note').fill('Genuine emergency; the lead professional was not on shift.');
    await grant.getByRole('button', { name: 'Record review' }).click();
    await page.getByText(`Your review of Tom Riley’s break-glass access to ${name} has been recorded.`).waitFor();
    expect(await page.getByTestId('break-glass-grant').filter({ hasText: name }).count()).toBe(0);

    await page.getByRole('button', { name: 'Reviewed' }).click();
    const reviewed = page.getByTestId('break-glass-grant').filter({ hasText: name });
    await reviewed.waitFor();
    const text = await reviewed.innerText();
    expect(text).toContain('Appropriate');
    expect(text).toContain('by Priya Shah');
    expect(text).toContain('Genuine emergency; the lead professional was not on shift.');
    await expectNoAxeViolations(page);
    await context.close();
  });
});
