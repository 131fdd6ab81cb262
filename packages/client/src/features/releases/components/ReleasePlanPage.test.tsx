import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { appointmentsMock } from '../../appointments/testing';
import { UpdateReleasePlanItemMutation, UpdateReleasePlanMutation } from '../graphql/releases';
import { buildPlan, HOUSING, organisationsMock, PERSON_ID, planMock, planPersonMock } from '../testing';

const coordinator = buildCurrentUser('COORDINATOR', { name: 'Ravi Patel' });
const PATH = `/people/${PERSON_ID}/release`;

const plan = buildPlan(
  { redFlags: ['NO_ACCOMMODATION', 'DUTY_TO_REFER_LATE', 'FRIDAY_RELEASE'] },
  { DUTY_TO_REFER: { status: 'IN_PROGRESS', owningOrganisation: HOUSING, version: 2 }, ID: { status: 'DONE', version: 1 } },
);

describe('ReleasePlanPage', () => {
  it('shows the countdown and each red flag with its label and why it matters', async () => {
    renderApp(PATH, [
      meMock(coordinator),
      quietMeChangedMock(),
      planPersonMock('Release planning'),
      planMock(plan),
      organisationsMock(),
      appointmentsMock([]),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Dee Marsh' }, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByText('Released in 11 days')).toBeTruthy();
    expect(screen.getByText('Friday 4 Dec 2026')).toBeTruthy();
    expect(screen.getByText('Release time').nextElementSibling!.textContent).toBe('13:00');

    const flags = screen.getByRole('region', { name: 'Red flags' });
    const items = within(flags).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByText(/./, { selector: 'strong' }).textContent)).toEqual([
      'No accommodation and release is close',
      'Duty to Refer not made in time',
      'Released on a Friday',
    ]);
    expect(within(items[0]!).getByText(/nowhere to live has been secured/)).toBeTruthy();
    expect(within(items[0]!).getByText('No accommodation and release is close').className).toContain('govuk-tag--red');
    expect(within(items[2]!).getByText('Released on a Friday').className).toContain('govuk-tag--orange');

    const checklist = screen.getByRole('region', { name: 'Checklist' });
    expect(within(checklist).getByText('1 of 9 done.', { exact: false })).toBeTruthy();
    expect(within(checklist).getAllByRole('heading', { level: 3 })).toHaveLength(9);
    expect(screen.getByRole('region', { name: 'Appointments' })).toBeTruthy();
  });

  it('saves one checklist item, asking for the date and council when a Duty to Refer is done', async () => {
    const saved = buildPlan(
      { redFlags: ['NO_ACCOMMODATION', 'FRIDAY_RELEASE'] },
      {
        DUTY_TO_REFER: { status: 'DONE', owningOrganisation: HOUSING, version: 3, onDate: '2026-11-20', council: 'Northvale' },
        ID: { status: 'DONE', version: 1 },
      },
    );
    renderApp(PATH, [
      meMock(coordinator),
      quietMeChangedMock(),
      planPersonMock('Release planning'),
      planMock(plan),
      organisationsMock(),
      appointmentsMock([]),
      {
        request: {
          query: UpdateReleasePlanItemMutation,
          variables: {
            input: {
              personId: PERSON_ID,
              item: 'DUTY_TO_REFER',
              expectedVersion: 2,
              status: 'DONE',
              owningOrganisationId: HOUSING.id,
              onDate: '2026-11-20',
              detail: null,
              council: 'Northvale',
              outcome: null,
            },
          },
        },
        result: { data: { updateReleasePlanItem: saved } },
        delay: 50,
      },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Update Duty to Refer made' }, { timeout: 10_000 }));
    const form = screen.getByRole('form', { name: 'Duty to Refer made' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Status'));
    await user.selectOptions(within(form).getByLabelText('Status'), 'Done');
    await user.click(within(form).getByRole('button', { name: 'Save Duty to Refer made' }));

    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the date the referral was made' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Enter the council the referral was made to' })).toBeTruthy();
    expect(within(form).getByLabelText('Council it was made to').getAttribute('aria-invalid')).toBe('true');

    await user.type(within(form).getByLabelText('Day'), '20');
    await user.type(within(form).getByLabelText('Month'), '11');
    await user.type(within(form).getByLabelText('Year'), '2026');
    await user.type(within(form).getByLabelText('Council it was made to'), 'Northvale');
    await user.click(within(form).getByRole('button', { name: 'Save Duty to Refer made' }));

    expect(await screen.findByRole('button', { name: 'Saving… Duty to Refer made' })).toBeTruthy();
    const message = await screen.findByText('Duty to Refer made: saved.');
    expect(document.activeElement).toBe(message);
    expect(screen.queryByRole('form', { name: 'Duty to Refer made' })).toBeNull();
    expect(screen.getByText('20 Nov 2026')).toBeTruthy();
    const flags = screen.getByRole('region', { name: 'Red flags' });
    expect(within(flags).queryByText('Duty to Refer not made in time')).toBeNull();
  }, 15_000);

  it('records the release time on the 24-hour clock, refusing anything else, and the Friday flag goes for a morning release', async () => {
    const morning = buildPlan({ releaseTime: '09:30', redFlags: ['NO_ACCOMMODATION', 'DUTY_TO_REFER_LATE'], version: 2 });
    renderApp(PATH, [
      meMock(coordinator),
      quietMeChangedMock(),
      planPersonMock('Release planning'),
      planMock(plan),
      organisationsMock(),
      appointmentsMock([]),
      {
        request: {
          query: UpdateReleasePlanMutation,
          variables: {
            input: {
              personId: PERSON_ID,
              expectedVersion: 1,
              destinationCouncilArea: 'Northvale',
              establishmentTown: 'Northvale',
              releaseTime: '09:30',
            },
          },
        },
        result: { data: { updateReleasePlan: morning } },
      },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Change where they are going or the release time' }, { timeout: 10_000 }));
    const time = screen.getByLabelText('Release time (optional)');
    expect((time as HTMLInputElement).value).toBe('13:00');
    await user.clear(time);
    await user.type(time, 'half two');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the release time using the 24-hour clock, like 09:30 or 14:00' })).toBeTruthy();

    await user.clear(time);
    await user.type(time, '9.30');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Where they are going and the release time: saved.')).toBeTruthy();
    expect(screen.getByText('Release time').nextElementSibling!.textContent).toBe('09:30');
    expect(within(screen.getByRole('region', { name: 'Red flags' })).queryByText('Released on a Friday')).toBeNull();
  }, 15_000);

  it('explains, without showing anything about them, when the record is not shared', async () => {
    renderApp(PATH, [
      meMock(coordinator),
      quietMeChangedMock(),
      planPersonMock('Release planning', { code: 'FORBIDDEN', message: 'You do not have access to this record.' }),
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this record' }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'open the record page' }).getAttribute('href')).toBe(`/people/${PERSON_ID}`);
  });

  it('says when the person is known but their release plan is not shared', async () => {
    renderApp(PATH, [
      meMock(coordinator),
      quietMeChangedMock(),
      planPersonMock('Release planning'),
      planMock(null, { code: 'FORBIDDEN', message: 'This part of the record is not shared with your organisation.' }),
      organisationsMock(),
      appointmentsMock([]),
    ]);

    expect(await screen.findByText('The release plan is not shared with your organisation', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Dee Marsh' })).toBeTruthy();
  });
});
