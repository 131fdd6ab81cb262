import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { DUE_WINDOW_LABELS, type DueWindow } from '@casehuddle/shared';
import { readApiError } from '../../../../ui/apiErrors';
import { ErrorSummary } from '../../../../ui/ErrorSummary';
import { checkDate, EMPTY_DATE, todayIso, type DateParts } from '../../../../ui/dates';
import { DateInput, Radios, SelectInput, TextInput } from '../../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FieldErrors, type FormErrors } from '../../../../ui/formErrors';
import { HuddleColleaguesQuery } from '../../graphql/huddles';
import { CreateMeetingActionMutation, MeetingRoomQuery } from '../../graphql/meetings';
import { useMeeting, type AgendaItem } from './MeetingContext';

const FIELDS = ['title', 'ownerId', 'dueDate', 'dueWindow'] as const;
type Field = (typeof FIELDS)[number];
const TITLE_MAX = 200;

interface Values {
  title: string;
  ownerId: string;
  due: DateParts;
  dueWindow: '' | DueWindow;
}

const EMPTY: Values = { title: '', ownerId: '', due: EMPTY_DATE, dueWindow: '' };

export function validateQuickAction(values: Values, today = todayIso()): { errors: FieldErrors<Field>; dueDate: string | null } {
  const errors: FieldErrors<Field> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter what needs to be done';
  else if (title.length > TITLE_MAX) errors.title = `The action must be ${TITLE_MAX} characters or fewer`;
  if (!values.ownerId) errors.ownerId = 'Choose who will do it';
  const due = checkDate(values.due, 'Due date', { required: true });
  let dueDate: string | null = null;
  if (!due.ok) errors.dueDate = due.message;
  else if (due.value && due.value < today) errors.dueDate = 'The due date must be today or in the future';
  else dueDate = due.value;
  return { errors, dueDate };
}

/** The quick way to agree an action at an item: what, who, and when (a morning or afternoon if it helps). */
export function QuickActionForm({ item }: { item: AgendaItem }) {
  const { meeting, announce } = useMeeting();
  const headingId = useId();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState<string | null>(null);
  const colleagues = useQuery(HuddleColleaguesQuery);
  const [createAction, { loading }] = useMutation(CreateMeetingActionMutation, {
    refetchQueries: [{ query: MeetingRoomQuery, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  });

  const ids: Record<Field, string> = {
    title: `action-title-${item.id}`,
    ownerId: `action-owner-${item.id}`,
    dueDate: `action-due-${item.id}`,
    dueWindow: `action-window-${item.id}`,
  };
  const fieldId = (field: Field) => (field === 'dueDate' ? `${ids.dueDate}-day` : ids[field]);

  const owners = [...(colleagues.data?.colleagues ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((c) => ({ value: c.id, label: `${c.name} (${c.organisation.name})` }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    setAdded(null);
    const { errors: fieldErrors, dueDate } = validateQuickAction(values);
    setErrors({ fields: fieldErrors, general: null });
    if (Object.keys(fieldErrors).length > 0 || !dueDate) return;
    const title = values.title.trim();
    try {
      await createAction({
        variables: {
          input: {
            title,
            ownerId: values.ownerId,
            dueDate,
            ...(values.dueWindow ? { dueWindow: values.dueWindow } : {}),
            agendaItemId: item.id,
          },
        },
      });
      const owner = owners.find((o) => o.value === values.ownerId)?.label ?? '';
      setValues(EMPTY);
      setAdded(`Action added: ${title}, for ${owner}.`);
      announce(`Action added: ${title}.`);
      document.getElementById(ids.title)?.focus();
    } catch (error) {
      setErrors(formErrorsFromApi(readApiError(error), FIELDS, 'title'));
    }
  }

  const items = summaryItems(errors, FIELDS, fieldId);

  return (
    <form
      className="app-form-panel app-quick-action app-no-print"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(e) => void handleSubmit(e)}
    >
      <h3 className="govuk-heading-s" id={headingId}>
        Add an action
      </h3>
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      {added ? (
        <p className="app-saved-message" role="status">
          <span className="govuk-visually-hidden">Success: </span>
          {added}
        </p>
      ) : null}
      <TextInput
        id={ids.title}
        name="title"
        label="What needs to be done"
        maxLength={TITLE_MAX + 50}
        autoComplete="off"
        value={values.title}
        error={errors.fields.title}
        onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
      />
      <SelectInput
        id={ids.ownerId}
        name="ownerId"
        label="Who will do it"
        placeholder={colleagues.loading && owners.length === 0 ? 'Loading names…' : 'Choose a person'}
        options={owners}
        value={values.ownerId}
        error={errors.fields.ownerId}
        onChange={(e) => setValues((v) => ({ ...v, ownerId: e.target.value }))}
      />
      <div className="app-quick-action__when">
        <DateInput
          id={ids.dueDate}
          legend="Due date"
          hint="For example, 27 11 2026"
          value={values.due}
          error={errors.fields.dueDate}
          onChange={(due) => setValues((v) => ({ ...v, due }))}
        />
        <Radios
          id={ids.dueWindow}
          name={`action-window-${item.id}`}
          legend="Morning or afternoon (optional)"
          small
          inline
          options={[
            { value: 'MORNING', label: DUE_WINDOW_LABELS.MORNING },
            { value: 'AFTERNOON', label: DUE_WINDOW_LABELS.AFTERNOON },
            { value: '', label: 'Any time' },
          ]}
          value={values.dueWindow}
          error={errors.fields.dueWindow}
          onChange={(value) => setValues((v) => ({ ...v, dueWindow: value as Values['dueWindow'] }))}
        />
      </div>
      <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading || undefined}>
        {loading ? 'Adding…' : 'Add action'}
      </button>
    </form>
  );
}
