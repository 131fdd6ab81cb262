import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PersonSearchResultFieldsFragment } from '../../../generated/graphql';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { HOUSING, PERSON_ID, PROBATION } from '../../../test/personFixtures';
import { renderApp } from '../../../test/renderApp';
import { PeopleSearchQuery } from '../graphql/people';

beforeAll(async () => {
  await import('./PeopleRoutes');
});

// A busy machine can take more than a second to settle a page with many sections.
configure({ asyncUtilTimeout: 4000 });

const me = buildCurrentUser('PRACTITIONER', { name: 'Jordan Lee' });

function result(overrides: Partial<PersonSearchResultFieldsFragment>): PersonSearchResultFieldsFragment {
  return {
    __typename: 'Person',
    id: PERSON_ID,
    displayName: 'Aar',
    legalName: 'Aaron Ashworth',
    preferredName: 'Aar',
    lockedDown: false,
    owningOrganisation: PROBATION,
    access: { __typename: 'PersonAccessInfo', basis: 'OWNER' },
    profile: { __typename: 'PersonProfile', dateOfBirth: '1981-05-23' },
    ...overrides,
  };
}

function searchMock(name: string, people: PersonSearchResultFieldsFragment[]) {
  return {
    request: { query: PeopleSearchQuery, variables: { search: { name, dateOfBirth: null, identifier: null }, limit: 50 } },
    result: { data: { people } },
  };
}

describe('PeopleListPage', { timeout: 20_000 }, () => {
  it('lists a peer mentor’s people without a search, with no search form and no "Add a person"', async () => {
    renderApp('/people', [
      meMock(buildCurrentUser('PEER_MENTOR', { name: 'Nadia Brooks' })),
      quietMeChangedMock(),
      {
        request: { query: PeopleSearchQuery, variables: { search: { name: null, dateOfBirth: null, identifier: null }, limit: 50 } },
        result: { data: { people: [result({ access: { __typename: 'PersonAccessInfo', basis: 'PEER_MENTOR' } })] } },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Your people' });
    const link = await screen.findByRole('link', { name: 'Aaron Ashworth (known as Aar)' });
    expect(link.getAttribute('href')).toBe(`/people/${PERSON_ID}`);
    expect(screen.queryByRole('search')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Add a person' })).toBeNull();
  });

  it('finds people by name and lists them with their date of birth, owner and the user’s access', async () => {
    renderApp('/people', [
      meMock(me),
      quietMeChangedMock(),
      searchMock('Ashworth', [
        result({}),
        result({
          id: '00000000-0000-4000-8000-000000000099',
          displayName: 'Bethany Ashworth',
          legalName: 'Bethany Ashworth',
          preferredName: null,
          lockedDown: true,
          owningOrganisation: HOUSING,
          access: { __typename: 'PersonAccessInfo', basis: 'AGREEMENT' },
          profile: null,
        }),
      ]),
    ]);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add a person' }).getAttribute('href')).toBe('/people/new');
    await user.type(screen.getByLabelText('Name'), 'Ashworth');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('2 people found')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'People found' });
    const aaron = within(table).getByRole('row', { name: /Aaron Ashworth/ });
    expect(within(aaron).getByRole('link', { name: 'Aaron Ashworth' }).getAttribute('href')).toBe(`/people/${PERSON_ID}`);
    expect(within(aaron).getByText('Known as Aar')).toBeTruthy();
    expect(within(aaron).getByText('23 May 1981')).toBeTruthy();
    expect(within(aaron).getByText(PROBATION.name)).toBeTruthy();
    expect(within(aaron).getByText('Your organisation’s record')).toBeTruthy();
    const bethany = within(table).getByRole('row', { name: /Bethany Ashworth/ });
    expect(within(bethany).getByText('Not shared')).toBeTruthy();
    expect(within(bethany).getByText('Shared by agreement')).toBeTruthy();
    expect(within(bethany).getByText('Locked down')).toBeTruthy();
  });

  it('says when nobody matches, and suggests another way to search', async () => {
    renderApp('/people?name=Zebedee', [meMock(me), quietMeChangedMock(), searchMock('Zebedee', [])]);

    expect(await screen.findByText('No people match.')).toBeTruthy();
    expect(screen.getByText('Check the spelling, or search by date of birth or identifier.')).toBeTruthy();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Zebedee');
  });

  it('asks for something to search by, and for at least 2 letters of a name', async () => {
    renderApp('/people', [meMock(me), quietMeChangedMock()]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Search' }));
    let summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Enter a name, date of birth, NHS number, prison number or CRN' }).getAttribute('href'),
    ).toBe('#search-name');
    await waitFor(() => expect(document.title).toBe('Error: People – CaseHuddle'));

    await user.type(screen.getByLabelText('Name'), 'A');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter at least 2 letters of the name' })).toBeTruthy();

    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Day'), '31');
    await user.type(screen.getByLabelText('Month'), '2');
    await user.type(screen.getByLabelText('Year'), '1990');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Date of birth must be a real date' }).getAttribute('href')).toBe(
      '#search-date-of-birth-day',
    );
  });
});
