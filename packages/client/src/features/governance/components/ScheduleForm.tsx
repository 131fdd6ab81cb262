import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import type { RetentionPageQuery as RetentionPageData } from '../../../generated/graphql';
import { FormButtons, GovukForm, SelectField, TextAreaField, TextField, useGovukForm } from '../../../ui/form';
import { oneOf, requiredText } from '../../../ui/schema';
import { RetentionPageQuery, UpdateRetentionScheduleMutation } from '../graphql/governance';
import { RECORD_TYPE_LABELS } from '../labels';

type Schedule = RetentionPageData['retentionSchedules'][number];
const UNITS = ['DAYS', 'MONTHS', 'YEARS'] as const;

const whole = (message: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max, message)
    .transform(Number);

const schema = (reviewed: boolean) =>
  z.object({
    periodCount: whole('Enter a whole number from 1 to 1,200', 1, 1200),
    periodUnit: oneOf(UNITS, 'Choose days, months or years'),
    graceDays: reviewed ? whole('Enter a number of days from 0 to 365', 0, 365) : z.string().transform(() => null),
    source: requiredText('Say where this period comes from', { limit: 1000, message: 'The source must be 1,000 characters or fewer' }),
  });

/** An administrator changes one retention schedule: the period, the grace period and its source. */
export function ScheduleForm({ schedule, onDone }: { schedule: Schedule; onDone: (text: string | null) => void }) {
  const key = schedule.recordType.toLowerCase();
  const ids = {
    periodCount: `schedule-${key}-count`,
    periodUnit: `schedule-${key}-unit`,
    graceDays: `schedule-${key}-grace`,
    source: `schedule-${key}-source`,
  };
  const form = useGovukForm({
    schema: schema(schedule.reviewRequired),
    defaultValues: {
      periodCount: String(schedule.periodCount),
      periodUnit: schedule.periodUnit,
      graceDays: schedule.graceDays === null ? '' : String(schedule.graceDays),
      source: schedule.source,
    },
    ids,
  });
  const [update] = useMutation(UpdateRetentionScheduleMutation, { refetchQueries: [{ query: RetentionPageQuery }] });
  const name = RECORD_TYPE_LABELS[schedule.recordType] ?? schedule.recordType;
  return (
    <GovukForm
      form={form}
      title={`Change how long to keep: ${name}`}
      titleClass="govuk-heading-s"
      onSubmit={async (values) => {
        await update({ variables: { input: { recordType: schedule.recordType, ...values } } });
        onDone(`The retention schedule for ${name.toLowerCase()}s was changed.`);
      }}
    >
      <TextField name="periodCount" label="Keep for" labelClass="govuk-label--s" widthClass="govuk-input--width-4" inputMode="numeric" />
      <SelectField
        name="periodUnit"
        label="Unit"
        labelClass="govuk-label--s"
        options={UNITS.map((u) => ({ value: u, label: u.toLowerCase() }))}
      />
      {schedule.reviewRequired ? (
        <TextField
          name="graceDays"
          label="Days the owner has to review before erasure"
          labelClass="govuk-label--s"
          widthClass="govuk-input--width-4"
          inputMode="numeric"
        />
      ) : null}
      <TextAreaField
        name="source"
        label="Source"
        labelClass="govuk-label--s"
        hint="The guidance, agreement or decision the period rests on"
        rows={3}
      />
      <FormButtons onCancel={() => onDone(null)} small>
        Save schedule
      </FormButtons>
    </GovukForm>
  );
}
