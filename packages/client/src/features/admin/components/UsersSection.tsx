import { formatDate, ROLE_LABELS } from '@casehuddle/shared';
import type { OrganisationFieldsFragment, UserFieldsFragment } from '../../../generated/graphql';
import { useCurrentUser } from '../../auth/session';
import { StatusTag } from '../../../ui/StatusTag';
import { DeactivateUserMutation, ReactivateUserMutation } from '../graphql/admin';
import { AddUserForm } from './AddUserForm';
import { AdminTableSection } from './AdminTableSection';
import { ToggleActiveButton } from './ToggleActiveButton';
import { ResetTwoFactorButton } from './TwoFactorButtons';

interface UsersSectionProps {
  users: UserFieldsFragment[];
  organisations: OrganisationFieldsFragment[];
  onNotice: (text: string) => void;
  onErrorsChange: (hasErrors: boolean) => void;
}

/** The people who can sign in: a table with deactivate/reactivate, and the form to add one. */
export function UsersSection({ users, organisations, onNotice, onErrorsChange }: UsersSectionProps) {
  const me = useCurrentUser();
  const organisationOptions = organisations
    .filter((organisation) => organisation.active)
    .map((organisation) => ({ value: organisation.id, label: organisation.name }));
  return (
    <AdminTableSection
      id="users"
      title="Users"
      rows={users}
      columns={[
        'Name',
        'Email',
        'Organisation',
        'Role',
        'Added',
        'Status',
        'Two-factor',
        { label: 'Action', hidden: true, className: 'app-table__actions' },
      ]}
      deactivate={DeactivateUserMutation}
      reactivate={ReactivateUserMutation}
      onNotice={onNotice}
      aside={
        <AddUserForm
          organisations={organisationOptions}
          onAdded={(name) => onNotice(`${name} has been added.`)}
          onErrorsChange={onErrorsChange}
        />
      }
      renderRow={(user, toggle, pending) => (
        <tr className="govuk-table__row" key={user.id}>
          <th scope="row" className="govuk-table__header">
            {user.name}
            {user.id === me.id ? <span className="app-secondary-text"> (you)</span> : null}
          </th>
          <td className="govuk-table__cell app-table__email">{user.email}</td>
          <td className="govuk-table__cell">{user.organisation.name}</td>
          <td className="govuk-table__cell">{ROLE_LABELS[user.role]}</td>
          <td className="govuk-table__cell app-table__date">{formatDate(user.createdAt)}</td>
          <td className="govuk-table__cell">
            <StatusTag active={user.active} />
          </td>
          <td className="govuk-table__cell">{user.twoFactorEnabled ? 'On' : 'Off'}</td>
          <td className="govuk-table__cell app-table__actions">
            <div className="app-table__buttons">
              {/* Deactivating yourself would lock you out mid-task, so the button is not offered. */}
              {user.id === me.id ? null : <ToggleActiveButton active={user.active} name={user.name} pending={pending} onToggle={toggle} />}
              {user.twoFactorEnabled ? <ResetTwoFactorButton user={user} onNotice={onNotice} /> : null}
            </div>
          </td>
        </tr>
      )}
    />
  );
}
