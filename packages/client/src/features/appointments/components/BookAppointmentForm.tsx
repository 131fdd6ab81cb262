import { useWatch } from 'react-hook-form';
import { APPOINTMENT_WINDOW_LABELS, APPOINTMENT_WINDOWS, appointmentDayWarnings } from '@casehuddle/shared';
import { checkDate, EMPTY_DATE } from '../../../ui/dates';
import { DayWarnings } from '../../../ui/DayWarnings';
import { CheckboxField, DateField, GovukForm, RadiosField, SelectField, SubmitButton, TextField, useGovukForm } from '../../../ui/form';
import { checkedBy } from '../../../ui/schema';
import { windowHours } from '../labels';
import { validateBooking, type BookingInput, type BookingValues } from '../validation';

const EMPTY: BookingValues = {
  date: EMPTY_DATE,
  window: '',
  startTime: '',
  endTime: '',
  organisationId: '',
  purpose: '',
  location: '',
  town: '',
  firstProbation: false,
};

const IDS = {
  date: 'appointment-date-day',
  window: 'appointment-window',
  startTime: 'appointment-start',
  endTime: 'appointment-end',
  organisationId: 'appointment-organisation',
  purpose: 'appointment-purpose',
  location: 'appointment-location',
  town: 'appointment-town',
};

const schema = checkedBy((values: BookingValues) => {
  const checked = validateBooking(values);
  return checked.ok ? { ok: true, value: checked.input } : checked;
});

const WINDOW_OPTIONS = APPOINTMENT_WINDOWS.map((window) => ({
  value: window,
  label: APPOINTMENT_WINDOW_LABELS[window],
  hint: window === 'EXACT' ? 'Only when it has to be at a set time' : windowHours(window),
}));

interface BookAppointmentFormProps {
  organisations: ReadonlyArray<{ id: string; name: string }>;
  /** Books it; rejects with the API's error. */
  onBook: (input: BookingInput) => Promise<void>;
  busy: boolean;
}

/**
 * Book an appointment with any agency. A morning or afternoon window is suggested first: it leaves
 * room for the person's other appointments, so services' bookings do not collide.
 */
export function BookAppointmentForm({ organisations, onBook, busy }: BookAppointmentFormProps) {
  const form = useGovukForm({ schema, defaultValues: EMPTY, ids: IDS, duplicateField: 'purpose' });
  const window = useWatch({ control: form.control, name: 'window' });
  const dateParts = useWatch({ control: form.control, name: 'date' });
  const startTime = useWatch({ control: form.control, name: 'startTime' });
  const date = checkDate(dateParts, 'Date');
  // A weekend, bank holiday or Friday afternoon is warned about, never refused.
  const warnings = date.ok && date.value ? appointmentDayWarnings({ date: date.value, window, startTime: startTime.trim() || null }) : [];

  return (
    <GovukForm
      form={form}
      onSubmit={async (input) => {
        await onBook(input);
        form.reset();
      }}
      className="app-form-panel app-book-appointment"
      title="Book an appointment"
    >
      <DateField name="date" legend="Date of the appointment" hint="For example, 27 3 2027" />
      <DayWarnings warnings={warnings} id="appointment-day-warnings" note="You can still book it." />
      <RadiosField
        name="window"
        legend="When is it?"
        hint="A morning or afternoon window is easier for the person to keep, and leaves room for their other appointments"
        small
        options={WINDOW_OPTIONS}
      />
      {window === 'EXACT' ? (
        <div className="app-conditional app-time-fields">
          <TextField
            name="startTime"
            label="Start time"
            hint="24-hour clock, for example 10:30"
            inputMode="numeric"
            autoComplete="off"
            widthClass="govuk-input--width-5"
          />
          <TextField
            name="endTime"
            label="End time (optional)"
            hint="If you leave it empty, it is taken to last an hour"
            inputMode="numeric"
            autoComplete="off"
            widthClass="govuk-input--width-5"
          />
        </div>
      ) : null}
      <TextField
        name="purpose"
        label="What is it for?"
        hint="For example, housing assessment or script review"
        maxLength={300}
        widthClass="govuk-!-width-two-thirds"
      />
      <SelectField
        name="organisationId"
        label="Which service is it with?"
        placeholder="Your organisation"
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <div className="app-checklist__fields">
        <TextField name="location" label="Place (optional)" hint="For example, Recovery hub, 12 High Street" maxLength={300} />
        <TextField
          name="town"
          label="Town (optional)"
          hint="Used to warn about two appointments in different towns on the same half-day"
          maxLength={120}
          widthClass="govuk-input--width-20"
        />
      </div>
      <CheckboxField
        name="firstProbation"
        id="appointment-first-probation"
        label="This is their first probation appointment after release"
        hint="It is checked against the release date and the town they are leaving from"
      />
      <SubmitButton busy={busy} busyText="Booking…">
        Book appointment
      </SubmitButton>
    </GovukForm>
  );
}
