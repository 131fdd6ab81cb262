import type { AppointmentFieldsFragment } from '../../../generated/graphql';
import { whenText } from '../labels';

type Appointment = AppointmentFieldsFragment;

/** What an appointment clashes with, and why, in a list. */
export function ClashList({ appointment, all }: { appointment: Appointment; all: ReadonlyArray<Appointment> }) {
  return (
    <ul className="govuk-list govuk-list--bullet app-clash-list">
      {appointment.clashes.map((clash) => {
        const other = all.find((a) => a.id === clash.otherAppointmentId);
        return (
          <li key={`${clash.otherAppointmentId}:${clash.rule}`}>
            {clash.message}
            {other ? (
              <>
                {' '}
                With: {other.purpose} ({other.organisation.name}, {whenText(other).toLowerCase()}
                {other.town ? `, ${other.town}` : ''}).
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
