import { useEffect, useRef, useState } from 'react';
import { AccessRequestsLink } from '../../access-requests/components/AccessRequestsLink';
import { Link } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { ACTION_STATUS_LABELS, SITUATION_KIND_LABELS, type ActionStatus } from '@casehuddle/shared';
import type { ActionListFieldsFragment, MyWorkQuery as MyWorkData } from '../../../generated/graphql';
import { useCurrentUser } from '../../auth/session';
import { ActionsTable } from '../../actions/components/ActionsTable';
import { StatusChangeForm } from '../../actions/components/StatusChangeForm';
import { LoadProblem } from '../../../ui/LoadProblem';
import { NewActionForm } from '../../actions/components/NewActionForm';
import { ActionListFields } from '../../actions/graphql/actions';
import { useActionChanged } from '../../actions/hooks/useActionChanged';
import { formatLocalDate } from '../../actions/labels';
import { Loading } from '../../../ui/Loading';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { usePageTitle } from '../../../ui/usePageTitle';
import { MyWorkQuery } from '../graphql/myWork';

type LeadPerson = MyWorkData['myWork']['leadFor'][number];

interface ActionSectionProps {
  id: string;
  title: string;
  actions: ReadonlyArray<ActionListFieldsFragment>;
  /** Said when there is nothing in the section. */
  empty: string;
  description?: string;
  showOwner?: boolean;
  urgent?: boolean;
  onSaved: (saved: { title: string; status: ActionStatus }) => void;
}

function ActionSection({ id, title, actions, empty, description, showOwner, urgent, onSaved }: ActionSectionProps) {
  const count = actions.length;
  return (
    <section className="app-my-work__section" aria-labelledby={`${id}-heading`}>
      <h2 className="govuk-heading-m app-my-work__heading" id={`${id}-heading`}>
        {title}
        <span className="govuk-visually-hidden">:</span>{' '}
        <span className={`app-count${urgent && count > 0 ? ' app-count--urgent' : ''}`}>{count}</span>
        <span className="govuk-visually-hidden"> {count === 1 ? 'action' : 'actions'}</span>
      </h2>
      {description ? <p className="govuk-body-s app-secondary-text">{description}</p> : null}
      {count === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">{empty}</p>
        </div>
      ) : (
        <ActionsTable
          actions={actions}
          caption={title}
          showOwner={showOwner}
          change={(action) => <StatusChangeForm action={action} variant="row" onSaved={onSaved} />}
        />
      )}
    </section>
  );
}

function situationText(person: LeadPerson): string | null {
  const situation = person.situation;
  if (!situation) return null;
  const kind = SITUATION_KIND_LABELS[situation.kind];
  if (!situation.releaseDate) return kind;
  const event = situation.kind === 'HOSPITAL' ? 'discharge' : 'release';
  return `${kind}, ${event} ${formatLocalDate(situation.releaseDate)}`;
}

function LeadForSection({ people }: { people: ReadonlyArray<LeadPerson> }) {
  return (
    <section className="app-my-work__section" aria-labelledby="lead-for-heading">
      <h2 className="govuk-heading-m" id="lead-for-heading">
        People I’m lead professional for
      </h2>
      {people.length === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">You are not lead professional for anyone yet.</p>
        </div>
      ) : (
        <ul className="govuk-list app-lead-for">
          {people.map((person) => {
            const situation = situationText(person);
            return (
              <li key={person.id} className="app-lead-for__item">
                <Link className="govuk-link govuk-!-font-weight-bold" to={`/people/${person.id}`}>
                  {person.displayName}
                </Link>
                {situation ? <span className="app-table__meta">{situation}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The home page for case workers: their actions by when they are due, their organisation's, and their people. */
export function MyWorkPage() {
  const me = useCurrentUser();
  const apollo = useApolloClient();
  const { data, error, refetch } = useQuery(MyWorkQuery, { fetchPolicy: 'cache-and-network' });
  const [adding, setAdding] = useState(false);
  const [formHasErrors, setFormHasErrors] = useState(false);
  const [notice, setNotice] = useState<{ text: string; key: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const newActionButton = useRef<HTMLButtonElement>(null);
  usePageTitle('My work', adding && formHasErrors);

  // Changes made elsewhere (a colleague, a huddle, another window) show without reloading. Changes
  // already on screen, such as the user's own, are not read again.
  useActionChanged(
    () => refetch(),
    (change) => {
      const shown = apollo.cache.readFragment({
        id: apollo.cache.identify({ __typename: 'Action', id: change.actionId }),
        fragment: ActionListFields,
      });
      return !shown || shown.version < change.version;
    },
  );

  useEffect(() => {
    // The row or form the user was in may have gone, so put them where the confirmation is.
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  function showNotice(text: string) {
    setNotice((previous) => ({ text, key: (previous?.key ?? 0) + 1 }));
  }

  function statusSaved({ title, status }: { title: string; status: ActionStatus }) {
    showNotice(`“${title}” is now ${ACTION_STATUS_LABELS[status].toLowerCase()}.`);
    // Done, cancelled and blocked actions leave these lists.
    void refetch().catch(() => undefined);
  }

  const work = data?.myWork;

  return (
    <>
      <div ref={noticeRef} tabIndex={-1} className="app-notice-anchor">
        {notice ? <NotificationBanner key={notice.key} type="success" text={notice.text} /> : null}
      </div>
      <div className="app-page-heading">
        <h1 className="govuk-heading-l">My work</h1>
        <button
          type="button"
          ref={newActionButton}
          className="govuk-button app-page-heading__action"
          aria-expanded={adding}
          aria-controls="new-action-panel"
          onClick={() => {
            setNotice(null);
            setAdding((open) => !open);
          }}
        >
          New action
        </button>
      </div>
      <AccessRequestsLink />
      <div id="new-action-panel">
        {adding ? (
          <NewActionForm
            people={work?.leadFor ?? []}
            onErrorsChange={setFormHasErrors}
            onCreated={(title) => {
              setAdding(false);
              setFormHasErrors(false);
              showNotice(`Action added: ${title}.`);
              void refetch().catch(() => undefined);
            }}
            onCancel={() => {
              setAdding(false);
              setFormHasErrors(false);
              newActionButton.current?.focus();
            }}
          />
        ) : null}
      </div>
      {!work ? (
        error ? (
          <LoadProblem error={error} what="your work" onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <Loading />
        )
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds-from-desktop app-grid-column--wide-main">
            <ActionSection
              id="overdue"
              title="Overdue"
              urgent
              actions={work.overdue}
              empty="Nothing overdue. Well done."
              onSaved={statusSaved}
            />
            <ActionSection
              id="due-this-week"
              title="Due this week"
              actions={work.dueThisWeek}
              empty="Nothing due in the next 7 days."
              onSaved={statusSaved}
            />
            <ActionSection id="later" title="Later" actions={work.later} empty="Nothing else on your list." onSaved={statusSaved} />
            <ActionSection
              id="organisation"
              title="My organisation’s actions"
              description={`Open actions owned by colleagues at ${me.organisation.name}.`}
              showOwner
              actions={work.organisation}
              empty={`No other open actions at ${me.organisation.name}.`}
              onSaved={statusSaved}
            />
          </div>
          <div className="govuk-grid-column-one-third-from-desktop app-grid-column--wide-aside">
            <LeadForSection people={work.leadFor} />
          </div>
        </div>
      )}
    </>
  );
}

export default MyWorkPage;
