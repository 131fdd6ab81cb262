import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

// From the demo data (packages/server/src/seed/demo-huddles.ts): Ravi Sharma chairs the Northvale
// release planning huddle, whose members include Northvale Probation Delivery Unit (Jordan Lee);
// it has a planned meeting starting within the hour. (The other journey uses the MEAM huddle.)
const FIRST = 'Release on Friday; housing plan agreed.';
const JORDAN_OFFLINE = ' Train ticket booked for the 10:15.';
const RAVI_MEANWHILE = 'Ravi: ';
const OFFLINE = 'Offline — your changes will be sent';
const SAVED = /^Saved at \d\d:\d\d$/;

const RESTRICTED = /details restricted/;
const NOT_ABOUT_A_PERSON = /Review of incomplete actions/;

async function signedIn(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
}

async function agendaItems(page: Page): Promise<Array<{ href: string; text: string }>> {
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await agenda.getByRole('link').first().waitFor();
  return agenda
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', text: link.textContent ?? '' })));
}

/** The shared-text changes this browser is holding until the server acknowledges them. */
const waitingInBrowser = (page: Page) =>
  page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('casehuddle:shared-text:')).length);

describe('notes typed offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('survive a reload, are sent on reconnecting, and merge with what someone else typed meanwhile', { timeout: 180_000 }, async () => {
    // Ravi, the chair, starts the planned meeting.
    const ravi = await newPage(browser);
    await signedIn(ravi.page, 'coordinator2@casehuddle.test');
    await ravi.page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Huddles' }).click();
    await ravi.page.getByRole('link', { name: 'Northvale release planning huddle', exact: true }).click();
    await ravi.page.getByRole('heading', { level: 1, name: 'Northvale release planning huddle' }).waitFor();
    await ravi.page.getByRole('link', { name: /open the meeting room/ }).click();
    await ravi.page.getByRole('heading', { level: 1, name: /^Meeting on / }).waitFor();
    const meetingPath = new URL(ravi.page.url()).pathname;
    await ravi.page.getByRole('button', { name: 'Start meeting' }).click();
    await ravi.page.getByText('Live now').first().waitFor();

    // Jordan, probation, joins from another browser; both open an item they may both read.
    const jordan = await newPage(browser);
    await signedIn(jordan.page, 'probation@casehuddle.test');
    await jordan.page.goto(meetingPath);
    await jordan.page.getByText('Live now').first().waitFor();
    const raviItems = await agendaItems(ravi.page);
    const jordanItems = await agendaItems(jordan.page);
    const target = raviItems.find(
      (item) =>
        !RESTRICTED.test(item.text) &&
        !NOT_ABOUT_A_PERSON.test(item.text) &&
        jordanItems.some((other) => other.href === item.href && !RESTRICTED.test(other.text)),
    );
    expect(target, 'an agenda item both Ravi and Jordan may see').toBeTruthy();
    const openItem = async (page: Page) => {
      await page.getByRole('navigation', { name: 'Agenda' }).locator(`a[href="${target!.href}"]`).click();
      const notes = page.getByRole('textbox', { name: 'Notes' });
      await notes.waitFor();
      return notes;
    };
    const raviNotes = await openItem(ravi.page);
    let jordanNotes = await openItem(jordan.page);

    // Jordan writes the first line, online.
    await jordanNotes.click();
    await jordanNotes.fill(FIRST);
    await jordan.page.getByText(SAVED).first().waitFor();
    await expect.poll(() => raviNotes.inputValue(), { timeout: 15_000 }).toBe(FIRST);

    // Jordan's connection drops. He keeps typing, and is told his words are waiting.
    await jordan.context.setOffline(true);
    await jordanNotes.press('Control+End');
    await jordanNotes.pressSequentially(JORDAN_OFFLINE, { delay: 10 });
    await jordan.page.getByText(OFFLINE).first().waitFor({ timeout: 15_000 });
    expect(await waitingInBrowser(jordan.page)).toBe(1);

    // Meanwhile Ravi types at the start of the same box; it saves.
    await raviNotes.click();
    await raviNotes.press('Control+Home');
    await raviNotes.pressSequentially(RAVI_MEANWHILE, { delay: 10 });
    await expect.poll(() => raviNotes.inputValue(), { timeout: 15_000 }).toBe(`${RAVI_MEANWHILE}${FIRST}`);
    await ravi.page.getByText(SAVED).first().waitFor();

    // Jordan reloads. A page cannot load with no network at all, so the network comes back for
    // the page itself while his changes still cannot get through (the server is out of reach for
    // them): what he typed offline comes back from this browser, merged with Ravi's words.
    await jordan.page.route('**/graphql', (route) =>
      (route.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'EditAgendaText'
        ? route.abort('internetdisconnected')
        : route.continue(),
    );
    await jordan.context.setOffline(false);
    await jordan.page.reload();
    await jordan.page.getByRole('heading', { level: 1, name: /^Meeting on / }).waitFor();
    jordanNotes = await openItem(jordan.page);
    const merged = `${RAVI_MEANWHILE}${FIRST}${JORDAN_OFFLINE}`;
    await expect.poll(() => jordanNotes.inputValue(), { timeout: 15_000 }).toBe(merged);
    await jordan.page.getByText(OFFLINE).first().waitFor({ timeout: 15_000 });
    expect(await raviNotes.inputValue()).toBe(`${RAVI_MEANWHILE}${FIRST}`);

    // His connection to the server comes back: the waiting words are sent, and both read the merged notes.
    await jordan.page.unroute('**/graphql');
    await jordan.page.getByText(SAVED).first().waitFor({ timeout: 20_000 });
    for (const notes of [jordanNotes, raviNotes]) await expect.poll(() => notes.inputValue(), { timeout: 20_000 }).toBe(merged);
    expect(await waitingInBrowser(jordan.page)).toBe(0);
    await expectNoAxeViolations(jordan.page);

    // Jordan types again while his changes cannot get through, and then his session ends without
    // him signing out here (revoked from elsewhere, as when it expires): the words waiting in this
    // browser go with it, so whoever uses the computer next cannot find them.
    await jordan.page.route('**/graphql', (route) =>
      (route.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'EditAgendaText'
        ? route.abort('internetdisconnected')
        : route.continue(),
    );
    await jordanNotes.press('Control+End');
    await jordanNotes.pressSequentially(' Left unsent.', { delay: 10 });
    await expect.poll(() => waitingInBrowser(jordan.page), { timeout: 15_000 }).toBe(1);
    await jordan.page.evaluate(() =>
      fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      }),
    );
    await jordan.page.getByRole('heading', { level: 1, name: 'Sign in to CaseHuddle' }).waitFor({ timeout: 30_000 });
    expect(await waitingInBrowser(jordan.page)).toBe(0);

    await ravi.context.close();
    await jordan.context.close();
  });
});
