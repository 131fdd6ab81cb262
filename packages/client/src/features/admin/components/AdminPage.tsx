import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { IsaReviewNotice } from '../../agreements/components/IsaReviewNotice';
import { RecordOfProcessingDownload } from '../../transparency/components/RecordOfProcessingDownload';
import { AdminPageQuery } from '../graphql/admin';
import { OrganisationsSection } from './OrganisationsSection';
import { UsersSection } from './UsersSection';

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'en-GB');

/** The admin page at /admin: partner organisations and the people who can sign in. */
export function AdminPage() {
  const { data, loading, error, refetch } = useQuery(AdminPageQuery, { fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<{ text: string; key: number } | null>(null);
  const [organisationFormHasErrors, setOrganisationFormHasErrors] = useState(false);
  const [userFormHasErrors, setUserFormHasErrors] = useState(false);
  usePageTitle('Admin', organisationFormHasErrors || userFormHasErrors);

  function showNotice(text: string) {
    setNotice((previous) => ({ text, key: (previous?.key ?? 0) + 1 }));
  }

  if (!data) {
    if (loading) return <Loading />;
    return <ServiceProblem message={error ? readApiError(error).message : undefined} onRetry={() => void refetch()} />;
  }

  const organisations = [...data.organisations].sort(byName);
  const users = [...data.users].sort(byName);

  return (
    <>
      {notice ? <NotificationBanner key={notice.key} type="success" text={notice.text} /> : null}
      <IsaReviewNotice />
      <h1 className="govuk-heading-l">Admin</h1>
      <p className="govuk-body">Add the partner organisations in your area and the people who can sign in.</p>
      <OrganisationsSection organisations={organisations} onNotice={showNotice} onErrorsChange={setOrganisationFormHasErrors} />
      <UsersSection users={users} organisations={organisations} onNotice={showNotice} onErrorsChange={setUserFormHasErrors} />
      <RecordOfProcessingDownload />
    </>
  );
}

export default AdminPage;
