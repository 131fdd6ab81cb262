import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Loading } from '../../../ui/Loading';
import { UpcomingReleasesQuery } from '../graphql/releases';
import { DEFAULT_WITHIN_DAYS, WITHIN_DAYS_OPTIONS, withinDaysLabel } from '../labels';
import { LoadProblem } from '../../../ui/LoadProblem';
import { ReleasesTable } from './ReleasesTable';

function readWithin(value: string | null): number {
  const days = Number(value);
  return (WITHIN_DAYS_OPTIONS as readonly number[]).includes(days) ? days : DEFAULT_WITHIN_DAYS;
}

/**
 * The countdown list: everyone due out in the chosen period whose plan the user may see, soonest
 * first. The choices live in the address, so Back and a shared link keep them.
 */
export function UpcomingReleasesSection() {
  const [params, setParams] = useSearchParams();
  // The choices change the page at once; the address follows (navigations are transitions, so a
  // control that read only the address would lag behind the click).
  const [withinDays, setWithinDays] = useState(() => readWithin(params.get('within')));
  const [redFlagsOnly, setRedFlagsOnly] = useState(() => params.get('flags') === 'red');
  useEffect(() => {
    setWithinDays(readWithin(params.get('within')));
    setRedFlagsOnly(params.get('flags') === 'red');
  }, [params]);
  const { data, previousData, loading, error, refetch } = useQuery(UpcomingReleasesQuery, {
    variables: { withinDays },
    fetchPolicy: 'cache-and-network',
  });
  const releases = (data ?? previousData)?.upcomingReleases;
  const shown = releases ? (redFlagsOnly ? releases.filter((r) => r.redFlags.length > 0) : releases) : null;
  const period = withinDaysLabel(withinDays).toLowerCase();

  function update(next: { within?: number; red?: boolean }) {
    const nextParams = new URLSearchParams(params);
    const within = next.within ?? withinDays;
    const red = next.red ?? redFlagsOnly;
    setWithinDays(within);
    setRedFlagsOnly(red);
    if (within === DEFAULT_WITHIN_DAYS) nextParams.delete('within');
    else nextParams.set('within', String(within));
    if (red) nextParams.set('flags', 'red');
    else nextParams.delete('flags');
    setParams(nextParams, { replace: true });
  }

  return (
    <section aria-labelledby="upcoming-heading" className="app-releases-section">
      <h2 className="govuk-heading-m" id="upcoming-heading">
        Due for release
      </h2>
      <p className="govuk-body">
        Soonest first. Only people whose release plans are shared with your organisation are listed. Open someone’s plan to work on their
        checklist and appointments.
      </p>
      <form className="app-filter-bar" aria-label="Filter releases" onSubmit={(event) => event.preventDefault()}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="releases-within">
            Due within
          </label>
          <select
            className="govuk-select"
            id="releases-within"
            name="within"
            value={withinDays}
            onChange={(event) => update({ within: Number(event.target.value) })}
          >
            {WITHIN_DAYS_OPTIONS.map((days) => (
              <option key={days} value={days}>
                {withinDaysLabel(days)}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="releases-red-flags"
                name="flags"
                type="checkbox"
                value="red"
                checked={redFlagsOnly}
                onChange={(event) => update({ red: event.target.checked })}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="releases-red-flags">
                Red flags only
              </label>
            </div>
          </div>
        </div>
      </form>
      <p className="govuk-body-s app-secondary-text" role="status">
        {shown
          ? `${shown.length === 1 ? '1 person' : `${shown.length} people`} due for release in the ${period}${redFlagsOnly ? ' with red flags' : ''}.`
          : ''}
      </p>
      {shown === null ? (
        loading ? (
          <Loading text="Loading releases…" />
        ) : (
          <LoadProblem part error={error} what="the releases" onRetry={() => void refetch()} />
        )
      ) : shown.length === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">
            {redFlagsOnly
              ? `No one due for release in the ${period} has a red flag.`
              : `No one is due for release in the ${period}, as far as your organisation can see.`}
          </p>
        </div>
      ) : (
        <ReleasesTable releases={shown} caption={`Due for release in the ${period}`} captionHidden />
      )}
    </section>
  );
}
