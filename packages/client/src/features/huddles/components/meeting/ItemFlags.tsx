import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { readApiError } from '../../../../ui/apiErrors';
import { MeetingAgendaItemQuery, UpdateAgendaItemMutation } from '../../graphql/meetings';
import { readVersionConflict } from '../../hooks/versionConflict';
import { Tag } from '../tags';
import { useMeeting, type AgendaItem } from './MeetingContext';

/** The item's system barrier flag (for the strategic board) and whether it has been discussed. */
export function ItemFlags({ item }: { item: AgendaItem }) {
  const { announce } = useMeeting();
  const client = useApolloClient();
  const [update] = useMutation(UpdateAgendaItemMutation);
  const [busy, setBusy] = useState<'barrier' | 'discussed' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const barrierId = `barrier-${item.id}`;

  async function setBarrier(flag: boolean) {
    setBusy('barrier');
    setProblem(null);
    try {
      await update({ variables: { input: { itemId: item.id, field: 'SYSTEM_BARRIER', expectedVersion: item.barrierVersion, flag } } });
      announce(flag ? 'Marked as a system barrier for the strategic board.' : 'No longer marked as a system barrier.');
    } catch (error) {
      if (readVersionConflict(error)) {
        await client
          .query({ query: MeetingAgendaItemQuery, variables: { id: item.id }, fetchPolicy: 'network-only' })
          .catch(() => undefined);
        setProblem('Someone else changed this first. Check the box shows what the huddle agreed, and change it again if you need to.');
      } else {
        setProblem(readApiError(error).message);
      }
    } finally {
      setBusy(null);
    }
  }

  async function setDiscussed(flag: boolean) {
    setBusy('discussed');
    setProblem(null);
    try {
      await update({ variables: { input: { itemId: item.id, field: 'DISCUSSED', expectedVersion: 0, flag } } });
      announce(flag ? 'Marked as discussed.' : 'Marked as not discussed.');
    } catch (error) {
      setProblem(readApiError(error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="app-item-flags">
      {problem ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
      <div className="govuk-checkboxes govuk-checkboxes--small app-item-flags__barrier">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={barrierId}
            type="checkbox"
            checked={item.systemBarrier}
            disabled={busy === 'barrier'}
            aria-describedby={`${barrierId}-hint`}
            onChange={(event) => void setBarrier(event.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={barrierId}>
            System barrier — escalate to the strategic board
          </label>
          <div id={`${barrierId}-hint`} className="govuk-hint govuk-checkboxes__hint">
            Something the huddle could not do because of a rule or gap in services.
          </div>
        </div>
      </div>
      <div className="app-item-flags__discussed">
        {item.discussed ? (
          <>
            <Tag className="govuk-tag--green">Discussed</Tag>
            <button type="button" className="app-link-button" disabled={busy === 'discussed'} onClick={() => void setDiscussed(false)}>
              Mark as not discussed
            </button>
          </>
        ) : (
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-button--small"
            disabled={busy === 'discussed'}
            aria-disabled={busy === 'discussed' || undefined}
            onClick={() => void setDiscussed(true)}
          >
            Mark as discussed
          </button>
        )}
      </div>
    </div>
  );
}
