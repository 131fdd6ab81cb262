import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { DUE_WINDOW_LABELS, formatDate, formatDateTime, type DueWindow } from '@casehuddle/shared';
import type { ActionDetailFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { PageErrorsProvider, PageErrorSummary, usePageErrors } from '../../../ui/PageErrorSummary';
import { TextArea } from '../../../ui/fields';
import { Loading } from '../../../ui/Loading';
import { SavedMessage } from '../../../ui/SavedMessage';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { ActionOwnerOptionsQuery, ActionPageQuery, AddActionCommentMutation } from '../graphql/actions';
import { useActionChanged } from '../hooks/useActionChanged';
import { formatDue, formatLocalDate, statusLabel } from '../labels';
import { ActionPersonName, ActionStatusTag } from './ActionStatusTag';
import { StatusChangeForm } from './StatusChangeForm';

type HistoryEntry = ActionDetailFieldsFragment['history'][number];

const COMMENT_MAX_LENGTH = 5000;

/** Where "Back" goes: the list the user came from, when they came from one. */
function useBackLink(): { to: string; label: string } {
  const state: unknown = useLocation().state;
  const from = state && typeof state === 'object' ? (state as { from?: unknown }).from : undefined;
  if (typeof from === 'string' && from.startsWith('/actions')) return { to: from, label: 'Back to actions' };
  if (typeof from === 'string' && from.startsWith('/notifications')) return { to: from, label: 'Back to notifications' };
  return { to: '/', label: 'Back to My work' };
}

/** One history entry in words: what changed, and from what to what. */
function describeChange(entry: HistoryEntry, userName: (id: string) => string): { what: string; from?: string; to?: string } {
  const windowLabel = (value: string | null) => (value && value in DUE_WINDOW_LABELS ? DUE_WINDOW_LABELS[value as DueWindow] : 'Any time');
  const date = (value: string | null) => (value ? formatLocalDate(value) : 'None');
  const quoted = (value: string | null) => (value ? `“${value}”` : 'None');
  switch (entry.field) {
    case 'created':
      return { what: 'Created the action' };
    case 'status':
      return { what: 'Status', from: statusLabel(entry.from), to: statusLabel(entry.to) };
    case 'statusReason':
      return { what: 'Reason', to: quoted(entry.to) };
    case 'dueDate':
      return { what: 'Due date', from: date(entry.from), to: date(entry.to) };
    case 'dueWindow':
      return { what: 'Time of day', from: windowLabel(entry.from), to: windowLabel(entry.to) };
    case 'owner':
      return { what: 'Owner', from: entry.from ? userName(entry.from) : 'None', to: entry.to ? userName(entry.to) : 'None' };
    case 'title':
      return { what: 'What needs doing', from: quoted(entry.from), to: quoted(entry.to) };
    case 'detail':
      return { what: 'Detail', from: quoted(entry.from), to: quoted(entry.to) };
    default:
      return { what: entry.field, from: entry.from ?? 'None', to: entry.to ?? 'None' };
  }
}

function History({ entries }: { entries: ActionDetailFieldsFragment['history'] }) {
  // The history names owners by their account; the directory of colleagues gives their names.
  const colleagues = useQuery(ActionOwnerOptionsQuery, { fetchPolicy: 'cache-first' });
  const names = new Map((colleagues.data?.colleagues ?? []).map((c) => [c.id, `${c.name} (${c.organisation.name})`]));
  // Until the directory arrives, say nothing rather than something wrong.
  const userName = (id: string) => names.get(id) ?? (colleagues.data ? 'A former colleague' : '…');
  const newestFirst = [...entries].reverse();
  return (
    <section aria-labelledby="history-heading" className="app-action-section">
      <h2 className="govuk-heading-m" id="history-heading">
        History
      </h2>
      {newestFirst.length === 0 ? (
        <p className="govuk-body">No changes recorded.</p>
      ) : (
        <ol className="app-timeline" reversed>
          {newestFirst.map((entry) => {
            const change = describeChange(entry, userName);
            return (
              <li className="app-timeline__item" key={entry.id}>
                <p className="app-timeline__title">{change.what}</p>
                {change.to !== undefined ? (
                  <p className="app-timeline__description">
                    {change.from !== undefined ? (
                      <>
                        {change.from} <span aria-hidden="true">→</span>
                        <span className="govuk-visually-hidden">{' changed to'}</span>{' '}
                      </>
                    ) : null}
                    {change.to}
                  </p>
                ) : null}
                <p className="app-timeline__meta">
                  {entry.actor?.name ?? 'CaseHuddle'}, <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function Comments({ action }: { action: ActionDetailFieldsFragment }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<{ field?: string; general?: string; attempt: number } | null>(null);
  const [saved, setSaved] = useState(0);
  const [addComment, { loading }] = useMutation(AddActionCommentMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const text = body.trim();
    const attempt = (error?.attempt ?? 0) + 1;
    if (!text) return setError({ field: 'Enter a comment', attempt });
    if (text.length > COMMENT_MAX_LENGTH) return setError({ field: 'Comments must be 5,000 characters or fewer', attempt });
    try {
      await addComment({ variables: { actionId: action.id, body: text } });
      setBody('');
      setError(null);
      setSaved((n) => n + 1);
    } catch (caught) {
      const apiError = readApiError(caught);
      setError(apiError.fields['body'] ? { field: apiError.fields['body'], attempt } : { general: apiError.message, attempt });
    }
  }

  return (
    <section aria-labelledby="comments-heading" className="app-action-section">
      <h2 className="govuk-heading-m" id="comments-heading">
        Comments
      </h2>
      {action.comments.length === 0 ? (
        <p className="govuk-body app-secondary-text">No comments yet.</p>
      ) : (
        <ul className="govuk-list app-comments">
          {action.comments.map((comment) => (
            <li className="app-comments__item" key={comment.id}>
              <p className="app-comments__meta">
                <span className="govuk-!-font-weight-bold">{comment.author.name}</span> ({comment.author.organisation.name}),{' '}
                <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
              </p>
              <p className="govuk-body app-preserve-lines app-comments__body">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {action.canEdit ? (
        <form noValidate onSubmit={(event) => void handleSubmit(event)}>
          {saved > 0 ? <SavedMessage key={saved} text="Comment added." /> : null}
          <PageErrorSummary
            form="comment"
            attempt={error?.attempt ?? 0}
            errors={error ? [error.field ? { fieldId: 'action-comment', text: error.field } : { text: error.general ?? '' }] : []}
          />
          <TextArea
            id="action-comment"
            name="body"
            label="Add a comment"
            labelClass="govuk-label--s"
            rows={3}
            maxLength={COMMENT_MAX_LENGTH}
            value={body}
            error={error?.field}
            onChange={(event) => setBody(event.target.value)}
          />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={loading} aria-disabled={loading || undefined}>
            {loading ? 'Saving…' : 'Add comment'}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function Details({ action }: { action: ActionDetailFieldsFragment }) {
  const rows: Array<{ key: string; value: ReactNode }> = [];
  if (action.person || action.personRestricted) {
    rows.push({ key: 'For', value: <ActionPersonName person={action.person} personRestricted={action.personRestricted} /> });
  }
  rows.push({
    key: 'Owner',
    value: (
      <>
        {action.owner.name}
        <span className="app-table__meta">{action.ownerOrganisation.name}</span>
      </>
    ),
  });
  rows.push({ key: 'Due', value: formatDue(action.dueDate, action.dueWindow) });
  rows.push({ key: 'Status', value: <ActionStatusTag status={action.status} overdue={action.overdue} /> });
  if (action.statusReason) rows.push({ key: 'Reason', value: <span className="app-preserve-lines">{action.statusReason}</span> });
  if (action.detail) rows.push({ key: 'Detail', value: <span className="app-preserve-lines">{action.detail}</span> });
  if (action.origin?.huddleId) {
    // The meeting room opens at the agenda item where the action was agreed.
    const to = action.origin.meetingId
      ? `/meetings/${action.origin.meetingId}${action.origin.agendaItemId ? `?item=${action.origin.agendaItemId}` : ''}`
      : `/huddles/${action.origin.huddleId}`;
    rows.push({
      key: 'Agreed at',
      value: (
        <Link className="govuk-link" to={to}>
          {action.origin.meetingId ? 'The huddle meeting where it was agreed' : 'The huddle where it was agreed'}
        </Link>
      ),
    });
  }
  rows.push({
    key: 'Created',
    value: `${formatDate(action.createdAt)} by ${action.createdBy.name} (${action.createdBy.organisation.name})`,
  });
  if (action.completedAt) rows.push({ key: 'Completed', value: formatDate(action.completedAt) });
  return (
    <dl className="govuk-summary-list app-summary-list app-action-details">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One action at /actions/:id: its details, a change of status, its history and comments. */
export function ActionPage() {
  const { id = '' } = useParams();
  const back = useBackLink();
  const { data, error, refetch } = useQuery(ActionPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [liveMessage, setLiveMessage] = useState('');
  const action = data?.action;
  // The forms' error summaries show at the top of the page, and "Error: " leads the title while any shows.
  const pageErrors = usePageErrors();
  usePageTitle(
    action ? action.title : error && readApiError(error).code === 'NOT_FOUND' ? 'Action not found' : 'Action',
    pageErrors.hasErrors,
  );

  // Someone else's change shows without reloading; the user's own is on screen already.
  useActionChanged(
    async () => {
      await refetch();
      setLiveMessage('This action has just been changed by someone else. The page shows the latest.');
    },
    (change) => change.actionId === id && (!action || change.version > action.version),
  );

  if (!action) {
    if (!error) return <Loading />;
    const apiError = readApiError(error);
    if (apiError.code === 'NOT_FOUND' || apiError.code === 'VALIDATION_FAILED') {
      return (
        <>
          <h1 className="govuk-heading-l">Action not found</h1>
          <p className="govuk-body">{apiError.code === 'NOT_FOUND' ? apiError.message : 'Check the web address is correct.'}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={back.to}>
              {back.label}
            </Link>
          </p>
        </>
      );
    }
    return <ServiceProblem message={apiError.message} onRetry={() => void refetch().catch(() => undefined)} />;
  }

  return (
    <PageErrorsProvider value={pageErrors.value}>
      <Link className="govuk-back-link" to={back.to}>
        {back.label}
      </Link>
      {pageErrors.slot}
      <span className="govuk-caption-l">Action</span>
      <h1 className="govuk-heading-l app-action-title">{action.title}</h1>
      <div className="app-live-update" role="status">
        {liveMessage ? <p className="app-live-update__text">{liveMessage}</p> : null}
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <Details action={action} />
          <section className="app-action-section">
            <StatusChangeForm action={action} variant="page" />
          </section>
          <Comments action={action} />
        </div>
        <div className="govuk-grid-column-one-third-from-desktop">
          <History entries={action.history} />
        </div>
      </div>
    </PageErrorsProvider>
  );
}

export default ActionPage;
