import type { FormHTMLAttributes, ReactNode } from 'react';
import { useWatch, type FieldValues } from 'react-hook-form';
import { GovukForm, type GovukFormApi } from '../../../ui/form';
import { SavedMessage } from '../../../ui/SavedMessage';
import type { Conflict } from '../conflict';
import { useSectionEditor } from '../hooks/useSectionEditor';
import { useVersionedSave } from '../hooks/useVersionedSave';
import { ConflictView, type ConflictRow } from './ConflictView';
import { ChangedSinceNotice, EditorButtons } from './EditorButtons';
import { usePerson } from './PersonContext';
import { CardAction, NotShared, SectionCard } from './SectionCard';

/** What a card gives its editor: where to go when it is saved, cancelled or given up for theirs. */
export interface EditorCallbacks {
  onSaved: (message: string) => void;
  onCancel: () => void;
  onUseTheirs: () => void;
}

interface SectionEditorProps<In extends FieldValues, Out> extends EditorCallbacks {
  form: GovukFormApi<In, Out>;
  /** Used for the heading's id: `${id}-editor-heading`. */
  id: string;
  /** The heading; without one, give the form an aria-label. */
  title?: string;
  /** The section as it is now on the page: the editor remembers the one it started from. */
  version: number;
  save: (values: Out, expectedVersion: number) => Promise<unknown>;
  /** Said once saved, such as "Preferences saved." */
  savedText: string | ((values: Out) => string);
  /** For the conflict view, such as "Preferences". */
  what: string;
  /** For the changed-since notice, such as "these preferences". */
  changedWhat: string;
  /** Their version beside mine (the form as it is now, checked), one row a question. */
  conflictRows: (conflict: Conflict, mine: Out | null) => Omit<ConflictRow, 'differs'>[];
  savedBy?: (conflict: Conflict) => string | null;
  saveLabel: string;
  /** Other buttons than Save and Cancel. */
  buttons?: (saving: boolean) => ReactNode;
  formProps?: Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'>;
  children: ReactNode;
}

/**
 * The edit form of one versioned section of a record: its heading, error summary, the conflict view
 * when someone saved first (or a notice when a live update shows a change), the fields, then Save and
 * Cancel.
 */
export function SectionEditor<In extends FieldValues, Out>(props: SectionEditorProps<In, Out>) {
  const { form, id, title, version, save, savedText, what, changedWhat, conflictRows, savedBy, saveLabel, buttons, children } = props;
  const versioned = useVersionedSave({
    form,
    version,
    save,
    onSaved: (values) => props.onSaved(typeof savedText === 'string' ? savedText : savedText(values)),
  });
  // Re-render as the user types, so the conflict view shows what they have now.
  useWatch({ control: form.control });
  const { conflict } = versioned;

  return (
    <GovukForm
      form={form}
      onSubmit={versioned.onSubmit}
      aria-labelledby={title ? `${id}-editor-heading` : undefined}
      heading={
        title ? (
          <h3 className="govuk-heading-s" id={`${id}-editor-heading`}>
            {title}
          </h3>
        ) : null
      }
      {...props.formProps}
    >
      {conflict ? (
        <ConflictView
          what={what}
          rows={conflictRows(conflict, form.current()).map((row) => ({ ...row, differs: (row.theirs ?? '') !== (row.mine ?? '') }))}
          savedBy={savedBy?.(conflict)}
          saving={versioned.saving}
          onKeepMine={versioned.keepMine}
          onUseTheirs={props.onUseTheirs}
        />
      ) : versioned.changedSince(version) ? (
        <ChangedSinceNotice what={changedWhat} />
      ) : null}
      {children}
      {conflict ? null : buttons ? (
        buttons(versioned.saving)
      ) : (
        <EditorButtons saving={versioned.saving} saveLabel={saveLabel} onCancel={props.onCancel} />
      )}
    </GovukForm>
  );
}

interface EditableCardProps {
  id: string;
  title: string;
  tag?: ReactNode;
  /** Completes the edit button's name, such as "risks and safety". */
  what: string;
  /** Whether the section is shared with the user's organisation at all. */
  shared: boolean;
  notShared?: ReactNode;
  editable: boolean;
  /** Said when the user gives up their edit for the saved version. */
  theirsShown: string;
  editor: (callbacks: EditorCallbacks) => ReactNode;
  /** The section as it reads when not being edited. */
  children: ReactNode;
}

/** A section card of a record with an Edit action that opens its editor in place. */
export function EditableCard({
  id,
  title,
  tag,
  what,
  shared,
  notShared,
  editable,
  theirsShown,
  editor: renderEditor,
  children,
}: EditableCardProps) {
  const { refresh } = usePerson();
  const editor = useSectionEditor();
  return (
    <SectionCard
      id={id}
      title={title}
      tag={tag}
      action={
        shared && editable && !editor.editing ? (
          <CardAction verb="Edit" what={what} onClick={() => editor.start(true)} buttonRef={editor.editButtonRef(true)} />
        ) : null
      }
    >
      {editor.saved ? <SavedMessage key={editor.saved.key} text={editor.saved.text} /> : null}
      {!shared ? (
        <NotShared where={title}>{notShared}</NotShared>
      ) : editor.editing ? (
        renderEditor({
          onSaved: editor.finish,
          onCancel: editor.cancel,
          onUseTheirs: () => {
            editor.finish(theirsShown);
            void refresh();
          },
        })
      ) : (
        children
      )}
    </SectionCard>
  );
}
