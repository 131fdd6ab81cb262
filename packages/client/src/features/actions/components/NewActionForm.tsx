import { useEffect, useRef } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { DUE_WINDOW_LABELS, DUE_WINDOWS, LIMITS } from '@casehuddle/shared';
import { useCurrentUser } from '../../auth/session';
import { addDays, EMPTY_DATE, todayIso } from '../../../ui/dates';
import type { SelectOption } from '../../../ui/fields';
import { DateField, FormButtons, GovukForm, RadiosField, SelectField, TextAreaField, TextField, useGovukForm } from '../../../ui/form';
import { optionalOneOf, optionalText, requiredDateParts, requiredText } from '../../../ui/schema';
import { ActionOwnerOptionsQuery, CreateActionMutation } from '../graphql/actions';

export const TITLE_MAX_LENGTH = 200;

const FIELD_IDS = {
  title: 'new-action-title',
  detail: 'new-action-detail',
  personId: 'new-action-person',
  ownerId: 'new-action-owner',
  // The date input's first box, where the error summary should take the user.
  dueDate: 'new-action-due-date-day',
  dueWindow: 'new-action-window',
};

const WINDOW_OPTIONS = [
  { value: '', label: 'Any time that day' },
  ...DUE_WINDOWS.map((window) => ({ value: window, label: DUE_WINDOW_LABELS[window] })),
];

/** The new action, checked before it goes to the server (which checks again), as the API takes it. */
export const newActionSchema = z.object({
  title: requiredText('Enter what needs doing', {
    limit: TITLE_MAX_LENGTH,
    message: `What needs doing must be ${TITLE_MAX_LENGTH} characters or fewer`,
  }),
  detail: optionalText(LIMITS.notesMaxLength, `Detail must be ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`),
  personId: z.string().transform((value) => value || null),
  ownerId: z.string().min(1, 'Choose who will do it'),
  dueDate: requiredDateParts('Due date', (iso) =>
    iso < addDays(todayIso(), -365) ? 'The due date is more than a year ago. Check the year' : null,
  ),
  dueWindow: optionalOneOf(DUE_WINDOWS),
});

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
  const form = useGovukForm({
    schema: newActionSchema,
    defaultValues: { title: '', detail: '', personId: '', ownerId: me.id, dueDate: EMPTY_DATE, dueWindow: '' },
    ids: FIELD_IDS,
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const owners = useQuery(ActionOwnerOptionsQuery, { fetchPolicy: 'cache-first' });
  const [createAction] = useMutation(CreateActionMutation);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function submit({ detail, personId, dueWindow, ...values }: z.output<typeof newActionSchema>) {
    await createAction({
      variables: {
        input: { ...values, ...(detail ? { detail } : {}), ...(personId ? { personId } : {}), ...(dueWindow ? { dueWindow } : {}) },
      },
    });
    form.reset();
    onErrorsChange?.(false);
    onCreated(values.title);
  }

  const colleagues = owners.data?.colleagues ?? [];
  const ownerOptions: SelectOption[] = [
    { value: me.id, label: `${me.name} (you)` },
    ...[...colleagues]
      .filter((colleague) => colleague.id !== me.id)
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'en-GB') || a.name.localeCompare(b.name, 'en-GB'))
      .map((colleague) => ({ value: colleague.id, label: `${colleague.name} (${colleague.organisation.name})` })),
  ];
  const personOptions = people.map((person) => ({ value: person.id, label: person.displayName }));

  return (
    <GovukForm
      form={form}
      onSubmit={submit}
      onErrorsChange={onErrorsChange}
      className="app-form-panel app-new-action"
      aria-labelledby="new-action-heading"
      heading={
        <h2 className="govuk-heading-m" id="new-action-heading" ref={headingRef} tabIndex={-1}>
          New action
        </h2>
      }
    >
      <div className="app-new-action__fields">
        <TextField
          name="title"
          label="What needs doing"
          labelClass="govuk-label--s"
          hint="One clear step, such as ‘Book a housing options appointment’. Everyone who can see the action reads it: do not write health or offending details here."
          autoComplete="off"
          maxLength={TITLE_MAX_LENGTH}
        />
        <TextAreaField name="detail" label="Detail (optional)" labelClass="govuk-label--s" rows={3} maxLength={LIMITS.notesMaxLength} />
        {personOptions.length > 0 ? (
          <SelectField
            name="personId"
            label="Who is it for? (optional)"
            labelClass="govuk-label--s"
            hint="People you are lead professional for"
            placeholder="Nobody in particular"
            options={personOptions}
          />
        ) : null}
        <SelectField
          name="ownerId"
          label="Who will do it"
          labelClass="govuk-label--s"
          hint={
            owners.error
              ? 'The list of colleagues could not be loaded, so only you can be chosen just now.'
              : 'Their organisation owns the action.'
          }
          options={ownerOptions}
        />
        <DateField name="dueDate" legend="Due date" hint={`For example, ${formatExample()}`} />
        <RadiosField name="dueWindow" legend="Time of day (optional)" options={WINDOW_OPTIONS} small inline />
      </div>
      <FormButtons onCancel={onCancel}>Add action</FormButtons>
    </GovukForm>
  );
}

/** A week from today, in the day, month and year boxes' own format, as the hint's example. */
function formatExample(): string {
  const [year, month, day] = addDays(todayIso(), 7).split('-');
  return `${Number(day)} ${Number(month)} ${year}`;
}
