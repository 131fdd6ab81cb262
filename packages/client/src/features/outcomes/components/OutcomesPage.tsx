import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { LoadProblem } from '../../../ui/LoadProblem';
import { PersonSubNavigation, type PersonNavigationFacts } from '../../people/components/PersonSubNavigation';
import { PlanPerson } from '../../releases/components/PlanPerson';
import { BackLink } from '../../../ui/BackLink';
import { PersonAssessmentsQuery } from '../graphql/outcomes';
import { MeasureSection } from './MeasureSection';
import { ServiceUseSection } from './ServiceUseSection';

function OutcomesBody({ personId, name }: { personId: string; name: string }) {
  const { data, loading, error, refetch } = useQuery(PersonAssessmentsQuery, { variables: { personId }, fetchPolicy: 'cache-and-network' });
  if (!data) {
    if (loading) return <Loading text="Loading outcomes…" />;
    const apiError = readApiError(error);
    if (apiError.code === 'FORBIDDEN' || apiError.code === 'RECORD_RESTRICTED') {
      return (
        <div className="app-empty-state">
          <p className="govuk-body govuk-!-font-weight-bold">Outcomes are not shared with your organisation</p>
          <p className="govuk-body">
            Outcome scores describe risk and health, so they are part of the risk section of the record. {name} has not agreed to share that
            section with your organisation.
          </p>
        </div>
      );
    }
    return <LoadProblem part error={error} what="the outcomes" onRetry={() => void refetch()} />;
  }
  return (
    <>
      {data.assessments.map((history) => (
        <MeasureSection key={history.measure.key} personId={personId} history={history} />
      ))}
      <ServiceUseSection personId={personId} />
    </>
  );
}

function OutcomesView({ person, name }: { person: PersonNavigationFacts; name: string }) {
  const personId = person.id;
  usePageTitle('Outcomes');
  return (
    <>
      <BackLink to="/people">Back to people</BackLink>
      <span className="govuk-caption-l">Outcomes</span>
      <h1 className="govuk-heading-l">{name}</h1>
      <PersonSubNavigation person={person} />
      <OutcomesBody key={personId} personId={personId} name={name} />
    </>
  );
}

/** /people/:id/outcomes: NDTA scores over time, re-scoring, and service use each quarter. */
export function OutcomesPage() {
  const { id = '' } = useParams();
  return (
    <PlanPerson personId={id} purpose="Outcomes">
      {(person) => <OutcomesView person={person} name={person.displayName} />}
    </PlanPerson>
  );
}

export default OutcomesPage;
