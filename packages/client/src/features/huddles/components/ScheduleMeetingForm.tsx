import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { formatDateTime } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { checkDate, EMPTY_DATE, todayIso, type DateParts } from '../../../ui/dates';
import { DateInput, TextInput } from '../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FieldErrors, type FormErrors } from '../../../ui/formErrors';
import { ScheduleMeetingMutation } from '../graphql/huddles';
import { londonTimeToIso, normaliseTime } from '../time';

const FIELDS = ['startsAt', 'time'] as const;
type Field = (typeof FIELDS)[number];
const IDS: Record<Field, string> = { startsAt: 'meeting-date', time: 'meeting-time' };

/** A chair schedules the next meeting; the server drafts its agenda. */
export function ScheduleMeetingForm({
  huddleId,
  usualTime,
  onScheduled,
}: {
  huddleId: string;
  usualTime: string | null;
  onScheduled: (text: string) => void;
}) {
  const headingId = useId();
  const [date, setDate] = useState<DateParts>(EMPTY_DATE);
  const [time, setTime] = useState(usualTime ?? '10:00');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [schedule, { loading }] = useMutation(ScheduleMeetingMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const fields: FieldErrors<Field> = {};
    const checked = checkDate(date, 'Date', { required: true });
    if (!checked.ok) fields.startsAt = checked.message;
    else if (checked.value && checked.value < todayIso()) fields.startsAt = 'The date must be today or in the future';
    const hhmm = normaliseTime(time);
    if (!hhmm) fields.time = 'Enter a time using the 24-hour clock, like 10:00 or 14:30';
    setErrors({ fields, general: null });
    if (Object.keys(fields).length > 0 || !checked.ok || !checked.value || !hhmm) return;
    const startsAt = londonTimeToIso(checked.value, hhmm);
    try {
      await schedule({ variables: { huddleId, startsAt } });
      setDate(EMPTY_DATE);
      onScheduled(`Meeting scheduled for ${formatDateTime(startsAt)}, with a draft agenda.`);
    } catch (error) {
      setErrors(formErrorsFromApi(readApiError(error), FIELDS, 'startsAt'));
    }
  }

  const items = summaryItems(errors, FIELDS, (f) => (f === 'startsAt' ? `${IDS.startsAt}-day` : IDS[f]));
  return (
    <form className="app-form-panel app-huddle-form" noValidate aria-labelledby={headingId} onSubmit={(e) => void handleSubmit(e)}>
      <h2 className="govuk-heading-m" id={headingId}>
        Schedule a meeting
      </h2>
      <p className="govuk-body-s">
        CaseHuddle drafts the agenda: people due out within 28 days, overdue or blocked actions, new referrals and anything not reached last
        time.
      </p>
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      <DateInput id={IDS.startsAt} legend="Date" value={date} error={errors.fields.startsAt} onChange={setDate} />
      <TextInput
        id={IDS.time}
        name="time"
        label="Start time"
        labelClass="govuk-label--s"
        hint="UK time, 24-hour clock, like 10:00"
        widthClass="govuk-input--width-5"
        inputMode="numeric"
        autoComplete="off"
        value={time}
        error={errors.fields.time}
        onChange={(e) => setTime(e.target.value)}
      />
      <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading || undefined}>
        {loading ? 'Scheduling…' : 'Schedule meeting'}
      </button>
    </form>
  );
}
