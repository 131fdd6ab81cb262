import {
  ACCOMMODATION_STATUS_LABELS,
  ACCOMMODATION_STATUSES,
  LIMITS,
  releaseDayWarnings,
  SITUATION_KIND_LABELS,
  SITUATION_KINDS,
  type AccommodationStatus,
  type SituationKind,
} from '@casehuddle/shared';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { PersonSituationFields } from '../../../generated/graphql';
import { checkDate, datePartsFromIso, EMPTY_DATE, type DateParts } from '../../../ui/dates';
import { DayWarnings } from '../../../ui/DayWarnings';
import { DateField, RadiosField, SelectField, TextAreaField, TextField } from '../../../ui/form';

export const SITUATION_FIELDS = ['kind', 'establishment', 'releaseDate', 'accommodationStatus', 'notes'] as const;
export type SituationField = (typeof SITUATION_FIELDS)[number];

export interface SituationFormValues {
  kind: SituationKind | '';
  establishment: string;
  releaseDate: DateParts;
  accommodationStatus: AccommodationStatus | '';
  notes: string;
}

export const EMPTY_SITUATION: SituationFormValues = {
  kind: 'COMMUNITY',
  establishment: '',
  releaseDate: EMPTY_DATE,
  accommodationStatus: '',
  notes: '',
};

export function situationFieldId(prefix: string, field: SituationField): string {
  const id = `${prefix}-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return field === 'releaseDate' ? `${id}-day` : id;
}

const establishmentName = (kind: SituationFormValues['kind']) => (kind === 'HOSPITAL' ? 'hospital' : 'prison');
const releaseName = (kind: SituationFormValues['kind']) => (kind === 'HOSPITAL' ? 'Discharge date' : 'Release date');

/** Where the person is now, checked before it goes to the server (which checks again), as the API takes it. */
export const situationSchema = z
  .object({
    kind: z.string().min(1, 'Select where they are now'),
    establishment: z.string(),
    releaseDate: z.custom<DateParts>(),
    accommodationStatus: z.string(),
    notes: z.string().max(LIMITS.notesMaxLength, `Keep the notes to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`),
  })
  .superRefine((values, ctx) => {
    const kind = values.kind as SituationFormValues['kind'];
    if (!kind || kind === 'COMMUNITY') return;
    const establishment = values.establishment.trim();
    const problem = (path: SituationField, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!establishment) problem('establishment', `Enter the ${establishmentName(kind)}`);
    else if (establishment.length > LIMITS.shortTextMaxLength) {
      problem('establishment', `Keep this to ${LIMITS.shortTextMaxLength} characters or fewer`);
    }
    const releaseDate = checkDate(values.releaseDate, releaseName(kind));
    if (!releaseDate.ok) problem('releaseDate', releaseDate.message);
  })
  .transform((values) => toSituationInput(values as SituationFormValues));

/** The ids of the situation fields, prefixed: the error summary links to them. */
export function situationFieldIds(prefix: string): Record<SituationField, string> {
  return Object.fromEntries(SITUATION_FIELDS.map((field) => [field, situationFieldId(prefix, field)])) as Record<SituationField, string>;
}

/** The form's values as the API takes them, once checked. */
export function toSituationInput(values: SituationFormValues): PersonSituationFields {
  const kind = (values.kind || 'COMMUNITY') as SituationKind;
  const releaseDate = checkDate(values.releaseDate, 'Release date');
  return {
    kind,
    establishment: kind === 'COMMUNITY' ? null : values.establishment.trim() || null,
    releaseDate: kind === 'COMMUNITY' || !releaseDate.ok ? null : releaseDate.value,
    accommodationStatus: values.accommodationStatus || null,
    notes: values.notes.trim() || null,
  };
}

export function situationFormValues(situation: {
  kind: SituationKind;
  establishment: string | null;
  releaseDate: string | null;
  accommodationStatus: AccommodationStatus | null;
  notes: string | null;
}): SituationFormValues {
  return {
    kind: situation.kind,
    establishment: situation.establishment ?? '',
    releaseDate: datePartsFromIso(situation.releaseDate),
    accommodationStatus: situation.accommodationStatus ?? '',
    notes: situation.notes ?? '',
  };
}

const ACCOMMODATION_OPTIONS = ACCOMMODATION_STATUSES.map((status) => ({ value: status, label: ACCOMMODATION_STATUS_LABELS[status] }));

interface SituationFieldsProps {
  /** The kinds this user may record (each kind is shared like a section). Defaults to all. */
  kinds?: readonly SituationKind[];
  withNotes?: boolean;
}

/** Where the person is now: custody, hospital or the community, with the prison or hospital and release date. */
export function SituationFields({ kinds = SITUATION_KINDS, withNotes = true }: SituationFieldsProps) {
  const kind = useWatch<SituationFormValues, 'kind'>({ name: 'kind' });
  const releaseParts = useWatch<SituationFormValues, 'releaseDate'>({ name: 'releaseDate' });
  const away = kind === 'CUSTODY' || kind === 'HOSPITAL';
  const release = releaseParts ? checkDate(releaseParts, 'Release date') : null;
  const warnings =
    away && release?.ok && release.value ? releaseDayWarnings(release.value, kind === 'HOSPITAL' ? 'Discharge' : 'Release') : [];
  return (
    <>
      <RadiosField
        name="kind"
        legend="Where are they now?"
        legendClass=""
        small
        options={kinds.map((value) => ({ value, label: SITUATION_KIND_LABELS[value] }))}
      />
      {away ? (
        <div className="app-conditional">
          <TextField
            name="establishment"
            label={kind === 'HOSPITAL' ? 'Hospital' : 'Prison'}
            maxLength={LIMITS.shortTextMaxLength}
            widthClass="govuk-input--width-20"
          />
          <DateField
            name="releaseDate"
            legend={`${releaseName(kind)} (optional)`}
            legendClass=""
            hint="If it is known. For example, 14 2 2027"
          />
          <DayWarnings warnings={warnings} id="release-day-warnings" note="You can still save this date." />
        </div>
      ) : null}
      <SelectField name="accommodationStatus" label="Accommodation (optional)" placeholder="Not recorded" options={ACCOMMODATION_OPTIONS} />
      {withNotes ? <TextAreaField name="notes" label="Notes (optional)" rows={3} /> : null}
    </>
  );
}
