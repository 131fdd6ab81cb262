import { useState, type RefObject } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { readApiError } from '../../../../ui/apiErrors';
import { RedFlagList } from '../../../../ui/RedFlagList';
import { AgendaItemWithActionsQuery, SetMeetingFocusMutation } from '../../graphql/meetings';
import { ItemKindTag, Tag } from '../tags';
import { ItemActions } from './ItemActions';
import { ItemFlags } from './ItemFlags';
import { QuickActionForm } from './lazyParts';
import { isAboutPerson, useMeeting, type AgendaItem } from './MeetingContext';
import { PersonSummary } from './PersonSummary';
import { TextFieldEditor } from './TextFieldEditor';

/** The chair's "Discuss this now": everyone sees which item the huddle is on. */
function DiscussNowButton({ item }: { item: AgendaItem }) {
  const { meeting, itemLabel, announce } = useMeeting();
  const client = useApolloClient();
  const [setFocus, { loading }] = useMutation(SetMeetingFocusMutation);
  const [problem, setProblem] = useState<string | null>(null);

  async function discussNow() {
    setProblem(null);
    try {
      await setFocus({ variables: { meetingId: meeting.id, itemId: item.id } });
      // Everyone else hears of it from the live events; show it here straight away.
      client.cache.modify({ id: client.cache.identify(meeting), fields: { focusItemId: () => item.id } });
      announce(`Now discussing: ${itemLabel(item)}.`);
    } catch (error) {
      setProblem(readApiError(error).message);
    }
  }

  return (
    <>
      <button
        type="button"
        className="govuk-button app-button--small app-discuss-now app-no-print"
        disabled={loading}
        aria-disabled={loading || undefined}
        onClick={() => void discussNow()}
      >
        Discuss this now
      </button>
      {problem ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
    </>
  );
}

interface ItemPanelProps {
  item: AgendaItem;
  index: number;
  total: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  previous: AgendaItem | null;
  next: AgendaItem | null;
  /** The user chose another item (so the page can move their focus to it). */
  onChoose: (itemId: string) => void;
}

/** Previous and next item: on a tablet the agenda is folded away, so these are the quick way along. */
function ItemPager({ previous, next, onChoose }: Pick<ItemPanelProps, 'previous' | 'next' | 'onChoose'>) {
  const { meeting, itemLabel } = useMeeting();
  if (!previous && !next) return null;
  return (
    <nav className="app-no-print" aria-label="Previous and next item">
      <ul className="app-item-pager">
        {previous ? (
          <li>
            <Link className="govuk-link" to={`/meetings/${meeting.id}?item=${previous.id}`} replace onClick={() => onChoose(previous.id)}>
              <span aria-hidden="true">← </span>Previous item
              <span className="app-secondary-text"> {itemLabel(previous)}</span>
            </Link>
          </li>
        ) : null}
        {next ? (
          <li className="app-item-pager__next">
            <Link className="govuk-link" to={`/meetings/${meeting.id}?item=${next.id}`} replace onClick={() => onChoose(next.id)}>
              Next item
              <span className="app-secondary-text"> {itemLabel(next)}</span>
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/**
 * The actions agreed at the item in view, read for this item alone (the meeting's own answer carries
 * none) and kept up to date by the live events (`useMeetingEvents`) and the quick action.
 */
function ActionsInView({ item, hideTitles }: { item: AgendaItem; hideTitles: boolean }) {
  const { data, error } = useQuery(AgendaItemWithActionsQuery, { variables: { id: item.id }, fetchPolicy: 'cache-first' });
  const problem = !data && error ? readApiError(error).message : undefined;
  return <ItemActions actions={data?.agendaItem.actions ?? null} hideTitles={hideTitles} problem={problem} />;
}

/** The item being looked at: who and why, the live notes and decisions, flags, and actions. */
export function ItemPanel({ item, index, total, headingRef, previous, next, onChoose }: ItemPanelProps) {
  const { meeting, projectorSafe, itemLabel } = useMeeting();
  const hidden = projectorSafe && isAboutPerson(item);
  const focus = meeting.focusItemId === item.id;
  const closed = meeting.status === 'CLOSED';
  return (
    <section className="app-meeting__item" aria-labelledby="item-heading" id="agenda-item">
      <span className="govuk-caption-m">
        Item {index + 1} of {total}
      </span>
      <h2 className="govuk-heading-l app-meeting__item-heading" id="item-heading" ref={headingRef} tabIndex={-1}>
        {itemLabel(item)}
      </h2>
      <p className="app-tag-list app-meeting__item-tags">
        <ItemKindTag kind={item.kind} />
        {focus ? <Tag className="govuk-tag--green">Now discussing</Tag> : null}
        {item.discussed ? <Tag className="govuk-tag--green">Discussed</Tag> : null}
        {item.systemBarrier ? <Tag className="govuk-tag--red">System barrier</Tag> : null}
      </p>
      {item.reason && !hidden ? <p className="govuk-body app-secondary-text app-meeting__reason">{item.reason}</p> : null}
      {!hidden && !closed ? (
        <RedFlagList flags={item.flags} label={`Red flags for ${itemLabel(item)}`} className="app-meeting__flags" />
      ) : null}
      {meeting.isChair && meeting.status === 'LIVE' && !focus ? <DiscussNowButton item={item} /> : null}

      {item.personRestricted ? (
        <div className="app-empty-state app-restricted-notice">
          <p className="govuk-body">
            This person’s details are not shared with your organisation, so you cannot see or add notes, decisions or actions for this item.
          </p>
          <p className="govuk-body app-secondary-text">
            Colleagues whose organisations have the person’s agreement can. If you need to know more, ask the organisation that referred
            them.
          </p>
        </div>
      ) : hidden ? (
        <>
          <div className="app-empty-state app-projector-hidden">
            <p className="govuk-body">Notes, decisions and the person’s details are hidden in projector-safe mode.</p>
          </div>
          {!closed ? <ItemFlags item={item} /> : null}
          <ActionsInView item={item} hideTitles />
        </>
      ) : (
        <>
          {item.person ? <PersonSummary person={item.person} /> : null}
          <TextFieldEditor key={`notes-${item.id}`} item={item} field="NOTES" />
          <TextFieldEditor key={`decisions-${item.id}`} item={item} field="DECISIONS" />
          <ItemFlags item={item} />
          <ActionsInView item={item} hideTitles={false} />
          <QuickActionForm key={`action-${item.id}`} item={item} />
        </>
      )}
      <ItemPager previous={previous} next={next} onChoose={onChoose} />
    </section>
  );
}
