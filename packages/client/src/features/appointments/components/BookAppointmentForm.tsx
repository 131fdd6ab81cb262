import { EMPTY_DATE } from '../../../ui/dates';
import { CheckboxField, GovukForm, SelectField, SubmitButton, TextField, useGovukForm } from '../../../ui/form';
import { checkedBy } from '../../../ui/schema';
import { AppointmentWhenFields } from './AppointmentWhenFields';
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
      <AppointmentWhenFields warningsId="appointment-day-warnings" note="You can still book it." />
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
