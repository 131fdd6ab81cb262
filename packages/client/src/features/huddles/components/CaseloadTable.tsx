import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDate } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import type { HuddleDetailFieldsFragment } from '../../../generated/graphql';
import { RemoveFromCaseloadMutation } from '../graphql/huddles';

type Entry = HuddleDetailFieldsFragment['caseload'][number];

function RemoveButton({ entry, onRemoved }: { entry: Entry; onRemoved: (text: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(RemoveFromCaseloadMutation);
  const name = entry.person?.displayName ?? 'this person';
  if (!confirming) {
    return (
      <button type="button" className="app-link-button" onClick={() => setConfirming(true)}>
        Remove<span className="govuk-visually-hidden"> {name} from the caseload</span>
      </button>
    );
  }
  return (
    <span className="app-remove-confirm">
      <button
        type="button"
        className="govuk-button govuk-button--warning app-button--small"
        disabled={loading}
        autoFocus
        onClick={() => {
          setProblem(null);
          remove({ variables: { entryId: entry.id } })
            .then(() => onRemoved(`${entry.person?.displayName ?? 'The person'} has been removed from the caseload.`))
            .catch((error: unknown) => setProblem(readApiError(error).message));
        }}
      >
        Yes, remove<span className="govuk-visually-hidden"> {name}</span>
      </button>{' '}
      <button type="button" className="app-link-button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      {problem ? (
        <span className="govuk-error-message" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}

/** Who is on the huddle's caseload, who referred them with what offer, and who coordinates for them. */
export function CaseloadTable({ huddle, onNotice }: { huddle: HuddleDetailFieldsFragment; onNotice: (text: string) => void }) {
  if (huddle.caseload.length === 0) return <p className="govuk-body">Nobody is on the caseload yet.</p>;
  return (
    <div className="app-table-scroll">
      <table className="govuk-table app-table app-caseload-table">
        <caption className="govuk-table__caption govuk-visually-hidden">People on the caseload</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Person
            </th>
            <th scope="col" className="govuk-table__header">
              Referred by
            </th>
            <th scope="col" className="govuk-table__header">
              Offer of help
            </th>
            <th scope="col" className="govuk-table__header">
              Coordinator
            </th>
            <th scope="col" className="govuk-table__header">
              Added on
            </th>
            {huddle.isChair ? (
              <th scope="col" className="govuk-table__header app-table__actions">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {huddle.caseload.map((entry) => (
            <tr className="govuk-table__row" key={entry.id}>
              <th scope="row" className="govuk-table__header">
                {entry.person ? (
                  <Link className="govuk-link" to={`/people/${entry.person.id}`}>
                    {entry.person.displayName}
                  </Link>
                ) : (
                  <span className="app-secondary-text">Details restricted</span>
                )}
              </th>
              <td className="govuk-table__cell">{entry.referringOrganisation.name}</td>
              <td className="govuk-table__cell">
                {entry.personRestricted ? <span className="app-secondary-text">Details restricted</span> : entry.offerOfHelp}
              </td>
              <td className="govuk-table__cell">{entry.coordinator.name}</td>
              <td className="govuk-table__cell app-table__date">{formatDate(`${entry.addedOn}T12:00:00Z`)}</td>
              {huddle.isChair ? (
                <td className="govuk-table__cell app-table__actions">
                  <RemoveButton entry={entry} onRemoved={onNotice} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
