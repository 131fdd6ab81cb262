import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

/** A GraphQL call as the signed-in user (the page's own session cookie). */
async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  expect(body.errors ?? []).toEqual([]);
  return body.data!;
}

const ukToday = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

describe('peer mentors', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a peer mentor sees only the person referred to them, only what the referral shares, and adds a note', async () => {
    // Nadia Brooks, a volunteer peer mentor, is named on one accepted peer mentoring referral from probation.
    const { page } = await newPage(browser);
    await signIn(page, 'mentor@casehuddle.test');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    await page.getByRole('heading', { level: 1, name: 'Your people' }).waitFor();
    expect((await nav.getByRole('link').allTextContents()).map((t) => t.trim())).toEqual(['People']);
    const people = page.locator('main ul.app-mentor-people li');
    expect(await people.count()).toBe(1);
    await expectNoAxeViolations(page);

    await people.first().getByRole('link').click();
    await page.getByRole('heading', { name: 'My story' }).first().waitFor();
    const subNav = page.getByRole('navigation', { name: 'Pages about this person' });
    expect((await subNav.getByRole('link').allTextContents()).map((t) => t.trim())).toEqual(['Record', 'Appointments']);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Not shared with your organisation.');
    expect(main).not.toContain('Ask for access');
    expect(main).not.toContain('Open actions');
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Met for a coffee; going to the library together next week.');
    await page.getByRole('button', { name: /Add (the )?note/ }).click();
    await page.getByText('Note added to the timeline.').waitFor();
    await page.getByText('Met for a coffee; going to the library together next week.').first().waitFor();
  });

  it(
    'the peer mentors accept a peer mentoring referral naming the mentor; both sides see who it is, and the mentor sees the person',
    { timeout: 180_000 },
    async () => {
      // Jordan Lee (probation@) registers someone and refers them to Northvale Peer Mentors, with their consent.
      const jordan = await newPage(browser);
      await signIn(jordan.page, 'probation@casehuddle.test');
      await jordan.page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
      const { createPerson } = await api<{ createPerson: { id: string; displayName: string } }>(
        jordan.page,
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id displayName } }`,
        { input: { legalName: 'Ravi Thornbury', dateOfBirth: '1979-11-02', councilArea: 'Northvale' } },
      );
      const { partnerOrganisations } = await api<{ partnerOrganisations: Array<{ id: string; name: string }> }>(
        jordan.page,
        `{ partnerOrganisations { id name } }`,
      );
      const peers = partnerOrganisations.find((o) => o.name === 'Northvale Peer Mentors')!;
      const { sendReferral } = await api<{ sendReferral: { id: string } }>(
        jordan.page,
        `mutation ($input: SendReferralInput!) { sendReferral(input: $input) { id } }`,
        {
          input: {
            personId: createPerson.id,
            receivingOrganisationId: peers.id,
            kind: 'PEER_MENTORING',
            consent: { method: 'SPOKEN', givenOn: ukToday() },
            message: 'Would like someone who has been through it to walk with him to appointments.',
            sections: ['STORY', 'CONTACT'],
            expiresOn: '2099-01-01',
            lawfulBasis: {
              article6: 'ART6_1_E',
              article9: 'ART9_2_H',
              article10: 'ART10_SCHEDULE_1',
              schedule1: ['SCH1_P2', 'SCH1_P10'],
              commonLaw: 'CL_AGREEMENT',
            },
          },
        },
      );

      // Tom Riley (peer@) accepts it and names Nadia Brooks, one of his organisation's peer mentors.
      const tom = await newPage(browser);
      await signIn(tom.page, 'peer@casehuddle.test');
      await tom.page.getByRole('navigation', { name: 'Primary navigation' }).waitFor();
      await tom.page.goto(`/referrals/${sendReferral.id}`);
      await tom.page.getByRole('heading', { level: 1, name: /Ravi Thornbury/ }).waitFor();
      await tom.page.getByRole('button', { name: 'Accept this referral' }).click();
      const accept = tom.page.getByRole('form', { name: 'Accept the referral' });
      const choice = accept.getByRole('group', { name: 'Who will be the peer mentor?' });
      await choice.waitFor();
      expect((await choice.getByRole('radio').count()) >= 1).toBe(true);
      // Not chosen: the form asks for one.
      await accept.getByRole('button', { name: 'Accept referral' }).click();
      await tom.page.getByRole('alert').getByRole('link', { name: 'Select the peer mentor who will work with the person' }).waitFor();
      await expectNoAxeViolations(tom.page);
      await choice.getByLabel('Nadia Brooks').check();
      await accept.getByRole('button', { name: 'Accept referral' }).click();
      await tom.page.getByText('Referral accepted. Nadia Brooks is the peer mentor.').waitFor();
      const about = tom.page.getByRole('region', { name: 'About this referral' });
      await about.getByText('Accepted', { exact: true }).waitFor();
      expect(await about.textContent()).toContain('Peer mentorNadia Brooks');
      await expectNoAxeViolations(tom.page);

      // Jordan's page for the referral names the mentor too.
      await jordan.page.goto(`/referrals/${sendReferral.id}`);
      const sent = jordan.page.getByRole('region', { name: 'About this referral' });
      await sent.getByText('Nadia Brooks').waitFor();
      expect(await sent.textContent()).toContain('Peer mentorNadia Brooks');

      // Nadia now has Ravi among her people.
      const nadia = await newPage(browser);
      await signIn(nadia.page, 'mentor@casehuddle.test');
      await nadia.page.getByRole('heading', { level: 1, name: 'Your people' }).waitFor();
      await nadia.page
        .locator('main ul.app-mentor-people li')
        .getByRole('link', { name: /Ravi Thornbury/ })
        .waitFor();
    },
  );
});
