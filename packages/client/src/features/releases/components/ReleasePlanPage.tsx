import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { ReleasePlanFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { SavedMessage } from '../../../ui/SavedMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AppointmentsSection } from '../../appointments/components/AppointmentsSection';
import { PlanOrganisationsQuery, ReleasePlanQuery } from '../graphql/releases';
import { countdownText, formatLocalDateWithDay } from '../labels';
import { ChecklistItem } from './ChecklistItem';
import { LoadProblem } from '../../../ui/LoadProblem';
import { PersonSubNavigation, type PersonNavigationFacts } from '../../people/components/PersonSubNavigation';
import { BackLink } from '../../../ui/BackLink';
import { PlanPerson } from './PlanPerson';
import { PlanPlaceForm } from './PlanPlaceForm';
import { RedFlagExplanations } from './RedFlagTags';

function PlanFacts({ plan, onConflict }: { plan: ReleasePlanFieldsFragment; onConflict: () => Promise<unknown> }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(0);
  return (
    <>
      <dl className="app-facts app-release-facts">
        <div>
          <dt>Release date</dt>
          <dd>{plan.releaseDate ? formatLocalDateWithDay(plan.releaseDate) : 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Release time</dt>
          <dd>{plan.releaseTime ?? 'Not recorded'}</dd>
        </div>
        {plan.daysToRelease !== null ? (
          <div>
            <dt>Countdown</dt>
            <dd>
              <strong className="app-countdown">{countdownText(plan.daysToRelease)}</strong>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Leaving</dt>
          <dd>
            {plan.establishment ?? 'Not recorded'}
            {plan.establishmentTown ? `, ${plan.establishmentTown}` : ''}
          </dd>
        </div>
        <div>
          <dt>Going to</dt>
          <dd>{plan.destinationCouncilArea}</dd>
        </div>
      </dl>
      {saved > 0 ? <SavedMessage key={saved} text="Where they are going and the release time: saved." /> : null}
      {editing ? (
        <PlanPlaceForm
          plan={plan}
          onConflict={onConflict}
          onDone={(didSave) => {
            setEditing(false);
            if (didSave) setSaved((n) => n + 1);
          }}
        />
      ) : (
        <p className="govuk-body">
          <button type="button" className="app-link-button" onClick={() => setEditing(true)}>
            Change where they are going or the release time
          </button>
        </p>
      )}
    </>
  );
}

function PlanBody({ personId, name }: { personId: string; name: string }) {
  const { data, loading, error, refetch } = useQuery(ReleasePlanQuery, { variables: { personId }, fetchPolicy: 'cache-and-network' });
  const organisations = useQuery(PlanOrganisationsQuery).data?.partnerOrganisations ?? [];
  const plan = data?.releasePlan;
  const refresh = () => refetch();

  if (!plan) {
    if (loading) return <Loading text="Loading the release plan…" />;
    const apiError = readApiError(error);
    if (apiError.code === 'FORBIDDEN' || apiError.code === 'RECORD_RESTRICTED') {
      return (
        <div className="app-empty-state">
          <p className="govuk-body govuk-!-font-weight-bold">The release plan is not shared with your organisation</p>
          <p className="govuk-body">
            Release plans are part of the custody or hospital section of a record. {name} has not agreed to share that section with your
            organisation. Ask their lead professional if you need to help with their release.
          </p>
        </div>
      );
    }
    if (apiError.code === 'VALIDATION_FAILED') {
      return (
        <div className="app-empty-state">
          <p className="govuk-body">{apiError.message}</p>
        </div>
      );
    }
    return <LoadProblem part error={error} what="the release plan" onRetry={() => void refetch()} />;
  }

  const done = plan.items.filter((i) => i.status === 'DONE' || i.status === 'NOT_NEEDED').length;
  return (
    <>
      <PlanFacts plan={plan} onConflict={refresh} />
      <section aria-labelledby="red-flags-heading" className="app-releases-section">
        <h2 className="govuk-heading-m" id="red-flags-heading">
          Red flags
        </h2>
        <RedFlagExplanations flags={plan.redFlags} />
      </section>
      <section aria-labelledby="checklist-heading" className="app-releases-section">
        <h2 className="govuk-heading-m" id="checklist-heading">
          Checklist
        </h2>
        <p className="govuk-body">
          {done} of {plan.items.length} done. Each item is saved on its own, so people from different organisations can work on the plan at
          the same time.
        </p>
        <ol className="app-checklist">
          {plan.items.map((item) => (
            <ChecklistItem key={item.item} personId={personId} item={item} organisations={organisations} onConflict={refresh} />
          ))}
        </ol>
      </section>
      <AppointmentsSection personId={personId} personName={name} organisations={organisations} onChanged={refresh} />
    </>
  );
}

function ReleasePlanView({ person, name }: { person: PersonNavigationFacts; name: string }) {
  const personId = person.id;
  usePageTitle('Release plan');
  return (
    <>
      <BackLink to="/releases">Back to releases</BackLink>
      <span className="govuk-caption-l">Release plan</span>
      <h1 className="govuk-heading-l">{name}</h1>
      <PersonSubNavigation person={person} />
      <PlanBody key={personId} personId={personId} name={name} />
    </>
  );
}

/** /people/:id/release: one person's release plan, red flags, checklist and appointments. */
export function ReleasePlanPage() {
  const { id = '' } = useParams();
  return (
    <PlanPerson personId={id} purpose="Release planning">
      {(person) => <ReleasePlanView person={person} name={person.displayName} />}
    </PlanPerson>
  );
}

export default ReleasePlanPage;
