import {
  ACCOMMODATION_STATUS_LABELS,
  ACCOMMODATION_STATUSES,
  LIMITS,
  SITUATION_KIND_LABELS,
  SITUATION_KINDS,
  type AccommodationStatus,
  type SituationKind,
} from '@casehuddle/shared';
import type { PersonSituationFields } from '../../../generated/graphql';
import { checkDate, datePartsFromIso, EMPTY_DATE, type DateParts } from '../../../ui/dates';
import { DateInput, Radios, SelectInput, TextArea, TextInput } from '../../../ui/fields';
import type { FieldErrors } from '../../../ui/formErrors';

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

export function validateSituation(values: SituationFormValues): FieldErrors<SituationField> {
  const errors: FieldErrors<SituationField> = {};
  if (!values.kind) errors.kind = 'Select where they are now';
  if (values.kind && values.kind !== 'COMMUNITY') {
    if (!values.establishment.trim()) errors.establishment = `Enter the ${establishmentName(values.kind)}`;
    else if (values.establishment.trim().length > LIMITS.shortTextMaxLength) {
      errors.establishment = `Keep this to ${LIMITS.shortTextMaxLength} characters or fewer`;
    }
    const releaseDate = checkDate(values.releaseDate, releaseName(values.kind));
    if (!releaseDate.ok) errors.releaseDate = releaseDate.message;
  }
  if (values.notes.length > LIMITS.notesMaxLength) {
    errors.notes = `Keep the notes to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`;
  }
  return errors;
}

/** The form's values as the API takes them. Call only after `validateSituation` finds nothing. */
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
  idPrefix: string;
  values: SituationFormValues;
  errors: FieldErrors<SituationField>;
  onChange: (values: SituationFormValues) => void;
  /** The kinds this user may record (each kind is shared like a section). Defaults to all. */
  kinds?: readonly SituationKind[];
  withNotes?: boolean;
}

/** Where the person is now: custody, hospital or the community, with the prison or hospital and release date. */
export function SituationFields({ idPrefix, values, errors, onChange, kinds = SITUATION_KINDS, withNotes = true }: SituationFieldsProps) {
  const id = (field: SituationField) => `${idPrefix}-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const away = values.kind === 'CUSTODY' || values.kind === 'HOSPITAL';
  return (
    <>
      <Radios
        id={id('kind')}
        name="kind"
        legend="Where are they now?"
        legendClass=""
        small
        error={errors.kind}
        options={kinds.map((kind) => ({ value: kind, label: SITUATION_KIND_LABELS[kind] }))}
        value={values.kind}
        onChange={(kind) => onChange({ ...values, kind: kind as SituationKind })}
      />
      {away ? (
        <div className="app-conditional">
          <TextInput
            id={id('establishment')}
            name="establishment"
            label={values.kind === 'HOSPITAL' ? 'Hospital' : 'Prison'}
            maxLength={LIMITS.shortTextMaxLength}
            widthClass="govuk-input--width-20"
            value={values.establishment}
            error={errors.establishment}
            onChange={(event) => onChange({ ...values, establishment: event.target.value })}
          />
          <DateInput
            id={id('releaseDate')}
            legend={`${releaseName(values.kind)} (optional)`}
            legendClass=""
            hint="If it is known. For example, 14 2 2027"
            value={values.releaseDate}
            error={errors.releaseDate}
            onChange={(releaseDate) => onChange({ ...values, releaseDate })}
          />
        </div>
      ) : null}
      <SelectInput
        id={id('accommodationStatus')}
        name="accommodationStatus"
        label="Accommodation (optional)"
        placeholder="Not recorded"
        options={ACCOMMODATION_OPTIONS}
        value={values.accommodationStatus}
        error={errors.accommodationStatus}
        onChange={(event) => onChange({ ...values, accommodationStatus: event.target.value as AccommodationStatus | '' })}
      />
      {withNotes ? (
        <TextArea
          id={id('notes')}
          name="notes"
          label="Notes (optional)"
          rows={3}
          value={values.notes}
          error={errors.notes}
          onChange={(event) => onChange({ ...values, notes: event.target.value })}
        />
      ) : null}
    </>
  );
}
