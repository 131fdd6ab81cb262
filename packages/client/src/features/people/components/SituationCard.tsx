import { useMutation } from '@apollo/client/react';
import {
  ACCOMMODATION_STATUS_LABELS,
  formatDate,
  sectionForSituation,
  SITUATION_KIND_LABELS,
  SITUATION_KINDS,
  type AccommodationStatus,
  type SituationKind,
} from '@casehuddle/shared';
import type { PersonRecordFieldsFragment } from '../../../generated/graphql';
import { DayWarnings } from '../../../ui/DayWarnings';
import { useGovukForm } from '../../../ui/form';
import { canEdit, type PersonRecord } from '../access';
import { currentText } from '../conflict';
import { situationFieldIds, SituationFields, situationFormValues, situationSchema } from '../forms/situationForm';
import { UpdatePersonSituationMutation } from '../graphql/people';
import { usePerson } from './PersonContext';
import { SummaryList } from './SectionCard';
import { EditableCard, SectionEditor, type EditorCallbacks } from './SectionEditor';

type Situation = NonNullable<PersonRecordFieldsFragment['situation']>;

const kindLabel = (value: unknown) =>
  typeof value === 'string' && value in SITUATION_KIND_LABELS ? SITUATION_KIND_LABELS[value as SituationKind] : null;
const accommodationLabel = (value: unknown) =>
  typeof value === 'string' && value in ACCOMMODATION_STATUS_LABELS ? ACCOMMODATION_STATUS_LABELS[value as AccommodationStatus] : null;
const dateLabel = (value: unknown) => (typeof value === 'string' && value ? formatDate(value) : null);

/** The kinds of situation this user may record: each is shared like a section (custody as offending, hospital as health). */
function editableKinds(person: PersonRecord): SituationKind[] {
  return SITUATION_KINDS.filter((kind) => canEdit(person, sectionForSituation(kind)));
}

function SituationEditor({ person, situation, ...callbacks }: EditorCallbacks & { person: PersonRecord; situation: Situation }) {
  const form = useGovukForm({
    schema: situationSchema,
    defaultValues: situationFormValues(situation),
    ids: situationFieldIds('situation'),
    duplicateField: 'establishment',
  });
  const [update] = useMutation(UpdatePersonSituationMutation);

  return (
    <SectionEditor
      {...callbacks}
      form={form}
      id="situation"
      title="Edit current situation"
      version={situation.version}
      save={(input, expectedVersion) => update({ variables: { input: { personId: person.id, expectedVersion, situation: input } } })}
      savedText="Current situation saved."
      what="The current situation"
      changedWhat="the current situation"
      conflictRows={(conflict, mine) => [
        { label: 'Where they are now', theirs: kindLabel(conflict.current['kind']), mine: kindLabel(mine?.kind) },
        { label: 'Prison or hospital', theirs: currentText(conflict, 'establishment'), mine: mine?.establishment ?? null },
        { label: 'Release or discharge date', theirs: dateLabel(conflict.current['releaseDate']), mine: dateLabel(mine?.releaseDate) },
        {
          label: 'Accommodation',
          theirs: accommodationLabel(conflict.current['accommodationStatus']),
          mine: accommodationLabel(mine?.accommodationStatus),
        },
        { label: 'Notes', theirs: currentText(conflict, 'notes'), mine: mine?.notes ?? null },
      ]}
      saveLabel="Save current situation"
    >
      <SituationFields kinds={editableKinds(person)} />
    </SectionEditor>
  );
}

/** Where the person is now: custody, hospital or the community, release date and accommodation. */
export function SituationCard() {
  const { person } = usePerson();
  const { situation } = person;
  const away = situation && situation.kind !== 'COMMUNITY';

  return (
    <EditableCard
      id="situation"
      title="Current situation"
      what="current situation"
      shared={situation !== null}
      editable={situation !== null && canEdit(person, sectionForSituation(situation.kind))}
      theirsShown="Their version of the current situation is shown. Your changes were not saved."
      editor={(callbacks) => situation && <SituationEditor person={person} situation={situation} {...callbacks} />}
    >
      {situation ? (
        <SummaryList
          rows={[
            { key: 'Where they are now', value: SITUATION_KIND_LABELS[situation.kind] },
            ...(away
              ? [
                  { key: situation.kind === 'HOSPITAL' ? 'Hospital' : 'Prison', value: situation.establishment },
                  {
                    key: situation.kind === 'HOSPITAL' ? 'Discharge date' : 'Release date',
                    value: situation.releaseDate ? (
                      <>
                        {formatDate(situation.releaseDate)}
                        {situation.warnings.length > 0 ? <DayWarnings warnings={situation.warnings} /> : null}
                      </>
                    ) : null,
                  },
                ]
              : []),
            {
              key: 'Accommodation',
              value: situation.accommodationStatus ? ACCOMMODATION_STATUS_LABELS[situation.accommodationStatus] : null,
            },
            { key: 'Notes', value: situation.notes },
          ]}
        />
      ) : null}
    </EditableCard>
  );
}
