import { useCallback, useEffect } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { readApiError, readApiErrorExtensions } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { isLockedDownForViewer, isPeerMentoring, type PersonRecord } from '../access';
import { useCurrentUser } from '../../auth/session';
import { PersonRecordQuery } from '../graphql/people';
import { usePersonLive } from '../hooks/usePersonLive';
import { AccessLogTab } from './AccessLogTab';
import { AppointmentsTab } from './AppointmentsTab';
import { CoordinationCards } from './CoordinationCards';
import { LeadProfessionalsCard } from './LeadProfessionalsCard';
import { NeedsCard } from './NeedsCard';
import { NoAccessView } from './NoAccessView';
import { PersonProvider, usePerson } from './PersonContext';
import { PersonSubNavigation } from './PersonSubNavigation';
import { LockedDownView, PersonHeader } from './PersonHeader';
import { PreferencesCard } from './PreferencesCard';
import { ProfileCard } from './ProfileCard';
import { RiskCard } from './RiskCard';
import { BackLink } from '../../../ui/BackLink';
import { RecordNotFound } from '../../../ui/PageNotice';
import { SharingTab } from './SharingTab';
import { SituationCard } from './SituationCard';
import { StoryCard } from './StoryCard';
import { TimelineCard } from './TimelineCard';

/** The main view of a record: the sections the user may see, with "not shared" in place of the rest. */
function RecordTab() {
  const { person } = usePerson();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <StoryCard />
        <NeedsCard />
        <PreferencesCard />
        <SituationCard />
        <RiskCard />
      </div>
      <div className="govuk-grid-column-one-third-from-desktop">
        <ProfileCard />
        <LeadProfessionalsCard />
        {/* Actions and huddles are not shared with peer mentors. */}
        {isPeerMentoring(person) ? null : <CoordinationCards />}
        <TimelineCard />
      </div>
    </div>
  );
}

/** Break-glass access ends after a few hours: read the record again then, so the page stops showing it. */
function useRefreshWhenBreakGlassEnds(until: string | null, refresh: () => Promise<void>) {
  useEffect(() => {
    if (!until) return;
    // setTimeout takes at most about 24 days; break-glass lasts hours.
    const wait = Math.min(Math.max(new Date(until).getTime() - Date.now() + 1000, 0), 2_000_000_000);
    const timer = setTimeout(() => void refresh(), wait);
    return () => clearTimeout(timer);
  }, [until, refresh]);
}

/** Release plans are for people in custody or hospital; their page holds their appointments too. */
const hasReleasePlan = (person: PersonRecord) => !!person.situation && person.situation.kind !== 'COMMUNITY';

function PersonRecordView({
  person,
  live,
  refresh,
}: {
  person: PersonRecord;
  live: { text: string; key: number } | null;
  refresh: () => Promise<void>;
}) {
  usePageTitle('Person record');
  useRefreshWhenBreakGlassEnds(person.access.breakGlassUntil, refresh);
  return (
    <>
      <BackLink to="/people">Back to people</BackLink>
      <PersonHeader person={person} />
      {/* Changes made by others, announced politely (and shown) as they arrive. */}
      <div className="app-live-update" role="status" aria-live="polite">
        {live ? (
          <p className="app-live-update__text" key={live.key}>
            {live.text}
          </p>
        ) : null}
      </div>
      {isLockedDownForViewer(person) ? (
        <LockedDownView person={person} />
      ) : (
        <>
          <PersonSubNavigation person={person} />
          <Routes>
            <Route index element={<RecordTab />} />
            <Route path="sharing" element={isPeerMentoring(person) ? <Navigate to={`/people/${person.id}`} replace /> : <SharingTab />} />
            <Route
              path="appointments"
              element={
                hasReleasePlan(person) && !isPeerMentoring(person) ? (
                  <Navigate to={`/people/${person.id}/release`} replace />
                ) : (
                  <AppointmentsTab />
                )
              }
            />
            <Route
              path="seen"
              element={person.access.canSeeAccessLog ? <AccessLogTab /> : <Navigate to={`/people/${person.id}`} replace />}
            />
            <Route path="*" element={<Navigate to={`/people/${person.id}`} replace />} />
          </Routes>
        </>
      )}
    </>
  );
}

/** A person's record at /people/:id, live, as the signed-in user may see it. */
export function PersonPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const { data, error, loading, refetch } = useQuery(PersonRecordQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const apiError = error ? readApiError(error) : null;
  const refused = apiError?.code === 'FORBIDDEN';
  const missing = apiError?.code === 'NOT_FOUND' || apiError?.code === 'VALIDATION_FAILED';
  const person = refused || missing ? undefined : data?.person;
  const refresh = useCallback(async () => {
    await refetch().catch(() => undefined);
  }, [refetch]);
  const live = usePersonLive(id, person, refetch);

  if (refused) {
    return (
      <NoAccessView
        key={id}
        personId={id}
        canBreakGlass={readApiErrorExtensions(error)['canBreakGlass'] === true && user.role !== 'PEER_MENTOR'}
        onGranted={refetch}
      />
    );
  }
  if (missing) return <RecordNotFound />;
  // A record merged into another: its reads point to the kept record, so open that instead.
  const mergedInto = apiError?.code === 'RECORD_MERGED' ? readApiErrorExtensions(error)['mergedInto'] : null;
  if (typeof mergedInto === 'string') return <Navigate to={`/people/${mergedInto}`} replace />;
  if (!person) {
    if (loading) return <Loading text="Opening the record…" />;
    return <ServiceProblem message={apiError?.message} onRetry={() => void refresh()} />;
  }
  return (
    <PersonProvider value={{ person, refresh }}>
      <PersonRecordView key={person.id} person={person} live={live} refresh={refresh} />
    </PersonProvider>
  );
}

export default PersonPage;
