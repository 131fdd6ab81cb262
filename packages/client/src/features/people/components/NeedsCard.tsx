import { type KeyboardEvent } from 'react';
import { AskForAccess } from '../../access-requests/components/AskForAccess';
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
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
import { SelectField, TextAreaField, useGovukForm } from '../../../ui/form';
import { oneOf, optionalText } from '../../../ui/schema';
import { SavedMessage } from '../../../ui/SavedMessage';
import { canEdit } from '../access';
import { currentText } from '../conflict';
import { UpdatePersonNeedMutation } from '../graphql/people';
import { useSectionEditor } from '../hooks/useSectionEditor';
import { usePerson } from './PersonContext';
import { SectionCard } from './SectionCard';
import { SectionEditor, type EditorCallbacks } from './SectionEditor';
import { NeedStatusTag } from './tags';
import { TableHead } from '../../../ui/TableHead';

type Need = PersonRecordFieldsFragment['needs'][number];

const STATUS_OPTIONS = NEED_STATUSES.map((status) => ({ value: status, label: NEED_STATUS_LABELS[status] }));

const statusLabel = (value: unknown) =>
  typeof value === 'string' && value in NEED_STATUS_LABELS ? NEED_STATUS_LABELS[value as NeedStatus] : null;

interface NeedEditorProps extends EditorCallbacks {
  personId: string;
  /** The need as it is now on the page (it may change while the form is open). */
  need: Need;
}

const needSchema = z.object({
  status: oneOf(NEED_STATUSES, 'Select a status'),
  notes: optionalText(LIMITS.notesMaxLength, `Keep the notes to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`),
});

/** The quick editor for one need: its status and notes, in place in the needs table. */
export function NeedEditor({ personId, need, ...callbacks }: NeedEditorProps) {
  const label = NEED_DOMAIN_LABELS[need.domain];
  const idBase = `need-${need.domain.toLowerCase().replaceAll('_', '-')}`;
  const form = useGovukForm({
    schema: needSchema,
    defaultValues: { status: need.status, notes: need.notes ?? '' },
    ids: { status: `${idBase}-status`, notes: `${idBase}-notes` },
    duplicateField: 'notes',
  });
  const [update] = useMutation(UpdatePersonNeedMutation);

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && !form.formState.isSubmitting) {
      event.preventDefault();
      callbacks.onCancel();
    }
  }

  return (
    <SectionEditor
      {...callbacks}
      form={form}
      id={idBase}
      version={need.version}
      save={(values, expectedVersion) => update({ variables: { input: { personId, domain: need.domain, expectedVersion, ...values } } })}
      savedText={(values) => `${label} saved: ${NEED_STATUS_LABELS[values.status]}.`}
      what={label}
      changedWhat={label}
      conflictRows={(conflict, mine) => [
        { label: 'Status', theirs: statusLabel(conflict.current['status']), mine: statusLabel(mine?.status) },
        { label: 'Notes', theirs: currentText(conflict, 'notes'), mine: mine?.notes ?? null },
      ]}
      saveLabel="Save"
      formProps={{ className: 'app-inline-editor', 'aria-label': `Edit ${label}`, onKeyDown: handleKeyDown }}
      buttons={(saving) => (
        <div className="govuk-button-group app-inline-editor__buttons">
          <button type="submit" className="govuk-button app-button--small" disabled={saving} aria-disabled={saving || undefined}>
            {saving ? 'Saving…' : 'Save'} <span className="govuk-visually-hidden">{label}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-button--small"
            onClick={callbacks.onCancel}
            disabled={saving}
          >
            Cancel
          </button>
        </div>
      )}
    >
      <div className="app-inline-editor__fields">
        <SelectField
          name="status"
          label={
            <>
              Status <span className="govuk-visually-hidden">of {label}</span>
            </>
          }
          labelClass="govuk-label--s"
          options={STATUS_OPTIONS}
          autoFocus
        />
        <TextAreaField
          name="notes"
          label={
            <>
              Notes <span className="govuk-visually-hidden">on {label}</span>
            </>
          }
          labelClass="govuk-label--s"
          rows={3}
        />
      </div>
    </SectionEditor>
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
        <TableHead
          columns={[
            { label: 'Need', className: 'app-needs-table__domain' },
            { label: 'Status', className: 'app-needs-table__status' },
            'Notes',
            { label: 'Action', hidden: true, className: 'app-table__actions' },
          ]}
        />
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
      {person.needs.length < NEED_DOMAINS.length && !person.access.full && person.access.basis !== 'PEER_MENTOR' ? (
        <AskForAccess personId={person.id} displayName={person.displayName} shared={person.access.sections} where="needs" />
      ) : null}
    </SectionCard>
  );
}
