import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ReleasePlanFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextInput } from '../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FormErrors } from '../../../ui/formErrors';
import { ReleasePlanQuery, UpdateReleasePlanMutation } from '../graphql/releases';

type Field = 'destinationCouncilArea' | 'establishmentTown';
const FIELDS: readonly Field[] = ['destinationCouncilArea', 'establishmentTown'];
const IDS: Record<Field, string> = { destinationCouncilArea: 'plan-destination', establishmentTown: 'plan-establishment-town' };

interface PlanPlaceFormProps {
  plan: ReleasePlanFieldsFragment;
  onDone: (saved: boolean) => void;
  onConflict: () => Promise<unknown>;
}

/** Where the person is going on release, and the town they are leaving from (for travel on the day). */
export function PlanPlaceForm({ plan, onDone, onConflict }: PlanPlaceFormProps) {
  const [values, setValues] = useState({
    destinationCouncilArea: plan.destinationCouncilArea,
    establishmentTown: plan.establishmentTown ?? '',
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [save, { loading }] = useMutation(UpdateReleasePlanMutation, {
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

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const fields: Partial<Record<Field, string>> = {};
    if (!values.destinationCouncilArea.trim()) fields.destinationCouncilArea = 'Enter the council area the person is going to';
    setErrors({ fields, general: null });
    if (Object.keys(fields).length > 0) return;
    try {
      await save({
        variables: {
          input: {
            personId: plan.personId,
            expectedVersion: plan.version,
            destinationCouncilArea: values.destinationCouncilArea.trim(),
            establishmentTown: values.establishmentTown.trim() || null,
          },
        },
      });
      onDone(true);
    } catch (caught) {
      const apiError = readApiError(caught);
      if (apiError.code === 'VERSION_CONFLICT') await onConflict().catch(() => undefined);
      setErrors(formErrorsFromApi(apiError, FIELDS, 'destinationCouncilArea'));
    }
  }

  const items = summaryItems(errors, FIELDS, (field) => IDS[field]);
  return (
    <form
      noValidate
      className="app-form-panel app-form-panel--compact"
      aria-labelledby="plan-place-heading"
      onSubmit={(e) => void handleSubmit(e)}
    >
      <h3 className="govuk-heading-s" id="plan-place-heading">
        Change where they are going
      </h3>
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      <TextInput
        id={IDS.destinationCouncilArea}
        name="destinationCouncilArea"
        label="Council area they are going to"
        maxLength={120}
        widthClass="govuk-input--width-20"
        value={values.destinationCouncilArea}
        error={errors.fields.destinationCouncilArea}
        onChange={(event) => setValues((v) => ({ ...v, destinationCouncilArea: event.target.value }))}
        autoFocus
      />
      <TextInput
        id={IDS.establishmentTown}
        name="establishmentTown"
        label="Town the prison or hospital is in (optional)"
        hint="Used to check they can reach their first probation appointment on release day"
        maxLength={120}
        widthClass="govuk-input--width-20"
        value={values.establishmentTown}
        error={errors.fields.establishmentTown}
        onChange={(event) => setValues((v) => ({ ...v, establishmentTown: event.target.value }))}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button app-button--small" disabled={loading} aria-disabled={loading || undefined}>
          {loading ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
