import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import type { ReleasePlanFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { FormButtons, GovukForm, TextField, useGovukForm } from '../../../ui/form';
import { optionalText, requiredText } from '../../../ui/schema';
import { ReleasePlanQuery, UpdateReleasePlanMutation } from '../graphql/releases';

const schema = z.object({
  destinationCouncilArea: requiredText('Enter the council area the person is going to'),
  establishmentTown: optionalText(120, 'Keep the town to 120 characters or fewer'),
});

interface PlanPlaceFormProps {
  plan: ReleasePlanFieldsFragment;
  onDone: (saved: boolean) => void;
  onConflict: () => Promise<unknown>;
}

/** Where the person is going on release, and the town they are leaving from (for travel on the day). */
export function PlanPlaceForm({ plan, onDone, onConflict }: PlanPlaceFormProps) {
  const form = useGovukForm({
    schema,
    defaultValues: { destinationCouncilArea: plan.destinationCouncilArea, establishmentTown: plan.establishmentTown ?? '' },
    ids: { destinationCouncilArea: 'plan-destination', establishmentTown: 'plan-establishment-town' },
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
      title="Change where they are going"
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
      <FormButtons small onCancel={() => onDone(false)}>
        Save
      </FormButtons>
    </GovukForm>
  );
}
