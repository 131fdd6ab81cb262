import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

/** A date some days ahead, as the boxes of a GOV.UK date input want it. */
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

async function fillDate(form: Locator, date: { day: string; month: string; year: string }) {
  await form.getByLabel('Day', { exact: true }).fill(date.day);
  await form.getByLabel('Month', { exact: true }).fill(date.month);
  await form.getByLabel('Year', { exact: true }).fill(date.year);
}

describe('releases', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a coordinator finds a red-flagged release, books a clashing appointment and moves it out of the clash', async () => {
    // Ravi Patel, a lead worker at the council's housing options team, opens Releases.
    const { context, page } = await newPage(browser);
    await signIn(page, 'coordinator2@casehuddle.test');
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Releases' }).click();
    await page.getByRole('heading', { level: 1, name: 'Releases' }).waitFor();
    const upcoming = page.getByRole('table', { name: 'Due for release in the next 8 weeks' });
    await upcoming.waitFor();
    await page.getByRole('table', { name: 'Releases by council area and month, as a table' }).waitFor();
    await expectNoAxeViolations(page);

    // Someone due out soon with nowhere to live is flagged in red.
    const flaggedRow = upcoming.getByRole('row').filter({ hasText: 'No accommodation and release is close' }).first();
    await flaggedRow.waitFor();
    const tag = flaggedRow.getByText('No accommodation and release is close');
    expect(await tag.getAttribute('class')).toContain('govuk-tag--red');
    const link = flaggedRow.getByRole('link');
    const name = (await link.textContent())!.replace(/: release plan$/, '');

    // Showing red flags only keeps them.
    await page.getByLabel('Red flags only').check();
    await upcoming.getByRole('link', { name: new RegExp(name) }).waitFor();
    await link.click();

    // Their release plan: the same red flag, explained, and the checklist.
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const flags = page.getByRole('region', { name: 'Red flags' });
    await flags.getByText('No accommodation and release is close').waitFor();
    expect(await flags.textContent()).toContain('nowhere to live has been secured');
    await page.getByRole('region', { name: 'Checklist' }).getByRole('heading', { name: 'Duty to Refer made' }).waitFor();
    const appointments = page.getByRole('region', { name: 'Appointments' });
    await appointments.locator('.app-appointments, .app-empty-state').first().waitFor();
    await expectNoAxeViolations(page);

    // A morning appointment first…
    const date = daysAhead(20);
    const form = page.getByRole('form', { name: 'Book an appointment' });
    await fillDate(form, date);
    await form.getByLabel('Morning', { exact: true }).check();
    await form.getByLabel('What is it for?').fill('Housing options interview');
    await form.getByLabel('Town (optional)').fill('Northvale');
    await form.getByRole('button', { name: 'Book appointment' }).click();
    await page.getByText(/Appointment booked: Housing options interview/).waitFor();

    // …then a set time inside that morning, the same day: it is booked, with a clear warning.
    await fillDate(form, date);
    await form.getByLabel('At a set time', { exact: true }).check();
    await form.getByLabel('Start time').fill('10:30');
    await form.getByLabel('What is it for?').fill('Script review');
    await form.getByLabel('Town (optional)').fill('Northvale');
    await form.getByRole('button', { name: 'Book appointment' }).click();
    const warning = page.getByRole('region', { name: 'This appointment clashes with another' });
    await warning.waitFor();
    const text = await warning.textContent();
    expect(text).toContain('Script review');
    expect(text).toContain('has been booked');
    expect(text).toContain('A set time falls inside the other appointment’s window.');
    expect(text).toContain('With: Housing options interview');
    await expectNoAxeViolations(page);

    // One click moves it to the afternoon, and the clash is gone.
    await warning.getByRole('button', { name: 'Move to the afternoon' }).click();
    await page.getByText(/Moved to the afternoon\. It no longer clashes/).waitFor();
    await expect.poll(() => warning.count()).toBe(0);
    const scriptReview = appointments.getByRole('listitem').filter({ hasText: 'Script review' }).last();
    expect(await scriptReview.textContent()).toContain('Afternoon (12:30pm to 5pm)');
    expect(await scriptReview.textContent()).not.toContain('Clashes with another appointment');
    await context.close();
  });
});
