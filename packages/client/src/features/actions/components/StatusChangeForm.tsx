import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { ACTION_STATUS_LABELS, ACTION_TRANSITIONS, canMoveAction, LIMITS, REASON_REQUIRED, type ActionStatus } from '@casehuddle/shared';
import type { ActionListFieldsFragment } from '../../../generated/graphql';
import { readApiError, readApiErrorExtensions } from '../../../ui/apiErrors';
import { PageErrorSummary } from '../../../ui/PageErrorSummary';
import { SelectInput, TextArea } from '../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FormErrors } from '../../../ui/formErrors';
import { SavedMessage } from '../../../ui/SavedMessage';
import { UpdateActionMutation } from '../graphql/actions';
import { REASON_QUESTIONS, statusLabel } from '../labels';

export type StatusAction = Pick<ActionListFieldsFragment, 'id' | 'title' | 'status' | 'statusReason' | 'version' | 'canEdit'>;

const FIELDS = ['status', 'statusReason'] as const;
type Field = (typeof FIELDS)[number];

/** What the server says the action is now, when someone else changed it first. */
interface CurrentAction {
  status: ActionStatus;
  statusReason: string | null;
  title: string;
  dueDate: string;
  version: number;
}

function readCurrent(error: unknown): CurrentAction | null {
  const current = readApiErrorExtensions(error)['current'];
  if (!current || typeof current !== 'object') return null;
  const c = current as Record<string, unknown>;
  if (typeof c['status'] !== 'string' || typeof c['version'] !== 'number') return null;
  return {
    status: c['status'] as ActionStatus,
    statusReason: typeof c['statusReason'] === 'string' ? c['statusReason'] : null,
    title: typeof c['title'] === 'string' ? c['title'] : '',
    dueDate: typeof c['dueDate'] === 'string' ? c['dueDate'] : '',
    version: c['version'],
  };
}

interface StatusChangeFormProps {
  action: StatusAction;
  /** `row`: compact, in a list of actions. `page`: on the action's own page, with an error summary. */
  variant: 'row' | 'page';
  /** Told after a successful save, for a confirmation and to refresh lists the action may leave. */
  onSaved?: (saved: { title: string; status: ActionStatus }) => void;
}

/**
 * Changes an action's status. Offers only the moves the action may make from where it is, asks for
 * a reason when the new status needs one, and when someone else changed the action first says what
 * they did and lets the user save their change again (if it is still allowed).
 */
export function StatusChangeForm({ action, variant, onSaved }: StatusChangeFormProps) {
  const apollo = useApolloClient();
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<{ theirs: CurrentAction; mine: ActionStatus; key: number } | null>(null);
  const [saved, setSaved] = useState<{ text: string; key: number } | null>(null);
  const [updateAction, { loading }] = useMutation(UpdateActionMutation);
  const conflictRef = useRef<HTMLDivElement>(null);

  const prefix = variant === 'page' ? 'action' : `action-${action.id}`;
  const ids: Record<Field, string> = { status: `${prefix}-new-status`, statusReason: `${prefix}-status-reason` };
  const moves = ACTION_TRANSITIONS[action.status];
  // If the action moved on meanwhile (a live update), a choice it can no longer make is dropped.
  const chosen = status && moves.includes(status) ? status : '';
  const question = chosen ? REASON_QUESTIONS[chosen] : undefined;

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  if (!action.canEdit) {
    return variant === 'page' ? (
      <p className="govuk-body">Only the owner’s organisation, the person who created this action and the huddle’s chairs can change it.</p>
    ) : null;
  }

  if (moves.length === 0) {
    return (
      <p className={variant === 'page' ? 'govuk-body' : 'app-secondary-text app-status-form__none'}>Cancelled actions cannot be changed.</p>
    );
  }

  function validate(): FormErrors<Field> {
    const fields: FormErrors<Field>['fields'] = {};
    if (!chosen) fields.status = 'Select the new status';
    else if (question) {
      const text = reason.trim();
      if (!text) fields.statusReason = question.missing;
      else if (text.length > LIMITS.notesMaxLength) {
        fields.statusReason = `Keep the reason to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`;
      }
    }
    return { fields, general: null };
  }

  function focusFirstError(found: FormErrors<Field>) {
    // A row has no error summary, so take the user straight to the question that needs an answer.
    if (variant !== 'row') return;
    const first = FIELDS.find((field) => found.fields[field]);
    if (first) setTimeout(() => document.getElementById(ids[first])?.focus(), 0);
  }

  async function save(expectedVersion: number) {
    if (loading || !chosen) return;
    const title = action.title;
    setConflict(null);
    try {
      await updateAction({
        variables: {
          input: {
            id: action.id,
            expectedVersion,
            status: chosen,
            ...(REASON_REQUIRED.includes(chosen) ? { statusReason: reason.trim() } : {}),
          },
        },
      });
      setStatus('');
      setReason('');
      setErrors(NO_ERRORS);
      setSaved((previous) => ({ text: `Status changed to ${ACTION_STATUS_LABELS[chosen].toLowerCase()}.`, key: (previous?.key ?? 0) + 1 }));
      onSaved?.({ title, status: chosen });
    } catch (error) {
      const apiError = readApiError(error);
      const theirs = apiError.code === 'VERSION_CONFLICT' ? readCurrent(error) : null;
      if (theirs) {
        // Show their change at once, everywhere this action is on screen.
        apollo.cache.modify({
          id: apollo.cache.identify({ __typename: 'Action', id: action.id }),
          fields: {
            status: () => theirs.status,
            statusReason: () => theirs.statusReason,
            version: () => theirs.version,
            ...(theirs.title ? { title: () => theirs.title } : {}),
            ...(theirs.dueDate ? { dueDate: () => theirs.dueDate } : {}),
          },
        });
        setErrors(NO_ERRORS);
        setConflict((previous) => ({ theirs, mine: chosen, key: (previous?.key ?? 0) + 1 }));
        return;
      }
      const found = formErrorsFromApi(apiError, FIELDS, 'status');
      setErrors(found);
      setAttempt((n) => n + 1);
      focusFirstError(found);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.fields.status || found.fields.statusReason) {
      focusFirstError(found);
      return;
    }
    void save(action.version);
  }

  const items = variant === 'page' ? summaryItems(errors, FIELDS, (field) => ids[field]) : [];
  const hiddenName = <span className="govuk-visually-hidden"> for {action.title}</span>;

  return (
    <form
      noValidate
      onSubmit={handleSubmit}
      className={`app-status-form app-status-form--${variant}`}
      aria-labelledby={variant === 'page' ? 'change-status-heading' : undefined}
    >
      {variant === 'page' ? (
        <h2 className="govuk-heading-m" id="change-status-heading">
          Change status
        </h2>
      ) : null}
      {saved && variant === 'page' ? <SavedMessage key={saved.key} text={saved.text} /> : null}
      {variant === 'page' ? <PageErrorSummary form="status" errors={items} attempt={attempt} /> : null}
      {errors.general && variant === 'row' ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {errors.general}
        </p>
      ) : null}
      {conflict ? (
        <div className="app-conflict app-conflict--compact" key={conflict.key} ref={conflictRef} tabIndex={-1} role="alert">
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Someone else changed this action first</p>
          <p className="govuk-body-s govuk-!-margin-bottom-2">
            It is now <strong>{statusLabel(conflict.theirs.status).toLowerCase()}</strong>
            {conflict.theirs.statusReason ? <> (reason: “{conflict.theirs.statusReason}”)</> : null}. Your change to{' '}
            <strong>{ACTION_STATUS_LABELS[conflict.mine].toLowerCase()}</strong> has not been saved.
            {canMoveAction(conflict.theirs.status, conflict.mine)
              ? null
              : ` An action that is ${statusLabel(conflict.theirs.status).toLowerCase()} cannot become ${ACTION_STATUS_LABELS[conflict.mine].toLowerCase()}, so choose again.`}
          </p>
          <div className="govuk-button-group">
            {canMoveAction(conflict.theirs.status, conflict.mine) ? (
              <button
                type="button"
                className="govuk-button app-button--small"
                disabled={loading}
                onClick={() => void save(conflict.theirs.version)}
              >
                {loading ? 'Saving…' : 'Save my change again'}
              </button>
            ) : null}
            <button
              type="button"
              className="govuk-button govuk-button--secondary app-button--small"
              onClick={() => {
                setConflict(null);
                setStatus('');
                setReason('');
              }}
            >
              Keep their change
            </button>
          </div>
        </div>
      ) : null}
      <div className="app-status-form__controls">
        <SelectInput
          id={ids.status}
          name="status"
          label={<>New status{variant === 'row' ? hiddenName : null}</>}
          labelClass={variant === 'page' ? 'govuk-label--s' : 'app-status-form__label'}
          placeholder="Choose a status"
          options={moves.map((move) => ({ value: move, label: ACTION_STATUS_LABELS[move] }))}
          value={chosen}
          error={errors.fields.status}
          onChange={(event) => {
            setStatus(event.target.value as ActionStatus | '');
            setErrors((current) => ({ ...current, fields: { ...current.fields, status: undefined } }));
          }}
        />
        {question ? (
          <div className="app-conditional app-status-form__reason">
            <TextArea
              id={ids.statusReason}
              name="statusReason"
              label={
                <>
                  {question.label}
                  {variant === 'row' ? hiddenName : null}
                </>
              }
              labelClass={variant === 'page' ? 'govuk-label--s' : 'app-status-form__label'}
              hint={question.hint}
              rows={3}
              maxLength={LIMITS.notesMaxLength}
              value={reason}
              error={errors.fields.statusReason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
        ) : null}
        <button
          type="submit"
          className={variant === 'row' ? 'govuk-button app-button--small app-status-form__submit' : 'govuk-button app-status-form__submit'}
          disabled={loading}
          aria-disabled={loading || undefined}
        >
          {loading ? 'Saving…' : variant === 'row' ? 'Save' : 'Save status'}
          {loading || variant === 'page' ? null : <span className="govuk-visually-hidden"> new status{hiddenName}</span>}
        </button>
      </div>
    </form>
  );
}
