import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { AppointmentFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { DayWarnings } from '../../../ui/DayWarnings';
import { Loading } from '../../../ui/Loading';
import { SavedMessage } from '../../../ui/SavedMessage';
import { LoadProblem } from '../../../ui/LoadProblem';
import { formatLocalDate } from '../../releases/labels';
import { BookAppointmentMutation, PersonAppointmentsQuery, UpdateAppointmentMutation } from '../graphql/appointments';
import { whenText } from '../labels';
import type { BookingInput } from '../validation';
import { AppointmentTimeline } from './AppointmentTimeline';
import { BookAppointmentForm } from './BookAppointmentForm';
import { ClashWarning } from './ClashWarning';

type Appointment = AppointmentFieldsFragment;

interface AppointmentsSectionProps {
  personId: string;
  personName: string;
  organisations: ReadonlyArray<{ id: string; name: string }>;
  /** Called after any change, since appointments can change a release plan's red flags. */
  onChanged?: () => unknown;
}

/**
 * The person's appointments with every agency on one timeline, with clashes, and booking. A clash
 * never stops a booking: it is booked, and the user is shown the clash with a one-click move.
 */
export function AppointmentsSection({ personId, personName, organisations, onChanged }: AppointmentsSectionProps) {
  const variables = { personId };
  const { data, loading, error, refetch } = useQuery(PersonAppointmentsQuery, { variables, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<{ text: string; key: number } | null>(null);
  const [problem, setProblem] = useState<{ text: string; key: number } | null>(null);
  const [clashingId, setClashingId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [dayWarnings, setDayWarnings] = useState<ReadonlyArray<{ code: string; message: string }>>([]);
  const [book, { loading: booking }] = useMutation(BookAppointmentMutation, {
    refetchQueries: [{ query: PersonAppointmentsQuery, variables }],
    awaitRefetchQueries: true,
  });
  const [update] = useMutation(UpdateAppointmentMutation, {
    update(cache, { data: result }) {
      if (result) cache.writeQuery({ query: PersonAppointmentsQuery, variables, data: { appointments: result.updateAppointment } });
    },
  });
  const appointments = data?.appointments ?? [];
  const refused = !data && error ? ['FORBIDDEN', 'RECORD_RESTRICTED'].includes(readApiError(error).code) : false;

  if (refused) {
    return (
      <section aria-labelledby="appointments-heading" className="app-releases-section">
        <h2 className="govuk-heading-m" id="appointments-heading">
          Appointments
        </h2>
        <div className="app-empty-state">
          <p className="govuk-body">
            {personName}’s appointments are not shared with your organisation. They are part of the contact section of the record.
          </p>
        </div>
      </section>
    );
  }
  const clashing = clashingId ? appointments.find((a) => a.id === clashingId) : undefined;

  function say(text: string) {
    setProblem(null);
    setNotice((previous) => ({ text, key: (previous?.key ?? 0) + 1 }));
  }

  async function handleBook(input: BookingInput) {
    setNotice(null);
    setProblem(null);
    setDayWarnings([]);
    const result = await book({ variables: { input: { personId, ...input } } });
    const booked = result.data?.bookAppointment;
    onChanged?.();
    if (!booked) return;
    // The day's warnings stay in view after the form clears: the appointment is booked all the same.
    setDayWarnings(booked.warnings);
    if (booked.clashes.length > 0) {
      setClashingId(booked.appointment.id);
    } else {
      setClashingId(null);
      say(
        `Appointment booked: ${booked.appointment.purpose}, ${formatLocalDate(booked.appointment.date)}, ${whenText(booked.appointment).toLowerCase()}.`,
      );
    }
  }

  async function change(appointment: Appointment, input: { window?: 'MORNING' | 'AFTERNOON'; status?: 'ATTENDED' | 'MISSED' }) {
    if (busyId) return;
    setBusyId(appointment.id);
    setProblem(null);
    try {
      const result = await update({ variables: { input: { id: appointment.id, expectedVersion: appointment.version, ...input } } });
      onChanged?.();
      const after = result.data?.updateAppointment.find((a) => a.id === appointment.id);
      if (input.window) {
        const where = input.window === 'MORNING' ? 'the morning' : 'the afternoon';
        if (after && after.clashes.length > 0) {
          setClashingId(after.id);
          say(`Moved to ${where}, but it still clashes. See the warning below.`);
        } else {
          if (clashingId === appointment.id) setClashingId(null);
          say(`Moved to ${where}. It no longer clashes with ${personName}’s other appointments.`);
        }
      } else if (input.status === 'MISSED') {
        say(
          `Marked as missed. ${personName}’s lead professionals have been told, so someone can check they are all right. It is not held against them.`,
        );
      } else {
        say(`Marked as attended: ${appointment.purpose}.`);
      }
    } catch (caught) {
      const apiError = readApiError(caught);
      if (apiError.code === 'VERSION_CONFLICT') await refetch().catch(() => undefined);
      setProblem((previous) => ({ text: apiError.message, key: (previous?.key ?? 0) + 1 }));
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section aria-labelledby="appointments-heading" className="app-releases-section">
      <h2 className="govuk-heading-m" id="appointments-heading">
        Appointments
      </h2>
      <p className="govuk-body">
        Every service’s appointments with {personName}, so they do not collide. Once an appointment has passed, record whether they came.
        Marking one as missed tells their lead professionals, so someone can check they are all right: it is a signal to act on, never a
        mark against them.
      </p>
      {notice ? <SavedMessage key={notice.key} text={notice.text} /> : null}
      {dayWarnings.length > 0 ? <DayWarnings warnings={dayWarnings} id="booked-day-warnings" note="It has been booked." /> : null}
      {problem ? (
        <p className="govuk-error-message" role="alert" key={problem.key}>
          <span className="govuk-visually-hidden">Error:</span> {problem.text}
        </p>
      ) : null}
      {clashing && clashing.clashes.length > 0 && clashing.status === 'BOOKED' ? (
        <ClashWarning
          appointment={clashing}
          all={appointments}
          personName={personName}
          moving={busyId === clashing.id}
          onMove={(appointment, window) => void change(appointment, { window })}
          onDismiss={() => setClashingId(null)}
        />
      ) : null}
      {!data ? (
        loading ? (
          <Loading text="Loading appointments…" />
        ) : (
          <LoadProblem part error={error} what="the appointments" onRetry={() => void refetch()} />
        )
      ) : appointments.length === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">No appointments booked yet.</p>
        </div>
      ) : (
        <AppointmentTimeline
          appointments={appointments}
          busyId={busyId}
          onStatus={(appointment, status) => void change(appointment, { status })}
          onMove={(appointment, window) => void change(appointment, { window })}
        />
      )}
      <BookAppointmentForm organisations={organisations} onBook={handleBook} busy={booking} />
    </section>
  );
}
