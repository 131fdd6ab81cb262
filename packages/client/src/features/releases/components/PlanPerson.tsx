import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { PlanPersonQuery } from '../graphql/releases';
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
  children: (person: { id: string; displayName: string }) => ReactNode;
}

/**
 * Loads the person's name for a page about them, and explains instead when their record is not
 * shared with the user's organisation, or does not exist.
 */
export function PlanPerson({ personId, purpose, children }: PlanPersonProps) {
  const { data, loading, error, refetch } = useQuery(PlanPersonQuery, { variables: { id: personId, purpose } });
  if (error) {
    const apiError = readApiError(error);
    if (apiError.code === 'FORBIDDEN' || apiError.code === 'RECORD_RESTRICTED') return <NoAccess personId={personId} />;
    if (apiError.code === 'NOT_FOUND' || apiError.code === 'VALIDATION_FAILED') return <RecordNotFound />;
    return <ServiceProblem message={apiError.message} onRetry={() => void refetch()} />;
  }
  if (!data) return loading ? <Loading /> : <RecordNotFound />;
  return <>{children(data.person)}</>;
}

/** Links between the pages about one person. */
export function PersonPageLinks({ personId, current }: { personId: string; current: 'release' | 'outcomes' }) {
  const links = [
    { to: `/people/${personId}`, label: 'Record', key: 'record' },
    { to: `/people/${personId}/release`, label: 'Release plan', key: 'release' },
    { to: `/people/${personId}/outcomes`, label: 'Outcomes', key: 'outcomes' },
  ];
  return (
    <nav className="moj-sub-navigation app-sub-navigation" aria-label="Pages about this person">
      <ul className="moj-sub-navigation__list">
        {links.map((link) => (
          <li className="moj-sub-navigation__item" key={link.key}>
            <Link className="moj-sub-navigation__link" to={link.to} aria-current={link.key === current ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
