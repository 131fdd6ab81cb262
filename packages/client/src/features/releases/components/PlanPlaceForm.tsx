import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import type { ReleasePlanFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { FormButtons, GovukForm, TextField, useGovukForm } from '../../../ui/form';
import { optionalText, requiredText } from '../../../ui/schema';
import { ReleasePlanQuery, UpdateReleasePlanMutation } from '../graphql/releases';

/** "14:00", "9:30" or "14.00" as "HH:MM"; null when it is not a time on the 24-hour clock. */
export function releaseTimeOf(value: string): string | null {
  const match = /^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$/.exec(value);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
}

const schema = z.object({
  destinationCouncilArea: requiredText('Enter the council area the person is going to'),
  establishmentTown: optionalText(120, 'Keep the town to 120 characters or fewer'),
  releaseTime: z
    .string()
    .trim()
    .refine((value) => !value || releaseTimeOf(value) !== null, 'Enter the release time using the 24-hour clock, like 09:30 or 14:00')
    .transform((value) => (value ? releaseTimeOf(value) : null)),
});

interface PlanPlaceFormProps {
  plan: ReleasePlanFieldsFragment;
  onDone: (saved: boolean) => void;
  onConflict: () => Promise<unknown>;
}

/**
 * Where the person is going on release, the town they are leaving from (for travel on the day) and
 * the time of release, when known (a Friday release after midday leaves little time before the weekend).
 */
export function PlanPlaceForm({ plan, onDone, onConflict }: PlanPlaceFormProps) {
  const form = useGovukForm({
    schema,
    defaultValues: {
      destinationCouncilArea: plan.destinationCouncilArea,
      establishmentTown: plan.establishmentTown ?? '',
      releaseTime: plan.releaseTime ?? '',
    },
    ids: { destinationCouncilArea: 'plan-destination', establishmentTown: 'plan-establishment-town', releaseTime: 'plan-release-time' },
  });
  const [save] = useMutation(UpdateReleasePlanMutation, {
    update(cache, { data }) {
      if (data) {
        cache.writeQuery({
          query: ReleasePlanQuery,
          variables: { personId: plan.personId },
          data: { releasePlan: data.updateReleasePlan },
        });
      }
    },
  });

  async function submit(values: z.output<typeof schema>) {
    try {
      await save({ variables: { input: { personId: plan.personId, expectedVersion: plan.version, ...values } } });
    } catch (caught) {
      if (readApiError(caught).code === 'VERSION_CONFLICT') await onConflict().catch(() => undefined);
      throw caught;
    }
    onDone(true);
  }

  return (
    <GovukForm
      form={form}
      onSubmit={submit}
      className="app-form-panel app-form-panel--compact"
      title="Change where they are going or the release time"
      // It opens under the page's h1, before any section heading.
      titleTag="h2"
      titleClass="govuk-heading-s"
    >
      <TextField
        name="destinationCouncilArea"
        label="Council area they are going to"
        maxLength={120}
        widthClass="govuk-input--width-20"
        autoFocus
      />
      <TextField
        name="establishmentTown"
        label="Town the prison or hospital is in (optional)"
        hint="Used to check they can reach their first probation appointment on release day"
        maxLength={120}
        widthClass="govuk-input--width-20"
      />
      <TextField
        name="releaseTime"
        label="Release time (optional)"
        hint="24-hour clock, for example 09:30 or 14:00. A Friday release after midday may leave too little time to reach probation and housing before the weekend"
        maxLength={5}
        autoComplete="off"
        widthClass="govuk-input--width-4"
      />
      <FormButtons small onCancel={() => onDone(false)}>
        Save
      </FormButtons>
    </GovukForm>
  );
}
