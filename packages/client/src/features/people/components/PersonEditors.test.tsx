import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import {
  buildPerson,
  CHRIS,
  graphQLError,
  HOUSING,
  JORDAN,
  PERSON_ID,
  personMock,
  PROBATION,
  quietPersonChangedMock,
} from '../../../test/personFixtures';
import { renderApp } from '../../../test/renderApp';
import {
  ColleaguesQuery,
  RemoveLeadProfessionalMutation,
  SetLeadProfessionalMutation,
  UpdatePersonPreferencesMutation,
  UpdatePersonProfileMutation,
  UpdatePersonRiskMutation,
  UpdatePersonSituationMutation,
} from '../graphql/people';

// The editors on a person's record, driven as a user would: by the names of buttons, fields and
// messages. Each mock checks only what the edit must send, so the tests hold however the form
// keeps its state.

const me = buildCurrentUser('PRACTITIONER', {
  id: JORDAN.id,
  name: JORDAN.name,
  organisation: { __typename: 'Organisation', id: PROBATION.id, name: PROBATION.name, kind: 'PROBATION' },
});

type Input = Record<string, unknown> & { personId?: string; expectedVersion?: number };

/** A mutation answered with `person` when its input passes `check`. */
function saves(query: MockLink.MockedResponse['request']['query'], check: (input: Input) => boolean, data: Record<string, unknown>) {
  return {
    request: { query, variables: (variables: { input: Input }) => variables.input.personId === PERSON_ID && check(variables.input) },
    result: { data },
  };
}

function renderRecord(...mocks: MockLink.MockedResponse[]) {
  return renderApp(`/people/${PERSON_ID}`, [meMock(me), quietMeChangedMock(), quietPersonChangedMock(), ...mocks]);
}

const region = (name: string | RegExp) => screen.findByRole('region', { name });

async function openEditor(card: string | RegExp, button: string) {
  const user = userEvent.setup();
  await user.click(within(await region(card)).getByRole('button', { name: button }));
  return user;
}

beforeAll(async () => {
  await import('./PeopleRoutes');
});

configure({ asyncUtilTimeout: 4000 });

describe('editing a person’s record', { timeout: 20_000 }, () => {
  it('saves personal details, then shows the new name', async () => {
    const person = buildPerson();
    const saved = buildPerson({ preferredName: 'Ash', displayName: 'Ash', profile: { ...person.profile!, version: 2 } });
    renderRecord(
      personMock(person),
      saves(
        UpdatePersonProfileMutation,
        (input) => input.expectedVersion === 1 && (input.profile as Record<string, unknown>).preferredName === 'Ash',
        { updatePersonProfile: saved },
      ),
    );
    const user = await openEditor('Personal details', 'Edit personal details');
    const form = screen.getByRole('form', { name: 'Edit personal details' });
    const preferred = within(form).getByLabelText('Preferred name (optional)');
    await user.clear(preferred);
    await user.type(preferred, 'Ash');
    await user.click(within(form).getByRole('button', { name: 'Save personal details' }));

    expect(await screen.findByText('Personal details saved.')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Ash' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Edit personal details' })).toBeNull();
  });

  it('will not save personal details without a legal name, and says so', async () => {
    renderRecord(personMock(buildPerson()));
    const user = await openEditor('Personal details', 'Edit personal details');
    const form = screen.getByRole('form', { name: 'Edit personal details' });
    await user.clear(within(form).getByLabelText('Legal name'));
    await user.click(within(form).getByRole('button', { name: 'Save personal details' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter their legal name' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Edit personal details' })).toBeTruthy();
  });

  it('saves the current situation: released into the community', async () => {
    const person = buildPerson();
    const saved = buildPerson({
      situation: {
        ...person.situation!,
        kind: 'COMMUNITY',
        establishment: null,
        releaseDate: null,
        accommodationStatus: 'HOSTEL',
        version: 2,
      },
    });
    renderRecord(
      personMock(person),
      saves(
        UpdatePersonSituationMutation,
        (input) => {
          const situation = input.situation as Record<string, unknown>;
          return input.expectedVersion === 1 && situation.kind === 'COMMUNITY' && situation.accommodationStatus === 'HOSTEL';
        },
        { updatePersonSituation: saved },
      ),
    );
    const user = await openEditor('Current situation', 'Edit current situation');
    const form = screen.getByRole('form', { name: /current situation/i });
    await user.click(within(form).getByLabelText('In the community'));
    await user.selectOptions(within(form).getByLabelText('Accommodation (optional)'), 'Hostel');
    await user.click(within(form).getByRole('button', { name: 'Save current situation' }));

    expect(await screen.findByText('Current situation saved.')).toBeTruthy();
    const card = await region('Current situation');
    expect(within(card).getByText('In the community')).toBeTruthy();
    expect(within(card).getByText('Hostel')).toBeTruthy();
  });

  it('saves preferences: what helps and the best time for appointments', async () => {
    const person = buildPerson();
    const saved = buildPerson({
      preferences: { ...person.preferences!, whatHelps: 'A text the day before', timeOfDay: 'AFTERNOON', version: 2 },
    });
    renderRecord(
      personMock(person),
      saves(
        UpdatePersonPreferencesMutation,
        (input) => input.expectedVersion === 1 && input.whatHelps === 'A text the day before' && input.timeOfDay === 'AFTERNOON',
        { updatePersonPreferences: saved },
      ),
    );
    const user = await openEditor('Preferences and contact', 'Edit preferences and contact');
    const form = screen.getByRole('form', { name: /preferences/i });
    const helps = within(form).getByLabelText('What helps me');
    await user.clear(helps);
    await user.type(helps, 'A text the day before');
    await user.click(within(within(form).getByRole('group', { name: /Best time for appointments/ })).getByLabelText('Afternoons'));
    await user.click(within(form).getByRole('button', { name: 'Save preferences' }));

    expect(await screen.findByText('Preferences saved.')).toBeTruthy();
    expect(within(await region('Preferences and contact')).getByText('A text the day before')).toBeTruthy();
  });

  it('saves risks and safety, and shows the server’s refusal when the record is restricted meanwhile', async () => {
    const person = buildPerson();
    renderRecord(personMock(person), {
      request: {
        query: UpdatePersonRiskMutation,
        variables: (variables: { input: Input }) => variables.input.summary === 'Lone working not advised.',
      },
      result: graphQLError('RECORD_RESTRICTED', 'This record is restricted: it cannot be changed while the restriction lasts.'),
    });
    const user = await openEditor(/^Risks and safety/, 'Edit risks and safety');
    const form = screen.getByRole('form', { name: /risks and safety/i });
    const risks = within(form).getByLabelText('Risks');
    await user.clear(risks);
    await user.type(risks, 'Lone working not advised.');
    await user.click(within(form).getByRole('button', { name: 'Save risks and safety' }));

    expect(await screen.findByText(/This record is restricted: it cannot be changed while the restriction lasts\./)).toBeTruthy();
    // Nothing was lost: the words are still in the form, to save later.
    expect((within(form).getByLabelText('Risks') as HTMLTextAreaElement).value).toBe('Lone working not advised.');
  });

  it('saves risks and safety', async () => {
    const person = buildPerson();
    const saved = buildPerson({ risk: { ...person.risk!, summary: 'Lone working not advised.', version: 2 } });
    renderRecord(
      personMock(person),
      saves(UpdatePersonRiskMutation, (input) => input.expectedVersion === 1 && input.summary === 'Lone working not advised.', {
        updatePersonRisk: saved,
      }),
    );
    const user = await openEditor(/^Risks and safety/, 'Edit risks and safety');
    const form = screen.getByRole('form', { name: /risks and safety/i });
    const risks = within(form).getByLabelText('Risks');
    await user.clear(risks);
    await user.type(risks, 'Lone working not advised.');
    await user.click(within(form).getByRole('button', { name: 'Save risks and safety' }));

    expect(await screen.findByText('Risks and safety saved.')).toBeTruthy();
    expect(within(await region(/^Risks and safety/)).getByText('Lone working not advised.')).toBeTruthy();
  });

  it('sets a lead professional from the colleagues list, and removes one after confirming', async () => {
    const DANA = { __typename: 'UserRef', id: 'user-dana', name: 'Dana Price', organisation: HOUSING } as const;
    const person = buildPerson();
    const withDana = buildPerson({
      leadProfessionals: [
        { __typename: 'LeadProfessional', organisation: PROBATION, user: JORDAN },
        { __typename: 'LeadProfessional', organisation: HOUSING, user: DANA },
      ],
    });
    const withoutHousing = buildPerson({ leadProfessionals: [{ __typename: 'LeadProfessional', organisation: PROBATION, user: JORDAN }] });
    renderRecord(
      personMock(person),
      {
        request: { query: ColleaguesQuery },
        result: {
          data: {
            colleagues: [
              { __typename: 'User', id: CHRIS.id, name: CHRIS.name, organisation: { ...HOUSING, __typename: 'Organisation' } },
              { __typename: 'User', id: DANA.id, name: DANA.name, organisation: { ...HOUSING, __typename: 'Organisation' } },
            ],
          },
        },
      },
      {
        request: { query: SetLeadProfessionalMutation, variables: { personId: PERSON_ID, userId: DANA.id } },
        result: { data: { setLeadProfessional: withDana } },
      },
      {
        request: { query: RemoveLeadProfessionalMutation, variables: { personId: PERSON_ID, organisationId: HOUSING.id } },
        result: { data: { removeLeadProfessional: withoutHousing } },
      },
    );
    const user = await openEditor('Lead professionals', 'Set a lead professional');
    const form = await screen.findByRole('form', { name: 'Set a lead professional' });
    // Choosing nobody is refused with a message.
    await user.click(within(form).getByRole('button', { name: 'Set lead professional' }));
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Select a lead professional' })).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText('Lead professional'), `Dana Price – ${HOUSING.name}`);
    await user.click(within(form).getByRole('button', { name: 'Set lead professional' }));

    expect(await screen.findByText(`Dana Price is now the lead professional for ${HOUSING.name}.`)).toBeTruthy();
    const card = await region('Lead professionals');
    expect(within(card).getByText('Dana Price')).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Remove Dana Price as lead professional' }));
    await user.click(within(card).getByRole('button', { name: 'Yes, remove Dana Price' }));
    expect(await screen.findByText(`${HOUSING.name} no longer has a lead professional on this record.`)).toBeTruthy();
    await waitFor(() => expect(within(card).queryByText('Dana Price')).toBeNull());
  });

  it('offers no editors on a restricted record, and says why', async () => {
    renderRecord(personMock(buildPerson({ processingRestricted: true })));
    expect(await screen.findByText('Processing restricted')).toBeTruthy();
    expect(
      screen.getByText(
        'An administrator has restricted this record: it is kept, but it cannot be changed or shared while the restriction lasts.',
      ),
    ).toBeTruthy();
    await region('Personal details');
    for (const name of ['Edit personal details', 'Edit current situation', 'Edit preferences and contact', 'Edit risks and safety']) {
      expect(screen.queryByRole('button', { name }), name).toBeNull();
    }
  });
});
