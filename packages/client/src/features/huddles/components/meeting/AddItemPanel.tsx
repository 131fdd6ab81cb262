import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { FormButtons, GovukForm, TextAreaField, TextField, useGovukForm } from '../../../../ui/form';
import { optionalText, requiredText } from '../../../../ui/schema';
import { AddAgendaItemMutation, MeetingRoomQuery } from '../../graphql/meetings';
import { useMeeting } from './MeetingContext';

const schema = z.object({
  title: requiredText('Enter what the item is about', { limit: 200, message: 'Keep the title to 200 characters or fewer' }),
  reason: optionalText(1000, 'Keep the reason to 1,000 characters or fewer'),
});

/** The form to add an item to the agenda, once opened (a chunk of its own: lazyParts.tsx). */
export function AddItemPanel({ onAdded, onClose }: { onAdded: (itemId: string) => void; onClose: () => void }) {
  const { meeting, announce } = useMeeting();
  const form = useGovukForm({
    schema,
    defaultValues: { title: '', reason: '' },
    ids: { title: 'new-item-title', reason: 'new-item-reason' },
  });
  const [add] = useMutation(AddAgendaItemMutation, {
    refetchQueries: [{ query: MeetingRoomQuery, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  });

  async function submit(values: z.output<typeof schema>) {
    const result = await add({ variables: { input: { meetingId: meeting.id, ...values } } });
    onClose();
    announce(`Added to the agenda: ${values.title}.`);
    if (result.data) onAdded(result.data.addAgendaItem.id);
  }

  return (
    <GovukForm
      form={form}
      onSubmit={submit}
      className="app-form-panel app-form-panel--compact app-no-print"
      title="Add an item to the agenda"
      titleClass="govuk-heading-s"
    >
      <TextField
        name="title"
        label="What it is about"
        hint="Keep people’s names out of the title: everyone in the huddle sees it."
        maxLength={200}
        autoComplete="off"
      />
      <TextAreaField name="reason" label="Why it needs the huddle (optional)" rows={2} maxLength={1000} />
      <FormButtons small busyText="Adding…" onCancel={onClose}>
        Add item
      </FormButtons>
    </GovukForm>
  );
}
