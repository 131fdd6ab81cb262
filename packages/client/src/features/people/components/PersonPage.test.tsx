import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { NEED_DOMAINS } from '@casehuddle/shared';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import {
  ACCOMMODATION_NOTES,
  buildNeed,
  buildPerson,
  buildSharedPerson,
  CHRIS,
  graphQLError,
  HOUSING,
  PERSON_ID,
  personMock,
  PROBATION,
  quietPersonChangedMock,
  STORY_TEXT,
} from '../../../test/personFixtures';
import { renderApp } from '../../../test/renderApp';
import { BreakGlassMutation, PersonChangedSubscription, UpdatePersonNeedMutation, UpdatePersonStoryMutation } from '../graphql/people';

const me = buildCurrentUser('PRACTITIONER', {
  id: 'user-jordan',
  name: 'Jordan Lee',
  organisation: { __typename: 'Organisation', id: PROBATION.id, name: PROBATION.name, kind: 'PROBATION' },
});

function renderPerson(...mocks: Parameters<typeof renderApp>[1]) {
  return renderApp(`/people/${PERSON_ID}`, [meMock(me), quietMeChangedMock(), ...mocks]);
}

const needsTable = () => screen.findByRole('table', { name: 'Needs by resettlement pathway' });
const needRow = async (name: RegExp) => within(await needsTable()).getByRole('row', { name });
const card = (name: string) => screen.getByRole('region', { name });

function withAccommodation(status: 'IN_PROGRESS' | 'SUPPORT_REQUIRED', notes: string, version: number) {
  return buildPerson({
    needs: NEED_DOMAINS.map((domain) => (domain === 'ACCOMMODATION' ? buildNeed(domain, { status, notes, version }) : buildNeed(domain))),
  });
}

function saveNeed(expectedVersion: number, result: ReturnType<typeof graphQLError> | { data: Record<string, unknown> }, delay = 0) {
  return {
    request: {
      query: UpdatePersonNeedMutation,
      variables: {
        input: {
          personId: PERSON_ID,
          domain: 'ACCOMMODATION',
          expectedVersion,
          status: 'IN_PROGRESS',
          notes: 'Offered a room at Foxglove House.',
        },
      },
    },
    result,
    delay,
  };
}

async function editAccommodation() {
  const user = userEvent.setup();
  await user.click(within(await needRow(/^Accommodation/)).getByRole('button', { name: 'Edit Accommodation' }));
  const status = screen.getByLabelText('Status of Accommodation');
  expect(document.activeElement).toBe(status);
  await user.selectOptions(status, 'In progress');
  const notes = screen.getByLabelText('Notes on Accommodation');
  await user.clear(notes);
  await user.type(notes, 'Offered a room at Foxglove House.');
  return user;
}

// The people screens load on demand: load them once up front so the first test need not wait.
beforeAll(async () => {
  await import('./PeopleRoutes');
});

// A busy machine can take more than a second to settle a page with many sections.
configure({ asyncUtilTimeout: 4000 });

describe('PersonPage', { timeout: 20_000 }, () => {
  it('shows the record with a summary header, and each need with its status and notes', async () => {
    renderPerson(personMock(buildPerson()), quietPersonChangedMock());

    expect(await screen.findByRole('heading', { level: 1, name: 'Aar' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Aaron Ashworth', { selector: '.app-facts dd' })).toBeTruthy();
    expect(screen.getByText('Your organisation’s record')).toBeTruthy();
    expect(screen.getByText(STORY_TEXT)).toBeTruthy();
    const row = await needRow(/^Accommodation/);
    expect(within(row).getByText('Not started').className).toContain('govuk-tag--grey');
    expect(within(row).getByText(ACCOMMODATION_NOTES)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Who has seen this record' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Person record – CaseHuddle'));
  });

  it('says which sections are not shared with the organisation, rather than leaving them out', async () => {
    renderPerson(personMock(buildSharedPerson(['STORY', 'NEEDS', 'CONTACT'])), quietPersonChangedMock());

    expect(await screen.findByText('Shared by agreement')).toBeTruthy();
    expect(within(card('Risks and safety Restricted')).getByText(/Not shared with your organisation/)).toBeTruthy();
    expect(within(card('Current situation')).getByText(/Not shared with your organisation/)).toBeTruthy();
    expect(within(card('My story')).getByText(STORY_TEXT)).toBeTruthy();
    // Health and substance use travel with the HEALTH section, which this agreement does not cover.
    expect(within(await needRow(/^Health/)).getByText('Not shared with your organisation')).toBeTruthy();
    expect(within(await needRow(/^Drugs and alcohol/)).getByText('Not shared with your organisation')).toBeTruthy();
    expect(within(await needRow(/^Accommodation/)).getByRole('button', { name: 'Edit Accommodation' })).toBeTruthy();
    expect(within(card('Personal details')).getAllByText('Not shared with your organisation')).toHaveLength(3);
    expect(screen.queryByText('Two-worker visits advised.')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Who has seen this record' })).toBeNull();
  });

  it('saves a need from the quick editor, says so and moves focus to the confirmation', async () => {
    renderPerson(
      personMock(buildPerson()),
      quietPersonChangedMock(),
      saveNeed(1, { data: { updatePersonNeed: withAccommodation('IN_PROGRESS', 'Offered a room at Foxglove House.', 2) } }, 100),
    );
    const user = await editAccommodation();

    await user.click(screen.getByRole('button', { name: 'Save Accommodation' }));
    const saving = screen.getByRole('button', { name: /Saving…/ }) as HTMLButtonElement;
    expect(saving.disabled).toBe(true);

    const saved = await screen.findByText(/Accommodation saved: In progress\./);
    await waitFor(() => expect(document.activeElement).toBe(saved.closest('p')));
    const row = await needRow(/^Accommodation/);
    expect(within(row).getByText('In progress')).toBeTruthy();
    expect(within(row).getByText('Offered a room at Foxglove House.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Edit Accommodation' })).toBeNull();
  });

  it('checks the notes before saving a need', async () => {
    renderPerson(personMock(buildPerson()), quietPersonChangedMock());
    const user = userEvent.setup();
    await user.click(within(await needRow(/^Accommodation/)).getByRole('button', { name: 'Edit Accommodation' }));
    const notes = screen.getByLabelText('Notes on Accommodation');
    await user.clear(notes);
    // Typing 5,001 characters one by one is slow: paste them.
    await user.click(notes);
    await user.paste('x'.repeat(5001));

    await user.click(screen.getByRole('button', { name: 'Save Accommodation' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Keep the notes to 5,000 characters or fewer' }).getAttribute('href')).toBe(
      '#need-accommodation-notes',
    );
    expect(notes.getAttribute('aria-invalid')).toBe('true');
  });

  it('lets the user cancel the need editor with Escape, and puts focus back on Edit', async () => {
    renderPerson(personMock(buildPerson()), quietPersonChangedMock());
    const user = userEvent.setup();
    const edit = within(await needRow(/^Accommodation/)).getByRole('button', { name: 'Edit Accommodation' });
    await user.click(edit);
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('form', { name: 'Edit Accommodation' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Edit Accommodation'));
  });

  it('shows both versions when someone else saved the need first, and "Keep mine" saves again on top of theirs', async () => {
    const theirs = {
      domain: 'ACCOMMODATION',
      status: 'SUPPORT_REQUIRED',
      notes: 'Chris: bidding on a flat.',
      version: 2,
      updated_at: '2026-11-23T09:00:00Z',
    };
    renderPerson(
      personMock(buildPerson()),
      quietPersonChangedMock(),
      saveNeed(1, graphQLError('VERSION_CONFLICT', 'Someone else saved this section while you were editing it.', { current: theirs })),
      saveNeed(2, { data: { updatePersonNeed: withAccommodation('IN_PROGRESS', 'Offered a room at Foxglove House.', 3) } }),
    );
    const user = await editAccommodation();
    await user.click(screen.getByRole('button', { name: 'Save Accommodation' }));

    const heading = await screen.findByRole('heading', { name: 'Someone else saved this first' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const comparison = screen.getByRole('table', { name: 'Their version and your version of Accommodation' });
    const status = within(comparison).getByRole('row', { name: /^Status/ });
    expect(
      within(status)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Support required', 'In progress']);
    const notes = within(comparison).getByRole('row', { name: /^Notes/ });
    expect(
      within(notes)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Chris: bidding on a flat.', 'Offered a room at Foxglove House.']);
    // What the user typed is kept.
    expect((screen.getByLabelText('Notes on Accommodation') as HTMLTextAreaElement).value).toBe('Offered a room at Foxglove House.');

    await user.click(screen.getByRole('button', { name: 'Keep mine and save again' }));

    expect(await screen.findByText(/Accommodation saved: In progress\./)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Someone else saved this first' })).toBeNull();
    expect(within(await needRow(/^Accommodation/)).getByText('Offered a room at Foxglove House.')).toBeTruthy();
  });

  it('shows their story beside yours on a conflict, and "Use their version" drops your changes and shows theirs', async () => {
    const theirStory = 'Chris typed this from what I said at the hostel.';
    const current = { text: theirStory, personAgreed: true, recordedAt: '2026-11-23T09:30:00Z', recordedBy: 'Chris Evans', version: 4 };
    const after = buildPerson();
    renderPerson(
      personMock(buildPerson()),
      quietPersonChangedMock(),
      {
        request: {
          query: UpdatePersonStoryMutation,
          variables: { input: { personId: PERSON_ID, expectedVersion: 3, text: 'My own words, typed by Jordan.', personAgreed: true } },
        },
        result: graphQLError('VERSION_CONFLICT', 'Someone else saved this section while you were editing it.', { current }),
      },
      personMock({ ...after, story: { ...after.story!, text: theirStory, version: 4, recordedBy: CHRIS } }),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit my story' }));
    const text = screen.getByLabelText('Aar’s story, in their own words');
    await user.clear(text);
    await user.type(text, 'My own words, typed by Jordan.');
    await user.click(screen.getByRole('checkbox', { name: /Aar agreed to their story being recorded/ }));
    await user.click(screen.getByRole('button', { name: 'Save my story' }));

    const comparison = await screen.findByRole('table', { name: 'Their version and your version of My story' });
    expect(
      within(comparison)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([theirStory, 'My own words, typed by Jordan.']);
    expect(screen.getByText(/saved by Chris Evans, 23 Nov 2026, 09:30/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Use their version' }));

    expect(await screen.findByText(/Their version of My story is shown\. Your changes were not saved\./)).toBeTruthy();
    expect(await screen.findByText(theirStory)).toBeTruthy();
    expect(screen.queryByLabelText('Aar’s story, in their own words')).toBeNull();
  });

  it('asks for the person’s agreement before saving their story', async () => {
    renderPerson(personMock(buildPerson()), quietPersonChangedMock());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit my story' }));
    await user.click(screen.getByRole('button', { name: 'Save my story' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Confirm that Aar agreed to their story being recorded and shared' })).toBeTruthy();
  });

  it('updates live when someone else changes the record, and says who changed what', async () => {
    renderPerson(
      personMock(buildPerson()),
      {
        request: { query: PersonChangedSubscription, variables: { personId: PERSON_ID } },
        result: {
          data: {
            personChanged: {
              __typename: 'PersonChange',
              personId: PERSON_ID,
              part: 'NEED',
              version: 2,
              domain: 'ACCOMMODATION',
              changedBy: CHRIS,
            },
          },
        },
        delay: 100,
      },
      personMock(withAccommodation('SUPPORT_REQUIRED', 'Chris: bidding on a flat.', 2)),
    );

    expect(within(await needRow(/^Accommodation/)).getByText('Not started')).toBeTruthy();
    const region = await screen.findByText('Chris Evans (Northvale Council Housing Options) updated Accommodation');
    expect(region.closest('[aria-live="polite"]')).toBeTruthy();
    await waitFor(async () => expect(within(await needRow(/^Accommodation/)).getByText('Support required')).toBeTruthy());
    expect(within(await needRow(/^Accommodation/)).getByText('Chris: bidding on a flat.')).toBeTruthy();
  });

  it('shows only names and agencies on a locked-down record', async () => {
    const shared = buildSharedPerson([]);
    renderPerson(
      personMock({
        ...shared,
        lockedDown: true,
        profile: null,
        sharingAgreements: [],
        timeline: [],
        leadProfessionals: shared.leadProfessionals.map((lead) => ({ ...lead, user: null })),
      }),
      quietPersonChangedMock(),
    );

    expect(await screen.findByRole('heading', { level: 2, name: 'This record is locked down' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Aar' })).toBeTruthy();
    expect(screen.getByText('Locked down')).toBeTruthy();
    expect(screen.getAllByText(HOUSING.name).length).toBeGreaterThan(0);
    expect(within(screen.getByRole('main')).queryByText('Jordan Lee')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Needs by resettlement pathway' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'My story' })).toBeNull();
  });
});

describe('the no-access page', { timeout: 20_000 }, () => {
  const refused = () =>
    personMock(null, {
      code: 'FORBIDDEN',
      message: 'You do not have access to this record. In an emergency you can use break-glass access, which is recorded and reviewed.',
      extensions: { canBreakGlass: true },
    });
  const REASON = 'Police welfare check: he may be at risk tonight.';

  it('explains that sharing needs the person’s agreement, and shows nothing of the record', async () => {
    renderPerson(refused());

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this record' })).toBeTruthy();
    expect(screen.getByText(/shared with another organisation only when they have agreed to it/)).toBeTruthy();
    expect(screen.getByText(/Break-glass access is recorded and reviewed/)).toBeTruthy();
    expect(document.body.textContent).not.toContain('Aaron');
    expect(document.body.textContent).not.toContain(ACCOMMODATION_NOTES);
    await waitFor(() => expect(document.title).toBe('You do not have access to this record – CaseHuddle'));
  });

  it('asks for a reason of at least 10 characters before break-glass access', async () => {
    renderPerson(refused());
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Use break-glass access' });

    await user.click(button);
    let summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter why you need emergency access' }).getAttribute('href')).toBe(
      '#break-glass-reason',
    );
    expect(document.getElementById('break-glass-reason-error')?.textContent).toBe('Error: Enter why you need emergency access');
    await waitFor(() => expect(document.title).toBe('Error: You do not have access to this record – CaseHuddle'));

    await user.type(screen.getByLabelText('Why do you need emergency access?'), 'urgent');
    await user.click(button);
    summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Give a reason of at least 10 characters' })).toBeTruthy();
  });

  it('opens the record after break-glass access, with a banner saying when it ends', async () => {
    const glass = buildPerson();
    renderPerson(
      refused(),
      {
        request: { query: BreakGlassMutation, variables: { personId: PERSON_ID, reason: REASON } },
        result: { data: { breakGlass: { __typename: 'BreakGlassGrant', personId: PERSON_ID, expiresAt: '2026-11-23T14:05:00Z' } } },
      },
      personMock({
        ...glass,
        access: {
          ...glass.access,
          basis: 'BREAK_GLASS',
          breakGlassUntil: '2026-11-23T14:05:00Z',
          canSeeAccessLog: false,
          canManageSharing: false,
        },
      }),
      quietPersonChangedMock(),
    );
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Why do you need emergency access?'), REASON);
    await user.click(screen.getByRole('button', { name: 'Use break-glass access' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Aar' })).toBeTruthy();
    expect(
      screen.getByText('You are using break-glass access until 23 Nov 2026, 14:05. Everything you open is recorded and will be reviewed.'),
    ).toBeTruthy();
    expect(screen.getByText('Break-glass access')).toBeTruthy();
    expect(screen.getByText(STORY_TEXT)).toBeTruthy();
  });
});
