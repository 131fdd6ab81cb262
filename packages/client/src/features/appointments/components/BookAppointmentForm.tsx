import { useState, type FormEvent } from 'react';
import { APPOINTMENT_WINDOW_LABELS, APPOINTMENT_WINDOWS } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { EMPTY_DATE } from '../../../ui/dates';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { DateInput, Radios, SelectInput, TextInput } from '../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FormErrors } from '../../../ui/formErrors';
import { windowHours } from '../labels';
import { BOOKING_FIELDS, validateBooking, type BookingField, type BookingInput, type BookingValues } from '../validation';

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

const IDS: Record<BookingField, string> = {
  date: 'appointment-date-day',
  window: 'appointment-window',
  startTime: 'appointment-start',
  endTime: 'appointment-end',
  organisationId: 'appointment-organisation',
  purpose: 'appointment-purpose',
  location: 'appointment-location',
  town: 'appointment-town',
};

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
  const [values, setValues] = useState<BookingValues>(EMPTY);
  const [errors, setErrors] = useState<FormErrors<BookingField>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    const checked = validateBooking(values);
    if (!checked.ok) {
      setErrors({ fields: checked.fields, general: null });
      return;
    }
    setErrors(NO_ERRORS);
    try {
      await onBook(checked.input);
      setValues(EMPTY);
    } catch (caught) {
      setErrors(formErrorsFromApi(readApiError(caught), BOOKING_FIELDS, 'purpose'));
    }
  }

  const set =
    (field: 'startTime' | 'endTime' | 'organisationId' | 'purpose' | 'location' | 'town') => (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value }));
  const items = summaryItems(errors, BOOKING_FIELDS, (field) => IDS[field]);

  return (
    <form
      noValidate
      className="app-form-panel app-book-appointment"
      aria-labelledby="book-appointment-heading"
      onSubmit={(e) => void handleSubmit(e)}
    >
      <h3 className="govuk-heading-m" id="book-appointment-heading">
        Book an appointment
      </h3>
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      <DateInput
        id="appointment-date"
        legend="Date of the appointment"
        hint="For example, 27 3 2027"
        value={values.date}
        error={errors.fields.date}
        onChange={(date) => setValues((current) => ({ ...current, date }))}
      />
      <Radios
        id={IDS.window}
        name="window"
        legend="When is it?"
        hint="A morning or afternoon window is easier for the person to keep, and leaves room for their other appointments"
        small
        options={WINDOW_OPTIONS}
        value={values.window}
        error={errors.fields.window}
        onChange={(window) => setValues((current) => ({ ...current, window: window as BookingValues['window'] }))}
      />
      {values.window === 'EXACT' ? (
        <div className="app-conditional app-time-fields">
          <TextInput
            id={IDS.startTime}
            name="startTime"
            label="Start time"
            hint="24-hour clock, for example 10:30"
            inputMode="numeric"
            autoComplete="off"
            widthClass="govuk-input--width-5"
            value={values.startTime}
            error={errors.fields.startTime}
            onChange={set('startTime')}
          />
          <TextInput
            id={IDS.endTime}
            name="endTime"
            label="End time (optional)"
            hint="If you leave it empty, it is taken to last an hour"
            inputMode="numeric"
            autoComplete="off"
            widthClass="govuk-input--width-5"
            value={values.endTime}
            error={errors.fields.endTime}
            onChange={set('endTime')}
          />
        </div>
      ) : null}
      <TextInput
        id={IDS.purpose}
        name="purpose"
        label="What is it for?"
        hint="For example, housing assessment or script review"
        maxLength={300}
        widthClass="govuk-!-width-two-thirds"
        value={values.purpose}
        error={errors.fields.purpose}
        onChange={set('purpose')}
      />
      <SelectInput
        id={IDS.organisationId}
        name="organisationId"
        label="Which service is it with?"
        placeholder="Your organisation"
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        value={values.organisationId}
        error={errors.fields.organisationId}
        onChange={set('organisationId')}
      />
      <div className="app-checklist__fields">
        <TextInput
          id={IDS.location}
          name="location"
          label="Place (optional)"
          hint="For example, Recovery hub, 12 High Street"
          maxLength={300}
          value={values.location}
          error={errors.fields.location}
          onChange={set('location')}
        />
        <TextInput
          id={IDS.town}
          name="town"
          label="Town (optional)"
          hint="Used to warn about two appointments in different towns on the same half-day"
          maxLength={120}
          widthClass="govuk-input--width-20"
          value={values.town}
          error={errors.fields.town}
          onChange={set('town')}
        />
      </div>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="appointment-first-probation"
              name="firstProbation"
              type="checkbox"
              checked={values.firstProbation}
              aria-describedby="appointment-first-probation-hint"
              onChange={(event) => setValues((current) => ({ ...current, firstProbation: event.target.checked }))}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="appointment-first-probation">
              This is their first probation appointment after release
            </label>
            <div id="appointment-first-probation-hint" className="govuk-hint govuk-checkboxes__hint">
              It is checked against the release date and the town they are leaving from
            </div>
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy || undefined}>
        {busy ? 'Booking…' : 'Book appointment'}
      </button>
    </form>
  );
}
