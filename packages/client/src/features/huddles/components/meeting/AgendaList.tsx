import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { AGENDA_ITEM_KIND_LABELS } from '@casehuddle/shared';
import { readApiError } from '../../../../ui/apiErrors';
import { MoveAgendaItemMutation } from '../../graphql/meetings';
import { ItemKindTag, Tag } from '../tags';
import { useMeeting, type AgendaItem } from './MeetingContext';

/** How many red flags an item carries (the gate has already dropped those the viewer may not see). */
const flagCount = (item: AgendaItem) => item.flags.length;
const flagText = (item: AgendaItem) => (item.flags.length === 1 ? '1 red flag' : `${item.flags.length} red flags`);

interface AgendaListProps {
  items: readonly AgendaItem[];
  selectedId: string | null;
  /** The user chose an item (so the page can move their focus to it). */
  onSelect: (itemId: string) => void;
}

/**
 * The agenda, in order: each item's kind, whether it is being discussed now, and whether it has
 * been discussed. Items move up and down with buttons (keyboard friendly, no dragging needed). On
 * narrow screens the list folds away above the item being looked at.
 */
export function AgendaList({ items, selectedId, onSelect }: AgendaListProps) {
  const { meeting, itemLabel, announce, projectorSafe } = useMeeting();
  const [open, setOpen] = useState(false);
  // Flags are today's facts, not the minutes'; projector-safe mode keeps them off the shared screen.
  const showFlags = (item: AgendaItem) => !projectorSafe && meeting.status !== 'CLOSED' && flagCount(item) > 0;
  const [moving, setMoving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [move] = useMutation(MoveAgendaItemMutation);
  const canMove = meeting.status !== 'CLOSED';
  const discussed = items.filter((i) => i.discussed).length;

  async function moveItem(item: AgendaItem, index: number, direction: 'up' | 'down') {
    if (moving) return;
    const toPosition = direction === 'up' ? index : index + 2;
    setMoving(true);
    setProblem(null);
    try {
      await move({ variables: { itemId: item.id, toPosition } });
      announce(`Moved ${itemLabel(item)} to position ${toPosition} of ${items.length}.`);
      // Keep the keyboard where it was: on the same item's button, or its other one at either end.
      setTimeout(() => {
        const atEdge = (direction === 'up' && toPosition === 1) || (direction === 'down' && toPosition === items.length);
        const other = direction === 'up' ? 'down' : 'up';
        document.getElementById(`move-${atEdge ? other : direction}-${item.id}`)?.focus();
      }, 0);
    } catch (error) {
      setProblem(readApiError(error).message);
    } finally {
      setMoving(false);
    }
  }

  return (
    <nav className="app-agenda" aria-labelledby="agenda-heading">
      <div className="app-agenda__header">
        <h2 className="govuk-heading-m app-agenda__heading" id="agenda-heading">
          Agenda
        </h2>
        <button
          type="button"
          className="govuk-button govuk-button--secondary app-button--small app-agenda__toggle app-no-print"
          aria-expanded={open}
          aria-controls="agenda-list"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide agenda' : 'Show agenda'}
        </button>
      </div>
      <p className="govuk-body-s app-agenda__progress">
        {discussed} of {items.length} discussed
      </p>
      {problem ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="govuk-body">There is nothing on the agenda yet.</p>
      ) : (
        <ol id="agenda-list" className={`app-agenda__list${open ? ' app-agenda__list--open' : ''}`}>
          {items.map((item, index) => {
            const selected = item.id === selectedId;
            const focus = item.id === meeting.focusItemId;
            const label = itemLabel(item);
            return (
              <li
                key={item.id}
                className={[
                  'app-agenda__item',
                  selected ? 'app-agenda__item--selected' : null,
                  focus ? 'app-agenda__item--focus' : null,
                  item.discussed ? 'app-agenda__item--discussed' : null,
                ]
                  .filter(Boolean)
                  .join(' ')}
              >
                <Link
                  className="govuk-link app-agenda__link"
                  to={`/meetings/${meeting.id}?item=${item.id}`}
                  replace
                  aria-current={selected ? 'true' : undefined}
                  onClick={() => {
                    setOpen(false);
                    onSelect(item.id);
                  }}
                >
                  <span className="app-agenda__position">{index + 1}.</span> {label}
                  <span className="govuk-visually-hidden"> ({AGENDA_ITEM_KIND_LABELS[item.kind]})</span>
                  {showFlags(item) ? <span className="govuk-visually-hidden"> ({flagText(item)})</span> : null}
                  {item.discussed ? <span className="govuk-visually-hidden"> (discussed)</span> : null}
                  {focus ? <span className="govuk-visually-hidden"> (now discussing)</span> : null}
                </Link>
                <span className="app-agenda__meta" aria-hidden="true">
                  <ItemKindTag kind={item.kind} />
                  {showFlags(item) ? <Tag className="govuk-tag--red">{flagText(item)}</Tag> : null}
                  {focus ? <Tag className="govuk-tag--green app-tag--now">Now discussing</Tag> : null}
                  {item.discussed ? (
                    <span className="app-agenda__tick" title="Discussed">
                      ✓ Discussed
                    </span>
                  ) : null}
                </span>
                {canMove && items.length > 1 ? (
                  <span className="app-agenda__move app-no-print">
                    {index > 0 ? (
                      <button
                        type="button"
                        id={`move-up-${item.id}`}
                        className="app-link-button app-agenda__move-button"
                        aria-disabled={moving || undefined}
                        onClick={() => void moveItem(item, index, 'up')}
                      >
                        Move up<span className="govuk-visually-hidden"> {label}</span>
                      </button>
                    ) : null}
                    {index < items.length - 1 ? (
                      <button
                        type="button"
                        id={`move-down-${item.id}`}
                        className="app-link-button app-agenda__move-button"
                        aria-disabled={moving || undefined}
                        onClick={() => void moveItem(item, index, 'down')}
                      >
                        Move down<span className="govuk-visually-hidden"> {label}</span>
                      </button>
                    ) : null}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
