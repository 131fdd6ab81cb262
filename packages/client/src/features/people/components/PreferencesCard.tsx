import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS, TIME_OF_DAY_LABELS, TIMES_OF_DAY, type TimeOfDay } from '@casehuddle/shared';
import type { PersonRecordFieldsFragment } from '../../../generated/graphql';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios, TextArea, TextInput } from '../../../ui/fields';
import { summaryItems, type FieldErrors } from '../../../ui/formErrors';
import { SavedMessage } from '../../../ui/SavedMessage';
import { canEdit } from '../access';
import { currentText } from '../conflict';
import { UpdatePersonPreferencesMutation } from '../graphql/people';
import { useSectionEditor } from '../hooks/useSectionEditor';
import { useVersionedSave } from '../hooks/useVersionedSave';
import { ConflictView } from './ConflictView';
import { ChangedSinceNotice, EditorButtons } from './EditorButtons';
import { usePerson } from './PersonContext';
import { CardAction, NotShared, SectionCard, SummaryList } from './SectionCard';

type Preferences = NonNullable<PersonRecordFieldsFragment['preferences']>;

const FIELDS = ['whatHelps', 'whatToAvoid', 'contactHow', 'contactWhen', 'timeOfDay'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const FIELD_IDS: Record<Field, string> = {
  whatHelps: 'preferences-what-helps',
  whatToAvoid: 'preferences-what-to-avoid',
  contactHow: 'preferences-contact-how',
  contactWhen: 'preferences-contact-when',
  timeOfDay: 'preferences-time-of-day',
};
const LABELS: Record<Field, string> = {
  whatHelps: 'What helps me',
  whatToAvoid: 'What to avoid',
  contactHow: 'How to contact me',
  contactWhen: 'When to contact me',
  timeOfDay: 'Best time for appointments',
};
const TIME_OPTIONS = [...TIMES_OF_DAY.map((time) => ({ value: time, label: TIME_OF_DAY_LABELS[time] })), { value: '', label: 'Not known' }];
const timeLabel = (value: unknown) =>
  typeof value === 'string' && value in TIME_OF_DAY_LABELS ? TIME_OF_DAY_LABELS[value as TimeOfDay] : null;

function validate(values: Values): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const field of ['whatHelps', 'whatToAvoid'] as const) {
    if (values[field].length > LIMITS.notesMaxLength) {
      errors[field] = `Keep this to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`;
    }
  }
  for (const field of ['contactHow', 'contactWhen'] as const) {
    if (values[field].trim().length > LIMITS.shortTextMaxLength)
      errors[field] = `Keep this to ${LIMITS.shortTextMaxLength} characters or fewer`;
  }
  return errors;
}

interface PreferencesEditorProps {
  personId: string;
  preferences: Preferences;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onUseTheirs: () => void;
}

function PreferencesEditor({ personId, preferences, onSaved, onCancel, onUseTheirs }: PreferencesEditorProps) {
  const [values, setValues] = useState<Values>({
    whatHelps: preferences.whatHelps ?? '',
    whatToAvoid: preferences.whatToAvoid ?? '',
    contactHow: preferences.contactHow ?? '',
    contactWhen: preferences.contactWhen ?? '',
    timeOfDay: preferences.timeOfDay ?? '',
  });
  const [update] = useMutation(UpdatePersonPreferencesMutation);
  const save = useVersionedSave({
    version: preferences.version,
    fieldNames: FIELDS,
    duplicateField: 'whatHelps',
    save: (expectedVersion) =>
      update({
        variables: {
          input: {
            personId,
            expectedVersion,
            whatHelps: values.whatHelps.trim() || null,
            whatToAvoid: values.whatToAvoid.trim() || null,
            contactHow: values.contactHow.trim() || null,
            contactWhen: values.contactWhen.trim() || null,
            timeOfDay: (values.timeOfDay || null) as TimeOfDay | null,
          },
        },
      }),
    onSaved: () => onSaved('Preferences saved.'),
  });

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save.submit(validate(values));
  }

  const items = summaryItems(save.errors, FIELDS, (field) => FIELD_IDS[field]);
  const conflict = save.conflict;

  return (
    <form noValidate aria-labelledby="preferences-editor-heading" onSubmit={handleSubmit}>
      <h3 className="govuk-heading-s" id="preferences-editor-heading">
        Edit preferences
      </h3>
      {items.length > 0 ? <ErrorSummary key={save.attempt} errors={items} /> : null}
      {conflict ? (
        <ConflictView
          what="Preferences"
          rows={FIELDS.map((field) => {
            const theirs = field === 'timeOfDay' ? timeLabel(conflict.current[field]) : currentText(conflict, field);
            const mine = field === 'timeOfDay' ? timeLabel(values.timeOfDay) : values[field].trim();
            return { label: LABELS[field], theirs, mine, differs: (theirs ?? '') !== (mine ?? '') };
          })}
          saving={save.saving}
          onKeepMine={() => void save.keepMine(validate(values))}
          onUseTheirs={onUseTheirs}
        />
      ) : save.changedSince(preferences.version) ? (
        <ChangedSinceNotice what="these preferences" />
      ) : null}
      <TextArea
        id={FIELD_IDS.whatHelps}
        name="whatHelps"
        label={LABELS.whatHelps}
        hint="In their words: what makes it easier for them to work with services"
        rows={3}
        value={values.whatHelps}
        error={save.errors.fields.whatHelps}
        onChange={set('whatHelps')}
        autoFocus
      />
      <TextArea
        id={FIELD_IDS.whatToAvoid}
        name="whatToAvoid"
        label={LABELS.whatToAvoid}
        rows={3}
        value={values.whatToAvoid}
        error={save.errors.fields.whatToAvoid}
        onChange={set('whatToAvoid')}
      />
      <TextInput
        id={FIELD_IDS.contactHow}
        name="contactHow"
        label={LABELS.contactHow}
        hint="For example, mobile, text first"
        maxLength={LIMITS.shortTextMaxLength}
        value={values.contactHow}
        error={save.errors.fields.contactHow}
        onChange={set('contactHow')}
      />
      <TextInput
        id={FIELD_IDS.contactWhen}
        name="contactWhen"
        label={LABELS.contactWhen}
        hint="For example, weekday mornings"
        maxLength={LIMITS.shortTextMaxLength}
        value={values.contactWhen}
        error={save.errors.fields.contactWhen}
        onChange={set('contactWhen')}
      />
      <Radios
        id={FIELD_IDS.timeOfDay}
        name="timeOfDay"
        legend={LABELS.timeOfDay}
        hint="A morning or afternoon window, so appointments with different services do not collide"
        small
        inline
        options={TIME_OPTIONS}
        value={values.timeOfDay}
        error={save.errors.fields.timeOfDay}
        onChange={(timeOfDay) => setValues((current) => ({ ...current, timeOfDay }))}
      />
      {conflict ? null : <EditorButtons saving={save.saving} saveLabel="Save preferences" onCancel={onCancel} />}
    </form>
  );
}

/** "What helps me, what to avoid, how to contact me", and the best time of day. */
export function PreferencesCard() {
  const { person, refresh } = usePerson();
  const editor = useSectionEditor();
  const { preferences } = person;
  const editable = preferences !== null && canEdit(person, 'CONTACT');

  return (
    <SectionCard
      id="preferences"
      title="Preferences and contact"
      action={
        editable && !editor.editing ? (
          <CardAction
            verb="Edit"
            what="preferences and contact"
            onClick={() => editor.start(true)}
            buttonRef={editor.editButtonRef(true)}
          />
        ) : null
      }
    >
      {editor.saved ? <SavedMessage key={editor.saved.key} text={editor.saved.text} /> : null}
      {!preferences ? (
        <NotShared />
      ) : editor.editing ? (
        <PreferencesEditor
          personId={person.id}
          preferences={preferences}
          onSaved={editor.finish}
          onCancel={editor.cancel}
          onUseTheirs={() => {
            editor.finish('Their version of the preferences is shown. Your changes were not saved.');
            void refresh();
          }}
        />
      ) : (
        <SummaryList
          rows={[
            { key: LABELS.whatHelps, value: preferences.whatHelps },
            { key: LABELS.whatToAvoid, value: preferences.whatToAvoid },
            { key: LABELS.contactHow, value: preferences.contactHow },
            { key: LABELS.contactWhen, value: preferences.contactWhen },
            { key: LABELS.timeOfDay, value: preferences.timeOfDay ? TIME_OF_DAY_LABELS[preferences.timeOfDay] : null },
          ]}
        />
      )}
    </SectionCard>
  );
}
