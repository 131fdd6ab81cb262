import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { buildPerson, PERSON_ID, personMock, PROBATION, quietPersonChangedMock, CHRIS } from '../../../test/personFixtures';
import { renderApp } from '../../../test/renderApp';
import { PersonAppointmentsQuery } from '../../appointments/graphql/appointments';
import { buildAppointment } from '../../appointments/testing';
import { PartnerOrganisationsQuery, PersonCoordinationQuery } from '../graphql/people';

const me = buildCurrentUser('COORDINATOR', {
  id: 'user-jordan',
  name: 'Jordan Lee',
  organisation: { __typename: 'Organisation', id: PROBATION.id, name: PROBATION.name, kind: 'PROBATION' },
});

const coordinationMock = {
  request: { query: PersonCoordinationQuery, variables: { id: PERSON_ID } },
  result: {
    data: {
      person: {
        __typename: 'Person' as const,
        id: PERSON_ID,
        openActions: [
          {
            __typename: 'Action' as const,
            id: 'action-1',
            title: 'Book a housing options interview',
            status: 'OPEN' as const,
            dueDate: '2026-11-30',
            dueWindow: null,
            overdue: true,
            owner: CHRIS,
          },
        ],
        huddles: [
          {
            __typename: 'PersonHuddle' as const,
            id: 'huddle-1',
            name: 'Northvale MEAM huddle',
            addedOn: '2026-10-01',
            nextMeetingAt: '2026-12-08T10:00:00Z',
          },
        ],
      },
    },
  },
};

beforeAll(async () => {
  await import('./PeopleRoutes');
});
configure({ asyncUtilTimeout: 4000 });

describe('what a coordinator needs on the record', () => {
  it('shows red flags in the header as warnings, and the open actions and huddles', async () => {
    const person = buildPerson({
      flags: [
        { __typename: 'PersonFlag', kind: 'RELEASE_NO_ACCOMMODATION', text: 'Release in 3 days (Sunday 6 Dec 2026) with no fixed abode.' },
        { __typename: 'PersonFlag', kind: 'OVERDUE_ACTIONS', text: '1 action is overdue.' },
      ],
    });
    renderApp(`/people/${PERSON_ID}`, [meMock(me), quietMeChangedMock(), personMock(person), quietPersonChangedMock(), coordinationMock]);

    const flags = await screen.findByRole('region', { name: `Red flags for ${person.displayName}` });
    const items = within(flags).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      '!WarningRelease in 3 days (Sunday 6 Dec 2026) with no fixed abode.',
      '!Warning1 action is overdue.',
    ]);
    // The icon is not read out; "Warning" is.
    expect(flags.querySelector('.govuk-warning-text__icon')!.getAttribute('aria-hidden')).toBe('true');

    const actions = await screen.findByRole('region', { name: 'Open actions' });
    expect(await within(actions).findByRole('link', { name: 'Book a housing options interview' })).toBeTruthy();
    expect(actions.textContent).toContain('OwnerChris Evans (Northvale Council Housing Options)');
    expect(actions.textContent).toContain('Due30 Nov 2026');
    expect(within(actions).getByText('Overdue')).toBeTruthy();

    const huddles = screen.getByRole('region', { name: 'Huddles' });
    expect(within(huddles).getByRole('link', { name: 'Northvale MEAM huddle' }).getAttribute('href')).toBe('/huddles/huddle-1');
    expect(huddles.textContent).toContain('on the caseload since 1 Oct 2026; next meeting 8 Dec 2026, 10:00');
  });

  it('shows no flags region when there are none', async () => {
    renderApp(`/people/${PERSON_ID}`, [
      meMock(me),
      quietMeChangedMock(),
      personMock(buildPerson({ flags: [] })),
      quietPersonChangedMock(),
      coordinationMock,
    ]);
    await screen.findByRole('region', { name: 'Open actions' });
    expect(screen.queryByRole('region', { name: /^Red flags/ })).toBeNull();
  });

  it('gives a person in the community an appointments tab, with booking', async () => {
    const base = buildPerson();
    const person = buildPerson({
      situation: { ...base.situation!, kind: 'COMMUNITY', establishment: null, releaseDate: null, accommodationStatus: 'TEMPORARY' },
    });
    const appointment = buildAppointment({ personId: PERSON_ID, purpose: 'Key work session' });
    renderApp(`/people/${PERSON_ID}`, [
      meMock(me),
      quietMeChangedMock(),
      personMock(person),
      quietPersonChangedMock(),
      coordinationMock,
      { request: { query: PartnerOrganisationsQuery }, result: { data: { partnerOrganisations: [PROBATION] } } },
      {
        request: { query: PersonAppointmentsQuery, variables: { personId: PERSON_ID } },
        result: { data: { appointments: [appointment] } },
      },
    ]);
    const nav = await screen.findByRole('navigation', { name: 'Pages about this person' });
    expect(within(nav).queryByRole('link', { name: 'Release plan' })).toBeNull();
    await userEvent.setup().click(within(nav).getByRole('link', { name: 'Appointments' }));

    expect(await screen.findByRole('heading', { name: 'Appointments', level: 2 })).toBeTruthy();
    expect(await screen.findByText('Key work session')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Book an appointment' })).toBeTruthy();
  });
});
