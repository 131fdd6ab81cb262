import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { formatDate, formatNhsNumber } from '@casehuddle/shared';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { summaryItems } from '../../../ui/formErrors';
import { SavedMessage } from '../../../ui/SavedMessage';
import type { PersonRecord } from '../access';
import { currentText } from '../conflict';
import {
  checkIdentifier,
  PROFILE_FIELDS,
  profileFieldId,
  ProfileFields,
  profileFormValues,
  toProfileInput,
  validateProfile,
  type ProfileField,
  type ProfileFormValues,
} from '../forms/profileForm';
import { UpdatePersonProfileMutation } from '../graphql/people';
import { useSectionEditor } from '../hooks/useSectionEditor';
import { useVersionedSave } from '../hooks/useVersionedSave';
import { ConflictView } from './ConflictView';
import { ChangedSinceNotice, EditorButtons } from './EditorButtons';
import { usePerson } from './PersonContext';
import { CardAction, NotShared, SectionCard, SummaryList } from './SectionCard';

const LABELS: Record<ProfileField, string> = {
  legalName: 'Legal name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  councilArea: 'Council area',
  nhsNumber: 'NHS number',
  prisonNumber: 'Prison number',
  crn: 'CRN',
};

interface ProfileEditorProps {
  person: PersonRecord;
  version: number;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onUseTheirs: () => void;
}

function ProfileEditor({ person, version, onSaved, onCancel, onUseTheirs }: ProfileEditorProps) {
  const [values, setValues] = useState<ProfileFormValues>(() => profileFormValues(person));
  const [blurErrors, setBlurErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [update] = useMutation(UpdatePersonProfileMutation);
  const save = useVersionedSave({
    version,
    fieldNames: PROFILE_FIELDS,
    duplicateField: 'nhsNumber',
    save: (expectedVersion) => update({ variables: { input: { personId: person.id, expectedVersion, profile: toProfileInput(values) } } }),
    onSaved: () => onSaved('Personal details saved.'),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBlurErrors({});
    void save.submit(validateProfile(values));
  }

  const errors = { ...save.errors.fields, ...blurErrors };
  const items = summaryItems(save.errors, PROFILE_FIELDS, (field) => profileFieldId('profile', field));
  const conflict = save.conflict;
  const mine = toProfileInput(values);

  return (
    <form noValidate aria-labelledby="profile-editor-heading" onSubmit={handleSubmit}>
      <h3 className="govuk-heading-s" id="profile-editor-heading">
        Edit personal details
      </h3>
      {items.length > 0 ? <ErrorSummary key={save.attempt} errors={items} /> : null}
      {conflict ? (
        <ConflictView
          what="Personal details"
          rows={PROFILE_FIELDS.map((field) => {
            const theirs = currentText(conflict, field);
            const own = mine[field] ?? null;
            const show = (value: string | null) => (value && field === 'dateOfBirth' ? formatDate(value) : value);
            return { label: LABELS[field], theirs: show(theirs), mine: show(own), differs: (theirs ?? '') !== (own ?? '') };
          })}
          saving={save.saving}
          onKeepMine={() => void save.keepMine(validateProfile(values))}
          onUseTheirs={onUseTheirs}
        />
      ) : save.changedSince(person.profile?.version) ? (
        <ChangedSinceNotice what="these details" />
      ) : null}
      <ProfileFields
        idPrefix="profile"
        values={values}
        errors={errors}
        onChange={setValues}
        onFieldBlur={(field) => setBlurErrors((current) => ({ ...current, [field]: checkIdentifier(field, values[field] as string) }))}
      />
      {conflict ? null : <EditorButtons saving={save.saving} saveLabel="Save personal details" onCancel={onCancel} />}
    </form>
  );
}

/** Names, date of birth, council area and identifiers. Identifiers show only with their section. */
export function ProfileCard() {
  const { person, refresh } = usePerson();
  const editor = useSectionEditor();
  const { profile, access } = person;
  const editable = profile !== null && access.full && !person.processingRestricted;
  const identifier = (value: string | null, section: 'HEALTH' | 'OFFENDING') =>
    value ?? (access.sections.includes(section) ? null : <span className="app-not-shared">Not shared with your organisation</span>);

  return (
    <SectionCard
      id="profile"
      title="Personal details"
      action={
        editable && !editor.editing ? (
          <CardAction verb="Edit" what="personal details" onClick={() => editor.start(true)} buttonRef={editor.editButtonRef(true)} />
        ) : null
      }
    >
      {editor.saved ? <SavedMessage key={editor.saved.key} text={editor.saved.text} /> : null}
      {!profile ? (
        <NotShared />
      ) : editor.editing ? (
        <ProfileEditor
          person={person}
          version={profile.version}
          onSaved={editor.finish}
          onCancel={editor.cancel}
          onUseTheirs={() => {
            editor.finish('Their version of the personal details is shown. Your changes were not saved.');
            void refresh();
          }}
        />
      ) : (
        <SummaryList
          rows={[
            { key: LABELS.legalName, value: person.legalName },
            { key: LABELS.preferredName, value: person.preferredName },
            { key: LABELS.pronouns, value: person.pronouns },
            { key: LABELS.dateOfBirth, value: profile.dateOfBirth ? formatDate(profile.dateOfBirth) : null },
            { key: LABELS.councilArea, value: profile.councilArea },
            { key: LABELS.nhsNumber, value: identifier(profile.nhsNumber ? formatNhsNumber(profile.nhsNumber) : null, 'HEALTH') },
            { key: LABELS.prisonNumber, value: identifier(profile.prisonNumber, 'OFFENDING') },
            { key: LABELS.crn, value: identifier(profile.crn, 'OFFENDING') },
          ]}
        />
      )}
    </SectionCard>
  );
}
