import { useEffect, useRef } from 'react';
import type { AppointmentFieldsFragment } from '../../../generated/graphql';
import { WarningText } from '../../../ui/WarningText';
import { formatLocalDate } from '../../releases/labels';
import { moveLabel, moveTarget, whenText } from '../labels';
import { ClashList } from './ClashList';

type Appointment = AppointmentFieldsFragment;

interface ClashWarningProps {
  appointment: Appointment;
  /** The person's other appointments, to name what it clashes with. */
  all: ReadonlyArray<Appointment>;
  personName: string;
  moving: boolean;
  onMove: (appointment: Appointment, window: 'MORNING' | 'AFTERNOON') => void;
  onDismiss: () => void;
}

/**
 * Shown straight after booking an appointment that clashes: it is booked, but here is what it
 * clashes with, and a one-click move to the other half of the day. It takes focus when it appears.
 */
export function ClashWarning({ appointment, all, personName, moving, onMove, onDismiss }: ClashWarningProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [appointment.id]);
  const others = all.filter((a) => appointment.clashes.some((c) => c.otherAppointmentId === a.id));
  const target = moveTarget(appointment, others);
  return (
    <div className="app-clash-warning" ref={ref} tabIndex={-1} role="region" aria-labelledby="clash-warning-heading">
      <h3 className="govuk-heading-s" id="clash-warning-heading">
        This appointment clashes with another
      </h3>
      <WarningText>
        {appointment.purpose} on {formatLocalDate(appointment.date)} ({whenText(appointment).toLowerCase()}) has been booked, but it clashes
        with {others.length === 1 ? 'another of' : 'other'} {personName}’s appointments. They may not be able to get to both.
      </WarningText>
      <ClashList appointment={appointment} all={all} />
      <div className="govuk-button-group">
        {target ? (
          <button
            type="button"
            className="govuk-button"
            disabled={moving}
            aria-disabled={moving || undefined}
            onClick={() => onMove(appointment, target)}
          >
            {moving ? 'Moving…' : moveLabel(target)}
          </button>
        ) : null}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onDismiss}>
          Keep it as it is
        </button>
      </div>
    </div>
  );
}
