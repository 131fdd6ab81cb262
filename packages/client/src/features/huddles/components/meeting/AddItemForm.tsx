import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { readApiError } from '../../../../ui/apiErrors';
import { ErrorSummary } from '../../../../ui/ErrorSummary';
import { TextArea, TextInput } from '../../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FormErrors } from '../../../../ui/formErrors';
import { AddAgendaItemMutation, MeetingRoomQuery } from '../../graphql/meetings';
import { useMeeting } from './MeetingContext';

const FIELDS = ['title', 'reason'] as const;
type Field = (typeof FIELDS)[number];
const IDS: Record<Field, string> = { title: 'new-item-title', reason: 'new-item-reason' };

/** Any member can raise an item for the agenda (it goes to the end; the chair can move it). */
export function AddItemForm({ onAdded }: { onAdded: (itemId: string) => void }) {
  const { meeting, announce } = useMeeting();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [add, { loading }] = useMutation(AddAgendaItemMutation, {
    refetchQueries: [{ query: MeetingRoomQuery, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  });

  if (meeting.status === 'CLOSED') return null;
  if (!open) {
    return (
      <button type="button" className="govuk-button govuk-button--secondary app-button--small app-no-print" onClick={() => setOpen(true)}>
        Add an item to the agenda
      </button>
    );
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const trimmed = title.trim();
    if (!trimmed) {
      setErrors({ fields: { title: 'Enter what the item is about' }, general: null });
      return;
    }
    setErrors(NO_ERRORS);
    try {
      const result = await add({ variables: { input: { meetingId: meeting.id, title: trimmed, reason: reason.trim() || null } } });
      setTitle('');
      setReason('');
      setOpen(false);
      announce(`Added to the agenda: ${trimmed}.`);
      if (result.data) onAdded(result.data.addAgendaItem.id);
    } catch (error) {
      setErrors(formErrorsFromApi(readApiError(error), FIELDS, 'title'));
    }
  }

  const items = summaryItems(errors, FIELDS, (f) => IDS[f]);
  return (
    <form
      className="app-form-panel app-form-panel--compact app-no-print"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(e) => void handleSubmit(e)}
    >
      <h3 className="govuk-heading-s" id={headingId}>
        Add an item to the agenda
      </h3>
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      <TextInput
        id={IDS.title}
        name="title"
        label="What it is about"
        hint="Keep people’s names out of the title: everyone in the huddle sees it."
        maxLength={200}
        autoComplete="off"
        value={title}
        error={errors.fields.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        id={IDS.reason}
        name="reason"
        label="Why it needs the huddle (optional)"
        rows={2}
        maxLength={1000}
        value={reason}
        error={errors.fields.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button app-button--small" disabled={loading} aria-disabled={loading || undefined}>
          {loading ? 'Adding…' : 'Add item'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
