import { formatDate, ORGANISATION_KIND_LABELS } from '@casehuddle/shared';
import type { OrganisationFieldsFragment } from '../../../generated/graphql';
import { StatusTag } from '../../../ui/StatusTag';
import { DeactivateOrganisationMutation, ReactivateOrganisationMutation } from '../graphql/admin';
import { AddOrganisationForm } from './AddOrganisationForm';
import { AdminTableSection } from './AdminTableSection';
import { ToggleActiveButton } from './ToggleActiveButton';
import { RequireTwoFactorButton } from './TwoFactorButtons';

interface OrganisationsSectionProps {
  organisations: OrganisationFieldsFragment[];
  onNotice: (text: string) => void;
  onErrorsChange: (hasErrors: boolean) => void;
}

/** The partner organisations: a table with deactivate/reactivate, and the form to add one. */
export function OrganisationsSection({ organisations, onNotice, onErrorsChange }: OrganisationsSectionProps) {
  return (
    <AdminTableSection
      id="organisations"
      title="Organisations"
      rows={organisations}
      columns={[
        'Name',
        'Kind',
        'Council area',
        'Added',
        'Status',
        'Two-factor',
        { label: 'Action', hidden: true, className: 'app-table__actions' },
      ]}
      deactivate={DeactivateOrganisationMutation}
      reactivate={ReactivateOrganisationMutation}
      onNotice={onNotice}
      aside={<AddOrganisationForm onAdded={(name) => onNotice(`${name} has been added.`)} onErrorsChange={onErrorsChange} />}
      renderRow={(organisation, toggle, pending) => (
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
          <td className="govuk-table__cell">{organisation.requireTwoFactor ? 'Required' : 'Optional'}</td>
          <td className="govuk-table__cell app-table__actions">
            <div className="app-table__buttons">
              <ToggleActiveButton active={organisation.active} name={organisation.name} pending={pending} onToggle={toggle} />
              <RequireTwoFactorButton organisation={organisation} onNotice={onNotice} />
            </div>
          </td>
        </tr>
      )}
    />
  );
}
