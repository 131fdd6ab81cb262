import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

// From the demo data: the Northvale MEAM huddle has a planned meeting whose draft agenda lists
// Aaron, due out of custody within days. Jordan Lee (probation) holds his record; Council
// Housing Options has STORY, NEEDS and CONTACT under his agreement, not OFFENDING. (The housing
// officer housing@ is also one of his lead professionals, so sees everything: the journey uses
// the housing manager, who has only what the agreement gives.)
const RELEASE_WORDING =
  /release|discharge|custody|prison|hospital|HMP|OFFENDING|HEALTH|\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/i;

async function openPlannedMeeting(page: Page, email: string): Promise<string> {
  await signIn(page, email);
  await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Huddles' }).click();
  await page.getByRole('link', { name: 'Northvale MEAM huddle', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Northvale MEAM huddle' }).waitFor();
  await page
    .getByRole('link', { name: /open the meeting room/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: /^Meeting on / }).waitFor();
  return new URL(page.url()).pathname;
}

async function agendaLinks(page: Page): Promise<Array<{ href: string; text: string }>> {
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await agenda.getByRole('link').first().waitFor();
  return agenda
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', text: link.textContent ?? '' })));
}

describe('what a huddle agenda discloses', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it(
    'shows a custody release date to probation and nothing of it to housing, which has STORY, NEEDS and CONTACT, in the same meeting',
    { timeout: 120_000 },
    async () => {
      const jordan = await newPage(browser);
      const meetingPath = await openPlannedMeeting(jordan.page, 'probation@casehuddle.test');
      const jordanItems = await agendaLinks(jordan.page);
      const release = jordanItems.find((item) => /Release due \d{1,2} [A-Z][a-z]{2} \d{4}/.test(item.text));
      expect(release, 'probation sees an agenda item with a release date').toBeTruthy();
      const releaseDate = /\d{1,2} [A-Z][a-z]{2} \d{4}/.exec(release!.text)![0];
      await jordan.page.getByRole('navigation', { name: 'Agenda' }).locator(`a[href="${release!.href}"]`).click();
      await jordan.page.getByRole('heading', { level: 2, name: new RegExp(`Release due ${releaseDate}`) }).waitFor();

      const housing = await newPage(browser);
      await openPlannedMeeting(housing.page, 'housing.manager@casehuddle.test');
      expect(new URL(housing.page.url()).pathname).toBe(meetingPath);
      const housingItems = await agendaLinks(housing.page);
      const same = housingItems.find((item) => item.href === release!.href);
      expect(same, 'the housing officer sees the same item').toBeTruthy();
      expect(same!.text).not.toMatch(RELEASE_WORDING);
      for (const item of housingItems) expect(item.text).not.toContain(releaseDate);

      // Open the item: its heading, tags and reason say nothing of the release either.
      await housing.page.getByRole('navigation', { name: 'Agenda' }).locator(`a[href="${release!.href}"]`).click();
      const panel = housing.page.locator('#agenda-item');
      await panel.getByRole('heading', { level: 2 }).waitFor();
      // (Other people's items, which housing may legitimately see, are listed around it.)
      const heading = await panel.getByRole('heading', { level: 2 }).innerText();
      const tags = await panel.locator('.app-meeting__item-tags').innerText();
      expect(heading).toMatch(/details restricted/);
      expect(`${heading} ${tags}`).not.toMatch(RELEASE_WORDING);
      expect(await panel.locator('.app-meeting__reason').count()).toBe(0);
      expect(tags).toContain('Person on the caseload');
      await expectNoAxeViolations(housing.page);

      await jordan.context.close();
      await housing.context.close();
    },
  );
});
