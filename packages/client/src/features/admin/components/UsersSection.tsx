import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { formatDate, ROLE_LABELS } from '@casehuddle/shared';
import type { OrganisationFieldsFragment, UserFieldsFragment } from '../../../generated/graphql';
import { useCurrentUser } from '../../auth/session';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { StatusTag } from '../../../ui/StatusTag';
import { AdminPageQuery, DeactivateUserMutation, ReactivateUserMutation } from '../graphql/admin';
import { AddUserForm } from './AddUserForm';
import { ToggleActiveButton } from './ToggleActiveButton';
import { TableHead } from '../../../ui/TableHead';

interface UsersSectionProps {
  users: UserFieldsFragment[];
  organisations: OrganisationFieldsFragment[];
  onNotice: (text: string) => void;
  onErrorsChange: (hasErrors: boolean) => void;
}

/** The people who can sign in: a table with deactivate/reactivate, and the form to add one. */
export function UsersSection({ users, organisations, onNotice, onErrorsChange }: UsersSectionProps) {
  const me = useCurrentUser();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<{ text: string; attempt: number } | null>(null);
  const options = { refetchQueries: [AdminPageQuery], awaitRefetchQueries: true };
  const [deactivate] = useMutation(DeactivateUserMutation, options);
  const [reactivate] = useMutation(ReactivateUserMutation, options);

  const organisationOptions = organisations
    .filter((organisation) => organisation.active)
    .map((organisation) => ({ value: organisation.id, label: organisation.name }));

  async function toggle(user: UserFieldsFragment) {
    setPendingId(user.id);
    setActionError(null);
    try {
      const variables = { id: user.id };
      if (user.active) await deactivate({ variables });
      else await reactivate({ variables });
      onNotice(`${user.name} has been ${user.active ? 'deactivated' : 'reactivated'}.`);
    } catch (error) {
      setActionError((previous) => ({ text: readApiError(error).message, attempt: (previous?.attempt ?? 0) + 1 }));
    } finally {
      setPendingId(null);
    }
  }

  return (
    <section className="app-table-section" aria-labelledby="users-heading">
      <h2 className="govuk-heading-m" id="users-heading">
        Users
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop app-grid-column--wide-main">
          {actionError ? <ErrorSummary key={actionError.attempt} errors={[{ text: actionError.text }]} /> : null}
          {users.length === 0 ? (
            <p className="govuk-body">No users yet.</p>
          ) : (
            <table className="govuk-table app-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Users</caption>
              <TableHead
                columns={[
                  'Name',
                  'Email',
                  'Organisation',
                  'Role',
                  'Added',
                  'Status',
                  { label: 'Action', hidden: true, className: 'app-table__actions' },
                ]}
              />
              <tbody className="govuk-table__body">
                {users.map((user) => (
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
                    <td className="govuk-table__cell app-table__actions">
                      {/* Deactivating yourself would lock you out mid-task, so the button is not offered. */}
                      {user.id === me.id ? null : (
                        <ToggleActiveButton
                          active={user.active}
                          name={user.name}
                          pending={pendingId === user.id}
                          onToggle={() => void toggle(user)}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div className="govuk-grid-column-one-third-from-desktop app-grid-column--wide-aside">
          <AddUserForm
            organisations={organisationOptions}
            onAdded={(name) => onNotice(`${name} has been added.`)}
            onErrorsChange={onErrorsChange}
          />
        </div>
      </div>
    </section>
  );
}
