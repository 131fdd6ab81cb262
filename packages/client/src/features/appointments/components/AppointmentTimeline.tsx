import type { AppointmentStatus } from '@casehuddle/shared';
import type { AppointmentFieldsFragment } from '../../../generated/graphql';
import { todayIso } from '../../../ui/dates';
import { WarningText } from '../../../ui/WarningText';
import { formatLocalDate, formatLocalDateWithDay } from '../../releases/labels';
import { APPOINTMENT_STATUS_LABELS, APPOINTMENT_STATUS_TAGS, moveLabel, moveTarget, whenText } from '../labels';
import { ClashList } from './ClashList';

type Appointment = AppointmentFieldsFragment;

interface AppointmentTimelineProps {
  appointments: ReadonlyArray<Appointment>;
  /** The appointment being changed, if any (its buttons say so and wait). */
  busyId: string | null;
  onStatus: (appointment: Appointment, status: Extract<AppointmentStatus, 'ATTENDED' | 'MISSED'>) => void;
  onMove: (appointment: Appointment, window: 'MORNING' | 'AFTERNOON') => void;
  today?: string;
}

function groupByDate(appointments: ReadonlyArray<Appointment>): Array<[string, Appointment[]]> {
  const groups = new Map<string, Appointment[]>();
  for (const appointment of appointments) {
    const list = groups.get(appointment.date) ?? [];
    list.push(appointment);
    groups.set(appointment.date, list);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Every agency's appointments for the person, on one timeline grouped by day, with their clashes. */
export function AppointmentTimeline({ appointments, busyId, onStatus, onMove, today = todayIso() }: AppointmentTimelineProps) {
  return (
    <ol className="app-appointments">
      {groupByDate(appointments).map(([date, onDay]) => (
        <li key={date} className="app-appointments__day">
          <h3 className="govuk-heading-s app-appointments__date">
            {formatLocalDateWithDay(date)}
            {date === today ? (
              <>
                {' '}
                <span className="app-secondary-text">(today)</span>
              </>
            ) : null}
          </h3>
          <ul className="app-appointments__list">
            {onDay.map((appointment) => {
              const live = appointment.status === 'BOOKED';
              const busy = busyId === appointment.id;
              const others = appointments.filter((a) => appointment.clashes.some((c) => c.otherAppointmentId === a.id));
              const target = live && appointment.date >= today && appointment.clashes.length > 0 ? moveTarget(appointment, others) : null;
              const context = `${appointment.purpose} on ${formatLocalDate(appointment.date)}`;
              return (
                <li
                  key={appointment.id}
                  className={`app-appointment${appointment.clashes.length > 0 && live ? ' app-appointment--clash' : ''}${
                    live ? '' : ' app-appointment--closed'
                  }`}
                >
                  <p className="app-appointment__title">
                    <span className="app-appointment__when">{whenText(appointment)}</span>
                    <span className="app-appointment__purpose">{appointment.purpose}</span>
                    <strong className={`govuk-tag app-tag ${APPOINTMENT_STATUS_TAGS[appointment.status]}`}>
                      {APPOINTMENT_STATUS_LABELS[appointment.status]}
                    </strong>
                    {appointment.firstProbation ? <strong className="govuk-tag app-tag govuk-tag--purple">First probation</strong> : null}
                  </p>
                  <p className="app-appointment__meta">
                    {[appointment.organisation.name, appointment.location, appointment.town].filter(Boolean).join(', ')}
                  </p>
                  {live && appointment.warnings.length > 0 ? (
                    <div className="app-appointment__day-warnings">
                      {appointment.warnings.map((warning) => (
                        <WarningText key={warning.code}>{warning.message}</WarningText>
                      ))}
                    </div>
                  ) : null}
                  {appointment.clashes.length > 0 ? (
                    <div className="app-appointment__clashes">
                      <p className="app-appointment__clash-title">
                        <span className="govuk-visually-hidden">Warning: </span>Clashes with another appointment
                      </p>
                      <ClashList appointment={appointment} all={appointments} />
                    </div>
                  ) : null}
                  {live && (appointment.date <= today || target) ? (
                    <div className="app-appointment__actions">
                      {target ? (
                        <button
                          type="button"
                          className="govuk-button govuk-button--secondary app-button--small"
                          disabled={busy}
                          onClick={() => onMove(appointment, target)}
                        >
                          {moveLabel(target)}
                          <span className="govuk-visually-hidden">: {context}</span>
                        </button>
                      ) : null}
                      {appointment.date <= today ? (
                        <>
                          <button
                            type="button"
                            className="govuk-button govuk-button--secondary app-button--small"
                            disabled={busy}
                            onClick={() => onStatus(appointment, 'ATTENDED')}
                          >
                            Attended<span className="govuk-visually-hidden">: {context}</span>
                          </button>
                          <button
                            type="button"
                            className="govuk-button govuk-button--secondary app-button--small"
                            disabled={busy}
                            onClick={() => onStatus(appointment, 'MISSED')}
                          >
                            Missed<span className="govuk-visually-hidden">: {context}</span>
                          </button>
                        </>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
