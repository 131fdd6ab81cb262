import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  formatDate,
  LIMITS,
  NEED_DOMAIN_LABELS,
  NEED_DOMAINS,
  NEED_STATUS_LABELS,
  NEED_STATUSES,
  type NeedDomain,
  type NeedStatus,
} from '@casehuddle/shared';
import type { PersonRecordFieldsFragment } from '../../../generated/graphql';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectInput, TextArea } from '../../../ui/fields';
import { summaryItems, type FieldErrors } from '../../../ui/formErrors';
import { SavedMessage } from '../../../ui/SavedMessage';
import { canEdit } from '../access';
import { currentText } from '../conflict';
import { UpdatePersonNeedMutation } from '../graphql/people';
import { useSectionEditor } from '../hooks/useSectionEditor';
import { useVersionedSave } from '../hooks/useVersionedSave';
import { ConflictView } from './ConflictView';
import { usePerson } from './PersonContext';
import { SectionCard } from './SectionCard';
import { NeedStatusTag } from './tags';

type Need = PersonRecordFieldsFragment['needs'][number];

const STATUS_OPTIONS = NEED_STATUSES.map((status) => ({ value: status, label: NEED_STATUS_LABELS[status] }));
const NEED_FIELDS = ['status', 'notes'] as const;
type NeedField = (typeof NEED_FIELDS)[number];

const statusLabel = (value: unknown) =>
  typeof value === 'string' && value in NEED_STATUS_LABELS ? NEED_STATUS_LABELS[value as NeedStatus] : null;

interface NeedEditorProps {
  personId: string;
  /** The need as it is now on the page (it may change while the form is open). */
  need: Need;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onUseTheirs: () => void;
}

/** The quick editor for one need: its status and notes, in place in the needs table. */
export function NeedEditor({ personId, need, onSaved, onCancel, onUseTheirs }: NeedEditorProps) {
  const label = NEED_DOMAIN_LABELS[need.domain];
  const idBase = `need-${need.domain.toLowerCase().replaceAll('_', '-')}`;
  const fieldIds: Record<NeedField, string> = { status: `${idBase}-status`, notes: `${idBase}-notes` };
  const [status, setStatus] = useState<NeedStatus>(need.status);
  const [notes, setNotes] = useState(need.notes ?? '');
  const [update] = useMutation(UpdatePersonNeedMutation);
  const save = useVersionedSave({
    version: need.version,
    fieldNames: NEED_FIELDS,
    duplicateField: 'notes',
    save: (expectedVersion) =>
      update({ variables: { input: { personId, domain: need.domain, expectedVersion, status, notes: notes.trim() || null } } }),
    onSaved: () => onSaved(`${label} saved: ${NEED_STATUS_LABELS[status]}.`),
  });

  const validate = (): FieldErrors<NeedField> =>
    notes.length > LIMITS.notesMaxLength
      ? { notes: `Keep the notes to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer` }
      : {};

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save.submit(validate());
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && !save.saving) {
      event.preventDefault();
      onCancel();
    }
  }

  const items = summaryItems(save.errors, NEED_FIELDS, (field) => fieldIds[field]);
  const theirNotes = save.conflict ? currentText(save.conflict, 'notes') : null;
  const theirStatus = save.conflict ? statusLabel(save.conflict.current['status']) : null;

  return (
    <form noValidate className="app-inline-editor" aria-label={`Edit ${label}`} onSubmit={handleSubmit} onKeyDown={handleKeyDown}>
      {items.length > 0 ? <ErrorSummary key={save.attempt} errors={items} /> : null}
      {save.conflict ? (
        <ConflictView
          what={label}
          rows={[
            { label: 'Status', theirs: theirStatus, mine: NEED_STATUS_LABELS[status], differs: theirStatus !== NEED_STATUS_LABELS[status] },
            { label: 'Notes', theirs: theirNotes, mine: notes.trim(), differs: (theirNotes ?? '') !== notes.trim() },
          ]}
          saving={save.saving}
          onKeepMine={() => void save.keepMine(validate())}
          onUseTheirs={onUseTheirs}
        />
      ) : save.changedSince(need.version) ? (
        <div className="govuk-inset-text app-inset-text--compact">
          Someone has changed {label} since you started editing. When you save, you can compare the two versions.
        </div>
      ) : null}
      <div className="app-inline-editor__fields">
        <SelectInput
          id={fieldIds.status}
          name="status"
          label={
            <>
              Status <span className="govuk-visually-hidden">of {label}</span>
            </>
          }
          labelClass="govuk-label--s"
          options={STATUS_OPTIONS}
          value={status}
          error={save.errors.fields.status}
          onChange={(event) => setStatus(event.target.value as NeedStatus)}
          autoFocus
        />
        <TextArea
          id={fieldIds.notes}
          name="notes"
          label={
            <>
              Notes <span className="govuk-visually-hidden">on {label}</span>
            </>
          }
          labelClass="govuk-label--s"
          rows={3}
          value={notes}
          error={save.errors.fields.notes}
          onChange={(event) => setNotes(event.target.value)}
        />
      </div>
      {save.conflict ? null : (
        <div className="govuk-button-group app-inline-editor__buttons">
          <button type="submit" className="govuk-button app-button--small" disabled={save.saving} aria-disabled={save.saving || undefined}>
            {save.saving ? 'Saving…' : 'Save'} <span className="govuk-visually-hidden">{label}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-button--small"
            onClick={onCancel}
            disabled={save.saving}
          >
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}

/** The seven resettlement pathways: status tags, notes and a quick Edit for each need the user may see. */
export function NeedsCard() {
  const { person, refresh } = usePerson();
  const editor = useSectionEditor<NeedDomain>();
  const byDomain = new Map(person.needs.map((need) => [need.domain, need]));

  return (
    <SectionCard id="needs" title="Needs">
      {editor.saved ? <SavedMessage key={editor.saved.key} text={editor.saved.text} /> : null}
      <table className="govuk-table app-table app-needs-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Needs by resettlement pathway</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header app-needs-table__domain">
              Need
            </th>
            <th scope="col" className="govuk-table__header app-needs-table__status">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Notes
            </th>
            <th scope="col" className="govuk-table__header app-table__actions">
              <span className="govuk-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {NEED_DOMAINS.map((domain) => {
            const label = NEED_DOMAIN_LABELS[domain];
            const need = byDomain.get(domain);
            if (!need) {
              return (
                <tr className="govuk-table__row" key={domain}>
                  <th scope="row" className="govuk-table__header">
                    {label}
                  </th>
                  <td className="govuk-table__cell app-not-shared" colSpan={3}>
                    Not shared with your organisation
                  </td>
                </tr>
              );
            }
            if (editor.editing === domain) {
              return (
                <tr className="govuk-table__row app-needs-table__editing" key={domain}>
                  <th scope="row" className="govuk-table__header">
                    {label}
                  </th>
                  <td className="govuk-table__cell" colSpan={3}>
                    <NeedEditor
                      personId={person.id}
                      need={need}
                      onSaved={editor.finish}
                      onCancel={editor.cancel}
                      onUseTheirs={() => {
                        editor.finish(`Their version of ${label} is shown. Your changes were not saved.`);
                        void refresh();
                      }}
                    />
                  </td>
                </tr>
              );
            }
            return (
              <tr className="govuk-table__row" key={domain}>
                <th scope="row" className="govuk-table__header">
                  {label}
                </th>
                <td className="govuk-table__cell">
                  <NeedStatusTag status={need.status} />
                </td>
                <td className="govuk-table__cell">
                  {need.notes ? (
                    <span className="app-preserve-lines">{need.notes}</span>
                  ) : (
                    <span className="app-secondary-text">No notes</span>
                  )}
                  <span className="app-table__meta">Updated {formatDate(need.updatedAt)}</span>
                </td>
                <td className="govuk-table__cell app-table__actions">
                  {canEdit(person, need.section) ? (
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary app-button--small"
                      ref={editor.editButtonRef(domain)}
                      onClick={() => editor.start(domain)}
                    >
                      Edit <span className="govuk-visually-hidden">{label}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </SectionCard>
  );
}
