import { useFormContext, useWatch } from 'react-hook-form';
import { APPOINTMENT_WINDOW_LABELS, APPOINTMENT_WINDOWS, appointmentDayWarnings, type AppointmentWindow } from '@casehuddle/shared';
import { checkDate, type DateParts } from '../../../ui/dates';
import { DayWarnings } from '../../../ui/DayWarnings';
import { DateField, RadiosField, TextField } from '../../../ui/form';
import { windowHours } from '../labels';

const windowOption = (window: AppointmentWindow) => ({
  value: window,
  label: APPOINTMENT_WINDOW_LABELS[window],
  hint: window === 'EXACT' ? 'Only when it has to be at a set time' : windowHours(window),
});

interface AppointmentWhenFieldsProps {
  /** Where the fields sit in the form's values, such as "appointment." (empty at the top level). */
  prefix?: string;
  /** Where the day warnings are shown (an id for the live region). */
  warningsId: string;
  /** The windows offered; by default all of them. */
  windows?: readonly AppointmentWindow[];
  /** Said after each day warning. */
  note?: string;
}

/**
 * When an appointment is: its date, with warnings about weekends, bank holidays and Friday
 * afternoons as it is typed, a morning or afternoon window (or a set time, with start and end
 * times). The fields of the enclosing GOV.UK form named `${prefix}date`, `${prefix}window`,
 * `${prefix}startTime` and `${prefix}endTime`.
 */
export function AppointmentWhenFields({ prefix = '', warningsId, windows = APPOINTMENT_WINDOWS, note }: AppointmentWhenFieldsProps) {
  const { control } = useFormContext();
  const window = useWatch({ control, name: `${prefix}window` }) as AppointmentWindow | '';
  const dateParts = useWatch({ control, name: `${prefix}date` }) as DateParts;
  const startTime = (useWatch({ control, name: `${prefix}startTime` }) as string | undefined) ?? '';
  const date = checkDate(dateParts, 'Date');
  // A weekend, bank holiday or Friday afternoon is warned about, never refused.
  const warnings = date.ok && date.value ? appointmentDayWarnings({ date: date.value, window, startTime: startTime.trim() || null }) : [];
  return (
    <>
      <DateField name={`${prefix}date`} legend="Date of the appointment" hint="For example, 27 3 2027" />
      <DayWarnings warnings={warnings} id={warningsId} note={note} />
      <RadiosField
        name={`${prefix}window`}
        legend="When is it?"
        hint="A morning or afternoon window is easier for the person to keep, and leaves room for their other appointments"
        small
        options={windows.map(windowOption)}
      />
      {window === 'EXACT' ? (
        <div className="app-conditional app-time-fields">
          <TextField
            name={`${prefix}startTime`}
            label="Start time"
            hint="24-hour clock, for example 10:30"
            inputMode="numeric"
            autoComplete="off"
            widthClass="govuk-input--width-5"
          />
          <TextField
            name={`${prefix}endTime`}
            label="End time (optional)"
            hint="If you leave it empty, it is taken to last an hour"
            inputMode="numeric"
            autoComplete="off"
            widthClass="govuk-input--width-5"
          />
        </div>
      ) : null}
    </>
  );
}
