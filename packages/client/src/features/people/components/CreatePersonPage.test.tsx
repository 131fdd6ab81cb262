import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { buildPerson, graphQLError, personMock, quietPersonChangedMock } from '../../../test/personFixtures';
import { renderApp } from '../../../test/renderApp';
import { CreatePersonMutation } from '../graphql/people';

beforeAll(async () => {
  await import('./PeopleRoutes');
});

// A busy machine can take more than a second to settle a page with many sections.
configure({ asyncUtilTimeout: 4000 });

const me = buildCurrentUser('PRACTITIONER', { name: 'Jordan Lee' });

describe('CreatePersonPage', { timeout: 20_000 }, () => {
  it('checks identifiers as the user leaves them, and the required fields when they save', async () => {
    renderApp('/people/new', [meMock(me), quietMeChangedMock()]);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Add a person' })).toBeTruthy();
    await user.type(screen.getByLabelText('NHS number (optional)'), '943 476 5918');
    await user.tab();
    expect(document.getElementById('person-nhs-number-error')?.textContent).toBe(
      'Error: This NHS number is not valid: check the digits and try again',
    );
    await user.type(screen.getByLabelText('Prison number (optional)'), '1234');
    await user.tab();
    expect(document.getElementById('person-prison-number-error')?.textContent).toContain('like A1234BC');

    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter their legal name',
      'Enter the council area',
      'This NHS number is not valid: check the digits and try again',
      'Enter a prison number as a letter, 4 digits and 2 letters, like A1234BC',
    ]);
  });

  it('adds the person and opens their new record', async () => {
    const input = {
      legalName: 'Aaron Ashworth',
      preferredName: 'Aar',
      pronouns: null,
      dateOfBirth: '1981-05-23',
      councilArea: 'Northvale',
      nhsNumber: '943 476 5919',
      prisonNumber: null,
      crn: 'x100000',
      situation: { kind: 'CUSTODY', establishment: 'HMP Northvale', releaseDate: null, accommodationStatus: null, notes: null },
    };
    renderApp('/people/new', [
      meMock(me),
      quietMeChangedMock(),
      { request: { query: CreatePersonMutation, variables: { input } }, result: { data: { createPerson: buildPerson() } } },
      personMock(buildPerson()),
      quietPersonChangedMock(),
    ]);
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Legal name'), input.legalName);
    await user.type(screen.getByLabelText('Preferred name (optional)'), 'Aar');
    await user.type(screen.getByLabelText('Day'), '23');
    await user.type(screen.getByLabelText('Month'), '5');
    await user.type(screen.getByLabelText('Year'), '1981');
    await user.type(screen.getByLabelText('Council area'), 'Northvale');
    await user.type(screen.getByLabelText('NHS number (optional)'), '943 476 5919');
    await user.type(screen.getByLabelText('Probation case reference number (CRN) (optional)'), 'x100000');
    await user.click(screen.getByLabelText('In custody'));
    await user.type(screen.getByLabelText('Prison'), 'HMP Northvale');
    await user.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Aar' })).toBeTruthy();
  });

  it('puts the server’s duplicate message against the NHS number', async () => {
    renderApp('/people/new', [
      meMock(me),
      quietMeChangedMock(),
      {
        request: { query: CreatePersonMutation, variables: () => true },
        result: graphQLError('ALREADY_EXISTS', 'A record with this NHS number already exists.', {
          fields: { nhsNumber: 'A record with this NHS number already exists.' },
        }),
      },
    ]);
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Legal name'), 'Aaron Ashworth');
    await user.type(screen.getByLabelText('Council area'), 'Northvale');
    await user.type(screen.getByLabelText('NHS number (optional)'), '9434765919');
    await user.click(screen.getByRole('button', { name: 'Add person' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'A record with this NHS number already exists.' }).getAttribute('href')).toBe(
      '#person-nhs-number',
    );
  });

  it('says only that a record may already exist when one held elsewhere looks like the same person', async () => {
    const input = {
      legalName: 'Aron Ashworth',
      preferredName: null,
      pronouns: null,
      dateOfBirth: '1981-05-23',
      councilArea: 'Northvale',
      nhsNumber: null,
      prisonNumber: null,
      crn: null,
      situation: { kind: 'COMMUNITY', establishment: null, releaseDate: null, accommodationStatus: null, notes: null },
    };
    const created = {
      ...buildPerson({ legalName: 'Aron Ashworth', displayName: 'Aron Ashworth', preferredName: null }),
      possibleExistingRecord: true,
    };
    renderApp('/people/new', [
      meMock(me),
      quietMeChangedMock(),
      { request: { query: CreatePersonMutation, variables: { input } }, result: { data: { createPerson: created } } },
    ]);
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Legal name'), input.legalName);
    await user.type(screen.getByLabelText('Day'), '23');
    await user.type(screen.getByLabelText('Month'), '5');
    await user.type(screen.getByLabelText('Year'), '1981');
    await user.type(screen.getByLabelText('Council area'), 'Northvale');
    await user.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByText('A record may already exist; its holder has been asked to get in touch.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Person added' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open Aron Ashworth’s record' }).getAttribute('href')).toBe(`/people/${created.id}`);
  });
});
