import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@casehuddle/shared';
import type { PersonRecordFieldsFragment } from '../../../generated/graphql';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextArea } from '../../../ui/fields';
import { summaryItems, type FieldErrors } from '../../../ui/formErrors';
import { SavedMessage } from '../../../ui/SavedMessage';
import { canEdit } from '../access';
import { currentText } from '../conflict';
import { UpdatePersonRiskMutation } from '../graphql/people';
import { useSectionEditor } from '../hooks/useSectionEditor';
import { useVersionedSave } from '../hooks/useVersionedSave';
import { ConflictView } from './ConflictView';
import { ChangedSinceNotice, EditorButtons } from './EditorButtons';
import { usePerson } from './PersonContext';
import { CardAction, NotShared, SectionCard, SummaryList } from './SectionCard';
import { RestrictedTag } from './tags';

type Risk = NonNullable<PersonRecordFieldsFragment['risk']>;

const FIELDS = ['summary', 'safetyPlan'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_IDS: Record<Field, string> = { summary: 'risk-summary', safetyPlan: 'risk-safety-plan' };
const LABELS: Record<Field, string> = { summary: 'Risks', safetyPlan: 'Safety plan' };

function validate(values: Record<Field, string>): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const field of FIELDS) {
    if (values[field].length > LIMITS.notesMaxLength)
      errors[field] = `Keep this to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`;
  }
  return errors;
}

interface RiskEditorProps {
  personId: string;
  risk: Risk;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onUseTheirs: () => void;
}

function RiskEditor({ personId, risk, onSaved, onCancel, onUseTheirs }: RiskEditorProps) {
  const [values, setValues] = useState<Record<Field, string>>({ summary: risk.summary ?? '', safetyPlan: risk.safetyPlan ?? '' });
  const [update] = useMutation(UpdatePersonRiskMutation);
  const save = useVersionedSave({
    version: risk.version,
    fieldNames: FIELDS,
    duplicateField: 'summary',
    save: (expectedVersion) =>
      update({
        variables: {
          input: { personId, expectedVersion, summary: values.summary.trim() || null, safetyPlan: values.safetyPlan.trim() || null },
        },
      }),
    onSaved: () => onSaved('Risks and safety saved.'),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save.submit(validate(values));
  }

  const items = summaryItems(save.errors, FIELDS, (field) => FIELD_IDS[field]);
  const conflict = save.conflict;

  return (
    <form noValidate aria-labelledby="risk-editor-heading" onSubmit={handleSubmit}>
      <h3 className="govuk-heading-s" id="risk-editor-heading">
        Edit risks and safety
      </h3>
      {items.length > 0 ? <ErrorSummary key={save.attempt} errors={items} /> : null}
      {conflict ? (
        <ConflictView
          what="Risks and safety"
          rows={FIELDS.map((field) => {
            const theirs = currentText(conflict, field);
            const mine = values[field].trim();
            return { label: LABELS[field], theirs, mine, differs: (theirs ?? '') !== mine };
          })}
          saving={save.saving}
          onKeepMine={() => void save.keepMine(validate(values))}
          onUseTheirs={onUseTheirs}
        />
      ) : save.changedSince(risk.version) ? (
        <ChangedSinceNotice what="risks and safety" />
      ) : null}
      {FIELDS.map((field, index) => (
        <TextArea
          key={field}
          id={FIELD_IDS[field]}
          name={field}
          label={LABELS[field]}
          rows={4}
          value={values[field]}
          error={save.errors.fields[field]}
          onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
          autoFocus={index === 0}
        />
      ))}
      {conflict ? null : <EditorButtons saving={save.saving} saveLabel="Save risks and safety" onCancel={onCancel} />}
    </form>
  );
}

/** Risks and safety: a restricted section, shared only when an agreement names it. */
export function RiskCard() {
  const { person, refresh } = usePerson();
  const editor = useSectionEditor();
  const { risk } = person;
  const editable = risk !== null && canEdit(person, 'RISK');

  return (
    <SectionCard
      id="risk"
      title="Risks and safety"
      tag={<RestrictedTag />}
      action={
        editable && !editor.editing ? (
          <CardAction verb="Edit" what="risks and safety" onClick={() => editor.start(true)} buttonRef={editor.editButtonRef(true)} />
        ) : null
      }
    >
      {editor.saved ? <SavedMessage key={editor.saved.key} text={editor.saved.text} /> : null}
      {!risk ? (
        <NotShared>Not shared with your organisation: risks and safety are restricted.</NotShared>
      ) : editor.editing ? (
        <RiskEditor
          personId={person.id}
          risk={risk}
          onSaved={editor.finish}
          onCancel={editor.cancel}
          onUseTheirs={() => {
            editor.finish('Their version of risks and safety is shown. Your changes were not saved.');
            void refresh();
          }}
        />
      ) : (
        <SummaryList
          rows={[
            { key: LABELS.summary, value: risk.summary },
            { key: LABELS.safetyPlan, value: risk.safetyPlan },
          ]}
        />
      )}
    </SectionCard>
  );
}
