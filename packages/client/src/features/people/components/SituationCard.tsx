import { useState, type FormEvent } from 'react';
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
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { summaryItems } from '../../../ui/formErrors';
import { SavedMessage } from '../../../ui/SavedMessage';
import { canEdit, type PersonRecord } from '../access';
import { currentText } from '../conflict';
import {
  SITUATION_FIELDS,
  situationFieldId,
  SituationFields,
  situationFormValues,
  toSituationInput,
  validateSituation,
  type SituationFormValues,
} from '../forms/situationForm';
import { UpdatePersonSituationMutation } from '../graphql/people';
import { useSectionEditor } from '../hooks/useSectionEditor';
import { useVersionedSave } from '../hooks/useVersionedSave';
import { ConflictView } from './ConflictView';
import { ChangedSinceNotice, EditorButtons } from './EditorButtons';
import { usePerson } from './PersonContext';
import { CardAction, NotShared, SectionCard, SummaryList } from './SectionCard';

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

interface SituationEditorProps {
  person: PersonRecord;
  situation: Situation;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onUseTheirs: () => void;
}

function SituationEditor({ person, situation, onSaved, onCancel, onUseTheirs }: SituationEditorProps) {
  const [values, setValues] = useState<SituationFormValues>(() => situationFormValues(situation));
  const [update] = useMutation(UpdatePersonSituationMutation);
  const save = useVersionedSave({
    version: situation.version,
    fieldNames: SITUATION_FIELDS,
    duplicateField: 'establishment',
    save: (expectedVersion) =>
      update({ variables: { input: { personId: person.id, expectedVersion, situation: toSituationInput(values) } } }),
    onSaved: () => onSaved('Current situation saved.'),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save.submit(validateSituation(values));
  }

  const items = summaryItems(save.errors, SITUATION_FIELDS, (field) => situationFieldId('situation', field));
  const conflict = save.conflict;
  const mine = toSituationInput(values);

  return (
    <form noValidate aria-labelledby="situation-editor-heading" onSubmit={handleSubmit}>
      <h3 className="govuk-heading-s" id="situation-editor-heading">
        Edit current situation
      </h3>
      {items.length > 0 ? <ErrorSummary key={save.attempt} errors={items} /> : null}
      {conflict ? (
        (() => {
          const rows = [
            { label: 'Where they are now', theirs: kindLabel(conflict.current['kind']), mine: kindLabel(mine.kind) },
            { label: 'Prison or hospital', theirs: currentText(conflict, 'establishment'), mine: mine.establishment ?? null },
            { label: 'Release or discharge date', theirs: dateLabel(conflict.current['releaseDate']), mine: dateLabel(mine.releaseDate) },
            {
              label: 'Accommodation',
              theirs: accommodationLabel(conflict.current['accommodationStatus']),
              mine: accommodationLabel(mine.accommodationStatus),
            },
            { label: 'Notes', theirs: currentText(conflict, 'notes'), mine: mine.notes ?? null },
          ];
          return (
            <ConflictView
              what="The current situation"
              rows={rows.map((row) => ({ ...row, differs: (row.theirs ?? '') !== (row.mine ?? '') }))}
              saving={save.saving}
              onKeepMine={() => void save.keepMine(validateSituation(values))}
              onUseTheirs={onUseTheirs}
            />
          );
        })()
      ) : save.changedSince(situation.version) ? (
        <ChangedSinceNotice what="the current situation" />
      ) : null}
      <SituationFields
        idPrefix="situation"
        values={values}
        errors={save.errors.fields}
        onChange={setValues}
        kinds={editableKinds(person)}
      />
      {conflict ? null : <EditorButtons saving={save.saving} saveLabel="Save current situation" onCancel={onCancel} />}
    </form>
  );
}

/** Where the person is now: custody, hospital or the community, release date and accommodation. */
export function SituationCard() {
  const { person, refresh } = usePerson();
  const editor = useSectionEditor();
  const { situation } = person;
  const editable = situation !== null && canEdit(person, sectionForSituation(situation.kind));
  const away = situation && situation.kind !== 'COMMUNITY';

  return (
    <SectionCard
      id="situation"
      title="Current situation"
      action={
        editable && !editor.editing ? (
          <CardAction verb="Edit" what="current situation" onClick={() => editor.start(true)} buttonRef={editor.editButtonRef(true)} />
        ) : null
      }
    >
      {editor.saved ? <SavedMessage key={editor.saved.key} text={editor.saved.text} /> : null}
      {!situation ? (
        <NotShared />
      ) : editor.editing ? (
        <SituationEditor
          person={person}
          situation={situation}
          onSaved={editor.finish}
          onCancel={editor.cancel}
          onUseTheirs={() => {
            editor.finish('Their version of the current situation is shown. Your changes were not saved.');
            void refresh();
          }}
        />
      ) : (
        <SummaryList
          rows={[
            { key: 'Where they are now', value: SITUATION_KIND_LABELS[situation.kind] },
            ...(away
              ? [
                  { key: situation.kind === 'HOSPITAL' ? 'Hospital' : 'Prison', value: situation.establishment },
                  {
                    key: situation.kind === 'HOSPITAL' ? 'Discharge date' : 'Release date',
                    value: situation.releaseDate ? formatDate(situation.releaseDate) : null,
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
      )}
    </SectionCard>
  );
}
