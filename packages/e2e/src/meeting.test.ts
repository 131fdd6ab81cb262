import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

// From the demo data (packages/server/src/seed/demo-huddles.ts): Sam Okafor chairs the Northvale
// MEAM huddle, whose members include Northvale Probation Delivery Unit (Jordan Lee). Each huddle
// has a history of weekly meetings on its usual day and time and one planned meeting, the next.
const NOTES = 'Jordan confirmed the first probation appointment is at the hub, not in Eastbrook.';
const ACTION = 'Send the hub address and a bus pass before Friday';
const JORDAN_ADDS = 'Probation: ';
const SAM_ADDS = ' Bus pass agreed.';
const PLACE = 'The Hub, room 2';

async function signedIn(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
}

/** The agenda's items as this viewer sees them: their links and names. */
async function agendaItems(page: Page): Promise<Array<{ href: string; text: string }>> {
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await agenda.getByRole('link').first().waitFor();
  return agenda
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', text: link.textContent ?? '' })));
}

const RESTRICTED = /details restricted/;
const NOT_ABOUT_A_PERSON = /Review of incomplete actions/;

/** Tomorrow's date in the UK, as the three boxes of a date input. */
function tomorrow(): { day: string; month: string; year: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date(Date.now() + 86_400_000));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: get('day'), month: get('month'), year: get('year') };
}

describe('a live huddle meeting', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('is started by the chair, followed live by a member, and closed into read-only minutes', { timeout: 180_000 }, async () => {
    // Sam, the chair, finds the planned meeting and starts it.
    const sam = await newPage(browser);
    await signedIn(sam.page, 'coordinator@casehuddle.test');
    await sam.page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Huddles' }).click();
    await sam.page.getByRole('heading', { level: 1, name: 'Huddles' }).waitFor();
    await sam.page.getByRole('link', { name: 'Northvale MEAM huddle', exact: true }).click();
    await sam.page.getByRole('heading', { level: 1, name: 'Northvale MEAM huddle' }).waitFor();
    await sam.page.getByRole('link', { name: /open the meeting room/ }).click();
    await sam.page.getByRole('heading', { level: 1, name: /^Meeting on / }).waitFor();
    const meetingPath = new URL(sam.page.url()).pathname;
    expect(meetingPath).toMatch(/^\/meetings\/[0-9a-f-]{36}$/);

    // Before starting, Sam opens the agenda pack to send round: marked, printable, and he names the place.
    await sam.page.getByRole('link', { name: 'Agenda pack for this meeting' }).click();
    await sam.page.getByRole('heading', { level: 1, name: /^Agenda pack: meeting on / }).waitFor();
    expect(new URL(sam.page.url()).pathname).toBe(`${meetingPath}/pack`);
    expect(await sam.page.getByText('Protective marking: OFFICIAL-SENSITIVE', { exact: true }).count()).toBe(2);
    await sam.page.getByRole('button', { name: 'Print agenda pack' }).waitFor();
    const details = sam.page.getByRole('form', { name: 'Place and chair' });
    await details.getByLabel('Place', { exact: true }).fill(PLACE);
    await details.getByRole('button', { name: 'Save place and chair' }).click();
    await sam.page.getByRole('region', { name: 'Meeting details' }).getByText(PLACE, { exact: true }).waitFor();
    const packItems = await sam.page.getByRole('region', { name: 'Agenda' }).getByRole('heading', { level: 3 }).allTextContents();
    expect(packItems.length).toBeGreaterThan(0);
    await expectNoAxeViolations(sam.page);
    await sam.page.getByRole('link', { name: 'Back to the meeting room' }).click();
    await sam.page.getByRole('heading', { level: 1, name: /^Meeting on / }).waitFor();

    await sam.page.getByRole('button', { name: 'Start meeting' }).click();
    await sam.page.getByText('Live now').first().waitFor();

    // Jordan, probation, opens the same meeting in another browser.
    const jordan = await newPage(browser);
    await signedIn(jordan.page, 'probation@casehuddle.test');
    await jordan.page.goto(meetingPath);
    await jordan.page.getByRole('heading', { level: 1, name: /^Meeting on / }).waitFor();
    await jordan.page.getByText('Live now').first().waitFor();

    // The first item about a person whose details both may see.
    const samItems = await agendaItems(sam.page);
    const jordanItems = await agendaItems(jordan.page);
    const target = samItems.find(
      (item) =>
        !RESTRICTED.test(item.text) &&
        !NOT_ABOUT_A_PERSON.test(item.text) &&
        jordanItems.some((other) => other.href === item.href && !RESTRICTED.test(other.text)),
    );
    expect(target, 'an agenda item both Sam and Jordan may see').toBeTruthy();
    const itemName = target!.text.replace(/^\d+\.\s*/, '').replace(/\s*\(.*$/, '');

    // Sam opens it and brings the room to it; Jordan's screen follows.
    await sam.page.getByRole('navigation', { name: 'Agenda' }).locator(`a[href="${target!.href}"]`).click();
    await sam.page.getByRole('heading', { level: 2, name: itemName }).waitFor();
    await sam.page.getByRole('button', { name: 'Discuss this now' }).click();
    await jordan.page.getByRole('heading', { level: 2, name: itemName }).waitFor();
    await jordan.page.getByRole('textbox', { name: 'Notes' }).waitFor();
    await expectNoAxeViolations(sam.page);

    // Sam takes notes; they save by themselves and reach Jordan without a reload.
    const samNotes = sam.page.getByRole('textbox', { name: 'Notes' });
    await samNotes.click();
    await samNotes.fill(NOTES);
    await sam.page
      .getByText(/^Saved at \d\d:\d\d$/)
      .first()
      .waitFor();
    await expect.poll(() => jordan.page.getByRole('textbox', { name: 'Notes' }).inputValue(), { timeout: 15_000 }).toBe(NOTES);

    // Both type into the same Notes box at the same moment: Jordan at the start, Sam at the end.
    // Nobody is told that someone else saved first, and both end up reading both.
    const jordanNotes = jordan.page.getByRole('textbox', { name: 'Notes' });
    await jordanNotes.click();
    await jordanNotes.press('Control+Home');
    await samNotes.click();
    await samNotes.press('Control+End');
    await Promise.all([jordanNotes.pressSequentially(JORDAN_ADDS, { delay: 15 }), samNotes.pressSequentially(SAM_ADDS, { delay: 15 })]);
    const merged = `${JORDAN_ADDS}${NOTES}${SAM_ADDS}`;
    for (const notes of [samNotes, jordanNotes]) await expect.poll(() => notes.inputValue(), { timeout: 15_000 }).toBe(merged);
    for (const page of [sam.page, jordan.page]) expect(await page.getByText(/saved this first/).count()).toBe(0);

    // Sam agrees an action at the item, owned by Jordan; it appears for Jordan too.
    const form = sam.page.getByRole('form', { name: 'Add an action' });
    await form.getByLabel('What needs to be done').fill(ACTION);
    await form.getByLabel('Who will do it').selectOption({ label: 'Jordan Lee (Northvale Probation Delivery Unit)' });
    const due = tomorrow();
    await form.getByLabel('Day').fill(due.day);
    await form.getByLabel('Month').fill(due.month);
    await form.getByLabel('Year').fill(due.year);
    await form.getByLabel('Morning', { exact: true }).check();
    await form.getByRole('button', { name: 'Add action' }).click();
    await sam.page.getByRole('link', { name: ACTION }).waitFor();
    await jordan.page.getByRole('link', { name: ACTION }).waitFor({ timeout: 15_000 });
    await expectNoAxeViolations(jordan.page);

    // Sam closes the meeting without anyone clicking "Mark as discussed"; both screens turn into
    // the minutes, with nothing left to edit. The item reads as discussed, with every word typed.
    await sam.page.getByRole('button', { name: 'Close meeting' }).click();
    await sam.page.getByRole('button', { name: 'Yes, close the meeting' }).click();
    for (const page of [sam.page, jordan.page]) {
      await page.getByRole('heading', { level: 1, name: /^Minutes of the meeting on / }).waitFor({ timeout: 15_000 });
      // Nothing left to edit: the only boxes are the chair's date of sign-off.
      const signOffBoxes = await page.getByRole('form', { name: 'Sign off the minutes' }).getByRole('textbox').count();
      expect(signOffBoxes).toBe(page === sam.page ? 3 : 0);
      expect(await page.getByRole('textbox').count()).toBe(signOffBoxes);
      const discussed = page
        .getByRole('region', { name: 'Items discussed' })
        .getByRole('article', { name: new RegExp(`^\\d+\\. ${itemName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
      await discussed.getByText(merged, { exact: true }).waitFor();
      await discussed.getByText('Discussed', { exact: true }).waitFor();
      expect(await page.getByText('Not reached: carried over', { exact: false }).count()).toBe(0);
      expect(await page.getByText(/were recorded/).count()).toBe(0);
      expect(await page.getByText('Protective marking: OFFICIAL-SENSITIVE', { exact: true }).count()).toBe(2);
      await page.getByText('Sam Okafor (Open Door Northvale)', { exact: true }).waitFor();
      await page.getByText(PLACE, { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Print minutes' }).waitFor();
    }
    await expectNoAxeViolations(jordan.page);

    // Sam signs the minutes off as of today; the minutes say so.
    const signOff = sam.page.getByRole('form', { name: 'Sign off the minutes' });
    await signOff.getByRole('button', { name: 'Sign off the minutes' }).click();
    const signedOff = /^Signed off by Sam Okafor on \d{1,2} [A-Z][a-z]{2} \d{4}\.$/;
    // (Shown on the page, and announced to screen readers.)
    await sam.page.getByText(signedOff).first().waitFor();
    await expectNoAxeViolations(sam.page);
    await jordan.page.reload();
    await jordan.page.getByText(signedOff).waitFor();

    await sam.context.close();
    await jordan.context.close();
  });
});
