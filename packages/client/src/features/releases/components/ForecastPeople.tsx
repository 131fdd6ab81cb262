import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Loading } from '../../../ui/Loading';
import { ReleaseForecastPeopleQuery } from '../graphql/releases';
import { formatMonth } from '../labels';
import type { ForecastRow } from '../csv';
import { LoadProblem } from '../../../ui/LoadProblem';
import type { ForecastSelection } from './ForecastTable';
import { ReleasesTable } from './ReleasesTable';

/** Where to go from "you can see 1 of 2": how to ask for access, naming nobody. */
function AskForAccessLink() {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/releases/asking-for-access">
        How to ask for access to people you cannot see
      </Link>
    </p>
  );
}

/**
 * The people behind one area's count for a month. Sharing rules apply, so there may be fewer. A
 * withheld count (`count` null) is not given away here either.
 */
function AreaPeople({
  councilArea,
  month,
  count,
  showArea,
}: {
  councilArea: string;
  month: string;
  count: number | null;
  showArea: boolean;
}) {
  const { data, loading, error, refetch } = useQuery(ReleaseForecastPeopleQuery, {
    variables: { councilArea, month },
    fetchPolicy: 'cache-and-network',
  });
  const people = data?.releaseForecastPeople;
  return (
    <div className="app-forecast-people__area">
      {showArea ? <h4 className="govuk-heading-s">{councilArea}</h4> : null}
      {!people ? (
        loading ? (
          <Loading text="Loading who is due…" />
        ) : (
          <LoadProblem part error={error} what="the people due" onRetry={() => void refetch()} />
        )
      ) : (
        <>
          {count === null ? (
            <div className="govuk-inset-text app-inset-text--compact">
              <p className="govuk-body">
                {people.length === 0 ? 'You can see none of them.' : `You can see ${people.length}.`} The total is withheld because it is
                small.
              </p>
              <AskForAccessLink />
            </div>
          ) : people.length < count ? (
            <div className="govuk-inset-text app-inset-text--compact">
              <p className="govuk-body">
                You can see {people.length} of {count}; the others are not shared with your organisation.
              </p>
              <AskForAccessLink />
            </div>
          ) : null}
          {people.length > 0 ? (
            <ReleasesTable
              releases={people}
              caption={`Due for release to ${councilArea} in ${formatMonth(month)}`}
              captionHidden={!showArea}
            />
          ) : null}
        </>
      )}
    </div>
  );
}

interface ForecastPeopleProps {
  selection: ForecastSelection;
  rows: ReadonlyArray<ForecastRow>;
  onClose: () => void;
}

/** The drill-down: who is behind a number in the forecast. Its heading takes focus when it opens. */
export function ForecastPeople({ selection, rows, onClose }: ForecastPeopleProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = `${selection.month}:${selection.areas.join('|')}`;
  useEffect(() => {
    headingRef.current?.focus();
  }, [key]);
  const single = selection.areas.length === 1;
  const count = (area: string) => {
    const row = rows.find((r) => r.councilArea === area && r.month === selection.month);
    return row ? row.due : 0;
  };

  return (
    <section className="app-forecast-people" aria-labelledby="forecast-people-heading">
      <h3 className="govuk-heading-m app-focus-heading" id="forecast-people-heading" tabIndex={-1} ref={headingRef}>
        Due for release in {formatMonth(selection.month)}
        {single ? ` to ${selection.areas[0]}` : ''}
      </h3>
      {selection.areas.map((area) => (
        <AreaPeople key={`${key}:${area}`} councilArea={area} month={selection.month} count={count(area)} showArea={!single} />
      ))}
      <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={onClose}>
        Close this list
      </button>
    </section>
  );
}
