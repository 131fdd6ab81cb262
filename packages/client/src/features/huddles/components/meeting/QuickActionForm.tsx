import { useDeferredValue, useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { DUE_WINDOW_LABELS, DUE_WINDOWS } from '@casehuddle/shared';
import { EMPTY_DATE, todayIso } from '../../../../ui/dates';
import { DateField, GovukForm, RadiosField, SelectField, SubmitButton, TextField, useGovukForm } from '../../../../ui/form';
import { optionalOneOf, requiredDateParts, requiredText } from '../../../../ui/schema';
import { AgendaItemWithActionsQuery, CreateMeetingActionMutation } from '../../graphql/meetings';
import { useColleagueList } from './ColleagueList';
import { useMeeting, type AgendaItem } from './MeetingContext';

const TITLE_MAX = 200;
const EMPTY = { title: '', ownerId: '', dueDate: EMPTY_DATE, dueWindow: '' };

/** The quick action, checked before it goes to the server (which checks again), as the API takes it. */
export const quickActionSchema = z.object({
  title: requiredText('Enter what needs to be done', { limit: TITLE_MAX, message: `The action must be ${TITLE_MAX} characters or fewer` }),
  ownerId: z.string().min(1, 'Choose who will do it'),
  dueDate: requiredDateParts('Due date', (iso) => (iso < todayIso() ? 'The due date must be today or in the future' : null)),
  dueWindow: optionalOneOf(DUE_WINDOWS),
});

/** The quick way to agree an action at an item: what, who, and when (a morning or afternoon if it helps). */
export function QuickActionForm({ item }: { item: AgendaItem }) {
  const { announce } = useMeeting();
  const [added, setAdded] = useState<string | null>(null);
  // Who may own the action (hundreds of people) is read when the form is first pointed at or
  // focused, not with the room: the room is ready sooner, and the list is there by the time it is opened.
  const [inUse, setInUse] = useState(false);
  const colleagues = useColleagueList(inUse);
  // The item is read again with its actions (and its outcome), not the whole meeting.
  const [createAction] = useMutation(CreateMeetingActionMutation, {
    refetchQueries: [{ query: AgendaItemWithActionsQuery, variables: { id: item.id } }],
    awaitRefetchQueries: true,
  });

  const ids = {
    title: `action-title-${item.id}`,
    ownerId: `action-owner-${item.id}`,
    dueDate: `action-due-${item.id}-day`,
    dueWindow: `action-window-${item.id}`,
  };
  const form = useGovukForm({ schema: quickActionSchema, defaultValues: EMPTY, ids });

  const owners = useMemo(() => (colleagues ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.organisation.name})` })), [colleagues]);
  // Hundreds of colleagues make a long list to draw: it is drawn in the background (interruptible).
  const ownerOptions = useDeferredValue(owners);

  async function submit({ dueWindow, ...values }: z.output<typeof quickActionSchema>) {
    setAdded(null);
    await createAction({ variables: { input: { ...values, ...(dueWindow ? { dueWindow } : {}), agendaItemId: item.id } } });
    const owner = owners.find((o) => o.value === values.ownerId)?.label ?? '';
    form.reset();
    setAdded(`Action added: ${values.title}, for ${owner}.`);
    announce(`Action added: ${values.title}.`);
    document.getElementById(ids.title)?.focus();
  }

  return (
    <GovukForm
      form={form}
      onSubmit={submit}
      className="app-form-panel app-quick-action app-no-print"
      onPointerEnter={() => setInUse(true)}
      onFocus={() => setInUse(true)}
      title="Add an action"
      titleClass="govuk-heading-s"
    >
      {added ? (
        <p className="app-saved-message" role="status">
          <span className="govuk-visually-hidden">Success: </span>
          {added}
        </p>
      ) : null}
      <TextField
        name="title"
        label="What needs to be done"
        hint="Everyone who can see the action reads it: do not write health or offending details here."
        maxLength={TITLE_MAX + 50}
        autoComplete="off"
      />
      <SelectField
        name="ownerId"
        label="Who will do it"
        placeholder={colleagues === null ? 'Loading names…' : 'Choose a person'}
        options={ownerOptions}
      />
      <div className="app-quick-action__when">
        <DateField name="dueDate" legend="Due date" hint="For example, 27 11 2026" />
        <RadiosField
          name="dueWindow"
          legend="Morning or afternoon (optional)"
          small
          inline
          options={[
            { value: 'MORNING', label: DUE_WINDOW_LABELS.MORNING },
            { value: 'AFTERNOON', label: DUE_WINDOW_LABELS.AFTERNOON },
            { value: '', label: 'Any time' },
          ]}
        />
      </div>
      <SubmitButton busyText="Adding…">Add action</SubmitButton>
    </GovukForm>
  );
}
