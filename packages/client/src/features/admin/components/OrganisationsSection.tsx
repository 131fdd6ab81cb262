import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { formatDate, ORGANISATION_KIND_LABELS } from '@casehuddle/shared';
import type { OrganisationFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { StatusTag } from '../../../ui/StatusTag';
import { AdminPageQuery, DeactivateOrganisationMutation, ReactivateOrganisationMutation } from '../graphql/admin';
import { AddOrganisationForm } from './AddOrganisationForm';
import { ToggleActiveButton } from './ToggleActiveButton';
import { TableHead } from '../../../ui/TableHead';

interface OrganisationsSectionProps {
  organisations: OrganisationFieldsFragment[];
  onNotice: (text: string) => void;
  onErrorsChange: (hasErrors: boolean) => void;
}

/** The partner organisations: a table with deactivate/reactivate, and the form to add one. */
export function OrganisationsSection({ organisations, onNotice, onErrorsChange }: OrganisationsSectionProps) {
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<{ text: string; attempt: number } | null>(null);
  const options = { refetchQueries: [AdminPageQuery], awaitRefetchQueries: true };
  const [deactivate] = useMutation(DeactivateOrganisationMutation, options);
  const [reactivate] = useMutation(ReactivateOrganisationMutation, options);

  async function toggle(organisation: OrganisationFieldsFragment) {
    setPendingId(organisation.id);
    setActionError(null);
    try {
      const variables = { id: organisation.id };
      if (organisation.active) await deactivate({ variables });
      else await reactivate({ variables });
      onNotice(`${organisation.name} has been ${organisation.active ? 'deactivated' : 'reactivated'}.`);
    } catch (error) {
      setActionError((previous) => ({ text: readApiError(error).message, attempt: (previous?.attempt ?? 0) + 1 }));
    } finally {
      setPendingId(null);
    }
  }

  return (
    <section className="app-table-section" aria-labelledby="organisations-heading">
      <h2 className="govuk-heading-m" id="organisations-heading">
        Organisations
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop app-grid-column--wide-main">
          {actionError ? <ErrorSummary key={actionError.attempt} errors={[{ text: actionError.text }]} /> : null}
          {organisations.length === 0 ? (
            <p className="govuk-body">No organisations yet.</p>
          ) : (
            <table className="govuk-table app-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Organisations</caption>
              <TableHead
                columns={[
                  'Name',
                  'Kind',
                  'Council area',
                  'Added',
                  'Status',
                  { label: 'Action', hidden: true, className: 'app-table__actions' },
                ]}
              />
              <tbody className="govuk-table__body">
                {organisations.map((organisation) => (
                  <tr className="govuk-table__row" key={organisation.id}>
                    <th scope="row" className="govuk-table__header">
                      {organisation.name}
                    </th>
                    <td className="govuk-table__cell">{ORGANISATION_KIND_LABELS[organisation.kind]}</td>
                    <td className="govuk-table__cell">{organisation.councilArea}</td>
                    <td className="govuk-table__cell app-table__date">{formatDate(organisation.createdAt)}</td>
                    <td className="govuk-table__cell">
                      <StatusTag active={organisation.active} />
                    </td>
                    <td className="govuk-table__cell app-table__actions">
                      <ToggleActiveButton
                        active={organisation.active}
                        name={organisation.name}
                        pending={pendingId === organisation.id}
                        onToggle={() => void toggle(organisation)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div className="govuk-grid-column-one-third-from-desktop app-grid-column--wide-aside">
          <AddOrganisationForm onAdded={(name) => onNotice(`${name} has been added.`)} onErrorsChange={onErrorsChange} />
        </div>
      </div>
    </section>
  );
}
