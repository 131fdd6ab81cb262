import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { formatDate } from '@casehuddle/shared';
import { FormButtons, GovukForm, TextAreaField, useGovukForm } from '../../../ui/form';
import { requiredText } from '../../../ui/schema';
import { AddMinutesCorrectionMutation, MinutesCorrectionsQuery } from '../graphql/governance';

const schema = z.object({
  text: requiredText('Enter the correction', { limit: 5000, message: 'The correction must be 5,000 characters or fewer' }),
  reason: requiredText('Enter why the minutes were wrong', { limit: 1000, message: 'The reason must be 1,000 characters or fewer' }),
});

/** Add a correction to one item of frozen minutes. */
function CorrectionForm({ meetingId, itemId, onDone }: { meetingId: string; itemId: string; onDone: () => void }) {
  const ids = { text: `correction-${itemId}-text`, reason: `correction-${itemId}-reason` };
  const form = useGovukForm({ schema, defaultValues: { text: '', reason: '' }, ids });
  const [add] = useMutation(AddMinutesCorrectionMutation, {
    refetchQueries: [{ query: MinutesCorrectionsQuery, variables: { id: meetingId } }],
  });
  return (
    <GovukForm
      form={form}
      title="Add a correction"
      titleTag="h3"
      titleClass="govuk-heading-s"
      onSubmit={async (values) => {
        await add({ variables: { input: { meetingId, itemId, ...values } } });
        form.reset();
        onDone();
      }}
    >
      <p className="govuk-body-s">
        The minutes stay as they were agreed. The correction is shown after them, with your name and today’s date.
      </p>
      <TextAreaField name="text" label="Correction" labelClass="govuk-label--s" rows={3} />
      <TextAreaField
        name="reason"
        label="Why the minutes were wrong"
        labelClass="govuk-label--s"
        hint="For example, the person asked for it to be corrected"
        rows={2}
      />
      <FormButtons onCancel={onDone} small busyText="Adding…">
        Add correction
      </FormButtons>
    </GovukForm>
  );
}

/**
 * Corrections added to an item of closed minutes, after the original text ("Correction added
 * 3 Dec 2026 by …"), and, for the huddle's chairs and coordinators, a way to add one. The server
 * shows them only to those who may read the item's notes.
 */
export function MinutesCorrections({ meetingId, itemId, canAdd }: { meetingId: string; itemId: string; canAdd: boolean }) {
  const { data } = useQuery(MinutesCorrectionsQuery, { variables: { id: meetingId } });
  const [adding, setAdding] = useState(false);
  const corrections = data?.meeting.items.find((i) => i.id === itemId)?.corrections ?? [];
  return (
    <div className="app-minutes__corrections">
      {corrections.length > 0 ? (
        <>
          <h4 className="govuk-heading-s">Corrections</h4>
          {corrections.map((c) => (
            <div className="govuk-inset-text" key={c.id}>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                Correction added {formatDate(c.addedAt)} by {c.addedBy}
              </p>
              <p className="govuk-body govuk-!-margin-bottom-1">{c.text}</p>
              <p className="govuk-body-s app-secondary-text">Reason: {c.reason}</p>
            </div>
          ))}
        </>
      ) : null}
      {canAdd && !adding ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary app-button--small app-no-print"
          onClick={() => setAdding(true)}
        >
          Add a correction <span className="govuk-visually-hidden">to this item</span>
        </button>
      ) : null}
      {canAdd && adding ? <CorrectionForm meetingId={meetingId} itemId={itemId} onDone={() => setAdding(false)} /> : null}
    </div>
  );
}
