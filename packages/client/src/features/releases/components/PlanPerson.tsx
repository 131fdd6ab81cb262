import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import type { PlanPersonQuery } from '../../../generated/graphql';
import { PlanPersonQuery as PlanPersonDocument } from '../graphql/releases';
import { RecordNotFound } from '../../../ui/PageNotice';

function NoAccess({ personId }: { personId: string }) {
  usePageTitle('You do not have access to this record');
  return (
    <>
      <h1 className="govuk-heading-l">You do not have access to this record</h1>
      <p className="govuk-body">
        This person’s record is not shared with your organisation. A record is shared only when the person has agreed to it, or when you are
        one of their lead professionals.
      </p>
      <p className="govuk-body">
        If you work with them, ask their lead professional about sharing. In an emergency,{' '}
        <Link className="govuk-link" to={`/people/${personId}`}>
          open the record page
        </Link>{' '}
        to see whether emergency access is available.
      </p>
    </>
  );
}

interface PlanPersonProps {
  personId: string;
  /** Kept in the record's audit trail ("Release planning", "Outcomes"). */
  purpose: string;
  children: (person: PlanPersonQuery['person']) => ReactNode;
}

/**
 * Loads the person's name for a page about them, and explains instead when their record is not
 * shared with the user's organisation, or does not exist.
 */
export function PlanPerson({ personId, purpose, children }: PlanPersonProps) {
  const { data, loading, error, refetch } = useQuery(PlanPersonDocument, { variables: { id: personId, purpose } });
  if (error) {
    const apiError = readApiError(error);
    if (apiError.code === 'FORBIDDEN' || apiError.code === 'RECORD_RESTRICTED') return <NoAccess personId={personId} />;
    if (apiError.code === 'NOT_FOUND' || apiError.code === 'VALIDATION_FAILED') return <RecordNotFound />;
    return <ServiceProblem message={apiError.message} onRetry={() => void refetch()} />;
  }
  if (!data) return loading ? <Loading /> : <RecordNotFound />;
  return <>{children(data.person)}</>;
}
