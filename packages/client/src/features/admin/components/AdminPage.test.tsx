import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OrganisationFieldsFragment, UserFieldsFragment } from '../../../generated/graphql';
import { buildCurrentUser, buildOrganisation, buildUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { AdminPageQuery, CreateOrganisationMutation, CreateUserMutation, DeactivateOrganisationMutation } from '../graphql/admin';

const admin = buildCurrentUser('ADMIN', { name: 'Alex Admin' });
const adminAsListed = buildUser({
  id: admin.id,
  name: admin.name,
  email: admin.email,
  role: 'ADMIN',
  organisation: { __typename: 'Organisation', id: admin.organisation.id, name: admin.organisation.name },
});

function adminPageMock(organisations: OrganisationFieldsFragment[], users: UserFieldsFragment[]) {
  return { request: { query: AdminPageQuery }, result: { data: { organisations, users } } };
}

function graphQLError(code: string, message: string, fields?: Record<string, string>) {
  return { data: null, errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }] };
}

function renderAdmin(...mocks: Parameters<typeof renderApp>[1]) {
  return renderApp('/admin', [meMock(admin), quietMeChangedMock(), ...mocks]);
}

const organisationForm = () => screen.getByRole('form', { name: 'Add an organisation' });
const userForm = () => screen.getByRole('form', { name: 'Add a user' });

describe('AdminPage', () => {
  it('lists organisations and users with their status and a labelled action for each', async () => {
    const probation = buildOrganisation({ name: 'Leeds Probation Delivery Unit', councilArea: 'Leeds' });
    const housing = buildOrganisation({
      name: 'Leeds Housing Options',
      kind: 'COUNCIL_HOUSING',
      councilArea: 'Leeds',
      active: false,
    });
    const priya = buildUser({ name: 'Priya Shah', role: 'COORDINATOR' });
    renderAdmin(adminPageMock([probation, housing], [priya, adminAsListed]));

    expect(await screen.findByRole('heading', { level: 1, name: 'Admin' })).toBeTruthy();
    const organisations = screen.getByRole('table', { name: 'Organisations' });
    const housingRow = within(organisations).getByRole('row', { name: /Leeds Housing Options/ });
    expect(within(housingRow).getByText('Council housing')).toBeTruthy();
    expect(within(housingRow).getByText('Deactivated')).toBeTruthy();
    expect(within(housingRow).getByText('22 Nov 2026')).toBeTruthy();
    expect(within(housingRow).getByRole('button', { name: 'Reactivate Leeds Housing Options' })).toBeTruthy();
    expect(within(organisations).getByRole('button', { name: 'Deactivate Leeds Probation Delivery Unit' })).toBeTruthy();

    const users = screen.getByRole('table', { name: 'Users' });
    const priyaRow = within(users).getByRole('row', { name: /Priya Shah/ });
    expect(within(priyaRow).getByText('Coordinator')).toBeTruthy();
    expect(within(priyaRow).getByText('Active')).toBeTruthy();
    expect(within(priyaRow).getByRole('button', { name: 'Deactivate Priya Shah' })).toBeTruthy();
    // Administrators cannot lock themselves out from this screen.
    const ownRow = within(users).getByRole('row', { name: /Alex Admin/ });
    expect(within(ownRow).queryByRole('button')).toBeNull();

    // Only active organisations can take new users.
    const organisationSelect = within(userForm()).getByLabelText('Organisation');
    expect(within(organisationSelect).queryByRole('option', { name: 'Leeds Housing Options' })).toBeNull();
    expect(within(organisationSelect).getByRole('option', { name: 'Leeds Probation Delivery Unit' })).toBeTruthy();
  });

  it('says when there are no organisations yet', async () => {
    renderAdmin(adminPageMock([], [adminAsListed]));

    expect(await screen.findByText('No organisations yet.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Organisations' })).toBeNull();
  });

  it('shows inline errors and an error summary when the organisation form is incomplete', async () => {
    renderAdmin(adminPageMock([], [adminAsListed]));
    const user = userEvent.setup();

    await user.click(
      await within(await screen.findByRole('form', { name: 'Add an organisation' })).findByRole('button', { name: 'Add organisation' }),
    );

    const summary = within(organisationForm()).getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Enter the name of the organisation', 'Select the kind of organisation', 'Enter the council area']);
    expect(document.getElementById('organisation-name-error')?.textContent).toBe('Error: Enter the name of the organisation');
    expect(within(organisationForm()).getByLabelText('Kind of organisation').getAttribute('aria-describedby')).toBe(
      'organisation-kind-error',
    );
    await waitFor(() => expect(document.title).toBe('Error: Admin – CaseHuddle'));
  });

  it("shows the server's field messages when it rejects an organisation", async () => {
    const input = { name: 'Leeds Probation Delivery Unit', kind: 'PROBATION', councilArea: 'Leeds' } as const;
    renderAdmin(adminPageMock([], [adminAsListed]), {
      request: { query: CreateOrganisationMutation, variables: { input } },
      result: graphQLError('VALIDATION_FAILED', 'Check the details and try again.', {
        councilArea: 'Council area must be a local authority in England or Wales',
      }),
    });
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Add an organisation' });
    await user.type(within(form).getByLabelText('Name'), input.name);
    await user.selectOptions(within(form).getByLabelText('Kind of organisation'), 'Probation');
    await user.type(within(form).getByLabelText(/Council area/), input.councilArea);
    await user.click(within(form).getByRole('button', { name: 'Add organisation' }));

    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Council area must be a local authority in England or Wales' })).toBeTruthy();
    expect(document.getElementById('organisation-council-area-error')?.textContent).toContain(
      'Council area must be a local authority in England or Wales',
    );
    // What the user typed is kept so they can correct it.
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe(input.name);
  });

  it('adds an organisation, showing progress, then lists it', async () => {
    const input = { name: 'Leeds Housing Options', kind: 'COUNCIL_HOUSING', councilArea: 'Leeds' } as const;
    const created = buildOrganisation(input);
    renderAdmin(
      adminPageMock([], [adminAsListed]),
      {
        request: { query: CreateOrganisationMutation, variables: { input } },
        result: { data: { createOrganisation: created } },
        delay: 150,
      },
      adminPageMock([created], [adminAsListed]),
    );
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Add an organisation' });
    await user.type(within(form).getByLabelText('Name'), input.name);
    await user.selectOptions(within(form).getByLabelText('Kind of organisation'), 'Council housing');
    await user.type(within(form).getByLabelText(/Council area/), input.councilArea);
    await user.click(within(form).getByRole('button', { name: 'Add organisation' }));

    expect((within(form).getByRole('button', { name: 'Saving…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await screen.findByText('Leeds Housing Options has been added.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Organisations' });
    expect(within(table).getByRole('row', { name: /Leeds Housing Options/ })).toBeTruthy();
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('');
  });

  it('deactivates an organisation and shows its new status', async () => {
    const probation = buildOrganisation({ name: 'Leeds Probation Delivery Unit' });
    renderAdmin(
      adminPageMock([probation], [adminAsListed]),
      {
        request: { query: DeactivateOrganisationMutation, variables: { id: probation.id } },
        result: { data: { deactivateOrganisation: { ...probation, active: false } } },
      },
      adminPageMock([{ ...probation, active: false }], [adminAsListed]),
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Deactivate Leeds Probation Delivery Unit' }));

    expect(await screen.findByRole('button', { name: 'Reactivate Leeds Probation Delivery Unit' })).toBeTruthy();
    const row = within(screen.getByRole('table', { name: 'Organisations' })).getByRole('row', {
      name: /Leeds Probation Delivery Unit/,
    });
    expect(within(row).getByText('Deactivated')).toBeTruthy();
    expect(screen.getByText('Leeds Probation Delivery Unit has been deactivated.')).toBeTruthy();
  });

  it('checks the new user form, including the minimum password length', async () => {
    renderAdmin(adminPageMock([buildOrganisation()], [adminAsListed]));
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Add a user' });
    await user.type(within(form).getByLabelText('Email address'), 'not-an-email');
    await user.type(within(form).getByLabelText('Temporary password'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Add user' }));

    const summary = within(form).getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter their full name',
      'Enter an email address in the correct format, like name@example.com',
      'Select their organisation',
      'Select their role',
      'Temporary password must be 12 characters or more',
    ]);
    expect(document.getElementById('user-password-error')?.textContent).toBe('Error: Temporary password must be 12 characters or more');
  });

  it("shows the server's message against the email address when the user already exists", async () => {
    const probation = buildOrganisation({ name: 'Leeds Probation Delivery Unit' });
    const input = {
      name: 'Priya Shah',
      email: 'priya.shah@probation.example',
      organisationId: probation.id,
      role: 'PRACTITIONER',
      password: 'a long temporary password',
    } as const;
    renderAdmin(adminPageMock([probation], [adminAsListed]), {
      request: { query: CreateUserMutation, variables: { input } },
      result: graphQLError('ALREADY_EXISTS', 'Someone already uses that email address.'),
    });
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Add a user' });
    await user.type(within(form).getByLabelText('Full name'), input.name);
    await user.type(within(form).getByLabelText('Email address'), input.email);
    await user.selectOptions(within(form).getByLabelText('Organisation'), 'Leeds Probation Delivery Unit');
    await user.selectOptions(within(form).getByLabelText('Role'), 'Practitioner');
    await user.type(within(form).getByLabelText('Temporary password'), input.password);
    await user.click(within(form).getByRole('button', { name: 'Add user' }));

    const summary = await within(form).findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Someone already uses that email address.' });
    expect(link.getAttribute('href')).toBe('#user-email');
    expect(document.getElementById('user-email-error')?.textContent).toContain('Someone already uses that email address.');
  });
});
