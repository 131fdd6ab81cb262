import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { DUE_WINDOW_LABELS, DUE_WINDOWS, LIMITS, type DueWindow } from '@casehuddle/shared';
import { useCurrentUser } from '../../auth/session';
import { readApiError } from '../../../ui/apiErrors';
import { addDays, checkDate, EMPTY_DATE, todayIso, type DateParts } from '../../../ui/dates';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { DateInput, Radios, SelectInput, TextArea, TextInput, type SelectOption } from '../../../ui/fields';
import { formErrorsFromApi, hasErrors, NO_ERRORS, summaryItems, type FieldErrors, type FormErrors } from '../../../ui/formErrors';
import { ActionOwnerOptionsQuery, CreateActionMutation } from '../graphql/actions';

export const TITLE_MAX_LENGTH = 200;

const FIELDS = ['title', 'detail', 'personId', 'ownerId', 'dueDate', 'dueWindow'] as const;
type Field = (typeof FIELDS)[number];

const FIELD_IDS: Record<Field, string> = {
  title: 'new-action-title',
  detail: 'new-action-detail',
  personId: 'new-action-person',
  ownerId: 'new-action-owner',
  // The date input's first box, where the error summary should take the user.
  dueDate: 'new-action-due-date-day',
  dueWindow: 'new-action-window',
};

interface Values {
  title: string;
  detail: string;
  personId: string;
  ownerId: string;
  dueDate: DateParts;
  dueWindow: DueWindow | '';
}

const WINDOW_OPTIONS = [
  { value: '', label: 'Any time that day' },
  ...DUE_WINDOWS.map((window) => ({ value: window, label: DUE_WINDOW_LABELS[window] })),
];

/** Checks the form before it goes to the server (which checks again). */
export function validateNewAction(values: Values, today = todayIso()): { errors: FieldErrors<Field>; dueDate: string | null } {
  const errors: FieldErrors<Field> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter what needs doing';
  else if (title.length > TITLE_MAX_LENGTH) errors.title = `What needs doing must be ${TITLE_MAX_LENGTH} characters or fewer`;
  if (values.detail.trim().length > LIMITS.notesMaxLength) {
    errors.detail = `Detail must be ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`;
  }
  if (!values.ownerId) errors.ownerId = 'Choose who will do it';
  const due = checkDate(values.dueDate, 'Due date', { required: true });
  let dueDate: string | null = null;
  if (!due.ok) errors.dueDate = due.message;
  else if (due.value && due.value < addDays(today, -365)) errors.dueDate = 'The due date is more than a year ago. Check the year';
  else dueDate = due.value;
  return { errors, dueDate };
}

interface NewActionFormProps {
  /** People the action can be for: those the user is lead professional for. */
  people: ReadonlyArray<{ id: string; displayName: string }>;
  onCreated: (title: string) => void;
  onCancel: () => void;
  onErrorsChange?: (hasErrors: boolean) => void;
}

/** Agrees a new action: what, for whom, who will do it and by when. */
export function NewActionForm({ people, onCreated, onCancel, onErrorsChange }: NewActionFormProps) {
  const me = useCurrentUser();
  const empty: Values = { title: '', detail: '', personId: '', ownerId: me.id, dueDate: EMPTY_DATE, dueWindow: '' };
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const owners = useQuery(ActionOwnerOptionsQuery, { fetchPolicy: 'cache-first' });
  const [createAction, { loading }] = useMutation(CreateActionMutation);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function show(next: FormErrors<Field>) {
    setErrors(next);
    onErrorsChange?.(hasErrors(next));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const { errors: fieldErrors, dueDate } = validateNewAction(values);
    show({ fields: fieldErrors, general: null });
    if (Object.keys(fieldErrors).length > 0 || !dueDate) return;
    const title = values.title.trim();
    try {
      await createAction({
        variables: {
          input: {
            title,
            ownerId: values.ownerId,
            dueDate,
            ...(values.detail.trim() ? { detail: values.detail.trim() } : {}),
            ...(values.personId ? { personId: values.personId } : {}),
            ...(values.dueWindow ? { dueWindow: values.dueWindow } : {}),
          },
        },
      });
      setValues(empty);
      show(NO_ERRORS);
      onCreated(title);
    } catch (error) {
      show(formErrorsFromApi(readApiError(error), FIELDS, 'title'));
    }
  }

  const set = (field: 'title' | 'detail' | 'personId' | 'ownerId') => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const colleagues = owners.data?.colleagues ?? [];
  const ownerOptions: SelectOption[] = [
    { value: me.id, label: `${me.name} (you)` },
    ...[...colleagues]
      .filter((colleague) => colleague.id !== me.id)
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'en-GB') || a.name.localeCompare(b.name, 'en-GB'))
      .map((colleague) => ({ value: colleague.id, label: `${colleague.name} (${colleague.organisation.name})` })),
  ];
  const personOptions = people.map((person) => ({ value: person.id, label: person.displayName }));
  const items = summaryItems(errors, FIELDS, (field) => FIELD_IDS[field]);

  return (
    <form
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
      className="app-form-panel app-new-action"
      aria-labelledby="new-action-heading"
    >
      <h2 className="govuk-heading-m" id="new-action-heading" ref={headingRef} tabIndex={-1}>
        New action
      </h2>
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      <div className="app-new-action__fields">
        <TextInput
          id={FIELD_IDS.title}
          name="title"
          label="What needs doing"
          labelClass="govuk-label--s"
          hint="One clear step, such as ‘Book a housing options appointment’"
          autoComplete="off"
          maxLength={TITLE_MAX_LENGTH}
          value={values.title}
          error={errors.fields.title}
          onChange={set('title')}
        />
        <TextArea
          id={FIELD_IDS.detail}
          name="detail"
          label="Detail (optional)"
          labelClass="govuk-label--s"
          rows={3}
          maxLength={LIMITS.notesMaxLength}
          value={values.detail}
          error={errors.fields.detail}
          onChange={set('detail')}
        />
        {personOptions.length > 0 ? (
          <SelectInput
            id={FIELD_IDS.personId}
            name="personId"
            label="Who is it for? (optional)"
            labelClass="govuk-label--s"
            hint="People you are lead professional for"
            placeholder="Nobody in particular"
            options={personOptions}
            value={values.personId}
            error={errors.fields.personId}
            onChange={set('personId')}
          />
        ) : null}
        <SelectInput
          id={FIELD_IDS.ownerId}
          name="ownerId"
          label="Who will do it"
          labelClass="govuk-label--s"
          hint={
            owners.error
              ? 'The list of colleagues could not be loaded, so only you can be chosen just now.'
              : 'Their organisation owns the action.'
          }
          options={ownerOptions}
          value={values.ownerId}
          error={errors.fields.ownerId}
          onChange={set('ownerId')}
        />
        <DateInput
          id="new-action-due-date"
          legend="Due date"
          hint={`For example, ${formatExample()}`}
          value={values.dueDate}
          error={errors.fields.dueDate}
          onChange={(dueDate) => setValues((current) => ({ ...current, dueDate }))}
        />
        <Radios
          id={FIELD_IDS.dueWindow}
          name="dueWindow"
          legend="Time of day (optional)"
          options={WINDOW_OPTIONS}
          small
          inline
          value={values.dueWindow}
          error={errors.fields.dueWindow}
          onChange={(dueWindow) => setValues((current) => ({ ...current, dueWindow: dueWindow as DueWindow | '' }))}
        />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading || undefined}>
          {loading ? 'Saving…' : 'Add action'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A week from today, in the day, month and year boxes' own format, as the hint's example. */
function formatExample(): string {
  const [year, month, day] = addDays(todayIso(), 7).split('-');
  return `${Number(day)} ${Number(month)} ${year}`;
}
