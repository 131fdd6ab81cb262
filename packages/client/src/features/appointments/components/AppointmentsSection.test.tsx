import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it, vi } from 'vitest';
import { weekday } from '@casehuddle/shared';
import { createCache } from '../../../app/cache';
import { addDays, todayIso } from '../../../ui/dates';
import { BookAppointmentMutation, UpdateAppointmentMutation } from '../graphql/appointments';
import { APPOINTMENT_PERSON_ID, appointmentsMock, buildAppointment } from '../testing';
import { AppointmentsSection } from './AppointmentsSection';

const ORGANISATIONS = [{ id: '20000000-0000-4000-8000-000000000001', name: 'Northvale Probation Delivery Unit' }];

function renderSection(mocks: MockLink.MockedResponse[], onChanged = vi.fn()) {
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <AppointmentsSection personId={APPOINTMENT_PERSON_ID} personName="Dee" organisations={ORGANISATIONS} onChanged={onChanged} />
    </MockedProvider>,
  );
  return onChanged;
}

describe('AppointmentsSection', () => {
  it('warns about a clash after booking, and moves the new appointment to the afternoon in one click', async () => {
    const day = addDays(todayIso(), 8);
    const [year, month, date] = day.split('-');
    const morning = buildAppointment({ date: day, window: 'MORNING', purpose: 'Housing assessment' });
    const exact = buildAppointment({
      date: day,
      window: 'EXACT',
      startTime: '10:30',
      purpose: 'Script review',
      organisation: { __typename: 'OrganisationRef', id: ORGANISATIONS[0]!.id, name: ORGANISATIONS[0]!.name },
      location: null,
    });
    const clash = {
      __typename: 'AppointmentClash' as const,
      rule: 'TIME_IN_WINDOW' as const,
      message: 'A set time falls inside the other appointment’s window.',
    };
    const exactClashing = { ...exact, clashes: [{ ...clash, otherAppointmentId: morning.id }] };
    const morningClashing = { ...morning, clashes: [{ ...clash, otherAppointmentId: exact.id }] };
    const moved = vi.fn(() => ({
      data: { updateAppointment: [morning, { ...exact, window: 'AFTERNOON' as const, startTime: null, version: 2 }] },
    }));

    const onChanged = renderSection([
      appointmentsMock([morning]),
      {
        request: {
          query: BookAppointmentMutation,
          variables: {
            input: {
              personId: APPOINTMENT_PERSON_ID,
              date: day,
              window: 'EXACT',
              startTime: '10:30',
              endTime: null,
              organisationId: ORGANISATIONS[0]!.id,
              purpose: 'Script review',
              location: null,
              town: 'Northvale',
              firstProbation: false,
            },
          },
        },
        result: {
          data: {
            bookAppointment: { __typename: 'BookingResult', appointment: exactClashing, clashes: exactClashing.clashes, warnings: [] },
          },
        },
      },
      appointmentsMock([morningClashing, exactClashing]),
      {
        request: { query: UpdateAppointmentMutation, variables: { input: { id: exact.id, expectedVersion: 1, window: 'AFTERNOON' } } },
        result: moved,
      },
    ]);
    const user = userEvent.setup();

    expect(await screen.findByText('Housing assessment')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Book an appointment' });
    await user.type(within(form).getByLabelText('Day'), String(Number(date)));
    await user.type(within(form).getByLabelText('Month'), String(Number(month)));
    await user.type(within(form).getByLabelText('Year'), year!);
    await user.click(within(form).getByLabelText('At a set time'));
    await user.type(within(form).getByLabelText('Start time'), '10:30');
    await user.type(within(form).getByLabelText('What is it for?'), 'Script review');
    await user.selectOptions(within(form).getByLabelText('Which service is it with?'), ORGANISATIONS[0]!.name);
    await user.type(within(form).getByLabelText('Town (optional)'), 'Northvale');
    await user.click(within(form).getByRole('button', { name: 'Book appointment' }));

    const warning = await screen.findByRole('region', { name: 'This appointment clashes with another' });
    expect(document.activeElement).toBe(warning);
    expect(warning.textContent).toContain('Script review');
    expect(warning.textContent).toContain('has been booked');
    expect(warning.textContent).toContain('A set time falls inside the other appointment’s window.');
    expect(warning.textContent).toContain(
      'With: Housing assessment (Northvale Council Housing Options, morning (9am to 12:30pm), Northvale).',
    );
    expect(onChanged).toHaveBeenCalled();

    await user.click(within(warning).getByRole('button', { name: 'Move to the afternoon' }));

    expect(await screen.findByText('Moved to the afternoon. It no longer clashes with Dee’s other appointments.')).toBeTruthy();
    expect(moved).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region', { name: 'This appointment clashes with another' })).toBeNull();
    expect(screen.getByText('Afternoon (12:30pm to 5pm)')).toBeTruthy();
  });

  it('warns of a Saturday as the date is typed, books it all the same, and keeps the warning in view', async () => {
    let day = addDays(todayIso(), 1);
    while (weekday(day) !== 6) day = addDays(day, 1);
    const [year, month, date] = day.split('-');
    const saturday = buildAppointment({ date: day, window: 'MORNING', purpose: 'Key work session', town: null, location: null });
    const warning = {
      __typename: 'DayWarning' as const,
      code: 'WEEKEND' as const,
      message: `Saturday ${Number(date)} ${new Date(`${day}T12:00:00Z`).toLocaleString('en-GB', { month: 'short' })} ${year} is a weekend: check the service is open.`,
    };
    renderSection([
      appointmentsMock([]),
      {
        request: {
          query: BookAppointmentMutation,
          variables: {
            input: {
              personId: APPOINTMENT_PERSON_ID,
              date: day,
              window: 'MORNING',
              startTime: null,
              endTime: null,
              organisationId: null,
              purpose: 'Key work session',
              location: null,
              town: null,
              firstProbation: false,
            },
          },
        },
        result: {
          data: {
            bookAppointment: {
              __typename: 'BookingResult',
              appointment: { ...saturday, warnings: [warning] },
              clashes: [],
              warnings: [warning],
            },
          },
        },
      },
      appointmentsMock([{ ...saturday, warnings: [warning] }]),
    ]);
    const user = userEvent.setup();
    expect(await screen.findByText('No appointments booked yet.')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Book an appointment' });
    await user.type(within(form).getByLabelText('Day'), String(Number(date)));
    await user.type(within(form).getByLabelText('Month'), String(Number(month)));
    expect(form.querySelector('#appointment-day-warnings')!.textContent).toBe('');
    await user.type(within(form).getByLabelText('Year'), year!);

    const live = form.querySelector('#appointment-day-warnings')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe(`!Warning${warning.message} You can still book it.`);

    await user.click(within(form).getByLabelText('Morning'));
    await user.type(within(form).getByLabelText('What is it for?'), 'Key work session');
    await user.click(within(form).getByRole('button', { name: 'Book appointment' }));

    expect(await screen.findByText(/^Appointment booked: Key work session/)).toBeTruthy();
    expect(document.querySelector('#booked-day-warnings')!.textContent).toBe(`!Warning${warning.message} It has been booked.`);
    // The timeline keeps the warning beside the appointment itself.
    const beside = await screen.findByText(warning.message, { selector: '.app-appointment__day-warnings strong' });
    expect(beside.textContent).toBe(`Warning${warning.message}`);
  });

  it('asks for what a booking needs before sending it', async () => {
    renderSection([appointmentsMock([])]);
    const user = userEvent.setup();
    expect(await screen.findByText('No appointments booked yet.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Book appointment' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the date of the appointment' }).getAttribute('href')).toBe(
      '#appointment-date-day',
    );
    expect(within(summary).getByRole('link', { name: 'Choose when the appointment is' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Say what the appointment is for' })).toBeTruthy();
  });

  it('records a missed appointment as a prompt to check in, not a mark against the person', async () => {
    const today = buildAppointment({ date: todayIso(), purpose: 'Benefits appointment' });
    renderSection([
      appointmentsMock([today]),
      {
        request: { query: UpdateAppointmentMutation, variables: { input: { id: today.id, expectedVersion: 1, status: 'MISSED' } } },
        result: { data: { updateAppointment: [{ ...today, status: 'MISSED', version: 2 }] } },
      },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /^Missed: Benefits appointment/ }));

    const message = await screen.findByText(/Marked as missed/);
    expect(message.textContent).toContain('Dee’s lead professionals have been told, so someone can check they are all right.');
    expect(message.textContent).toContain('It is not held against them.');
    expect(screen.getByText('Missed')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Attended/ })).toBeNull();
  });
});
