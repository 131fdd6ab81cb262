import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { SMALL_NUMBER } from '@casehuddle/shared';
import { Radios } from '../../../ui/fields';
import { Loading } from '../../../ui/Loading';
import { downloadCsv, forecastCsv, forecastFileName } from '../csv';
import { ReleaseForecastQuery } from '../graphql/releases';
import { ForecastChart } from './ForecastChart';
import { ForecastPeople } from './ForecastPeople';
import { ForecastTable, type ForecastSelection } from './ForecastTable';
import { forecastRows, monthTotals } from './forecast';
import { LoadProblem } from '../../../ui/LoadProblem';

const MONTH_OPTIONS = [
  { value: '6', label: 'Next 6 months' },
  { value: '12', label: 'Next 12 months' },
];

/**
 * For councils: how many people are due out into each area each month, and how many of them have
 * accommodation secured and a Duty to Refer made. Counts only; the drill-down names only the people
 * whose plans are shared with the user's organisation, and small numbers the user may not see in
 * full are withheld (the server decides; the page says so).
 */
export function ForecastSection() {
  const [months, setMonths] = useState<6 | 12>(6);
  const [area, setArea] = useState('');
  const [selection, setSelection] = useState<ForecastSelection | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(ReleaseForecastQuery, {
    variables: { months },
    fetchPolicy: 'cache-and-network',
  });
  const forecast = (data ?? previousData)?.releaseForecast;

  const allAreas = forecast ? [...forecast.councilAreas].sort((a, b) => a.localeCompare(b, 'en-GB')) : [];
  const areas = area && allAreas.includes(area) ? [area] : allAreas;
  const rows = forecast ? forecastRows(forecast, areas) : [];
  const totals = forecast ? monthTotals(forecast.months, rows) : [];
  const areaText = areas.length === 1 ? areas[0]! : 'all council areas';

  function selectMonth(month: string) {
    const total = totals.find((t) => t.month === month);
    if (!total || total.areas.length === 0) return;
    setSelection({ month, areas: total.areas });
  }

  return (
    <section aria-labelledby="forecast-heading" className="app-releases-section">
      <h2 className="govuk-heading-m" id="forecast-heading">
        Forecast by council area
      </h2>
      <p className="govuk-body">
        How many people are due for release into each council area each month, and how many of them have accommodation secured and a Duty to
        Refer made. These are counts of everyone due, including people whose records are not shared with your organisation.
      </p>
      <div className="govuk-inset-text">
        Where fewer than {SMALL_NUMBER} people are due and you may not see all of them, the numbers are withheld so that nobody can be
        singled out.
      </div>
      <form className="app-filter-bar" aria-label="Forecast options" onSubmit={(event) => event.preventDefault()}>
        <Radios
          id="forecast-months"
          name="months"
          legend="Period"
          inline
          small
          options={MONTH_OPTIONS}
          value={String(months)}
          onChange={(value) => {
            setMonths(value === '12' ? 12 : 6);
            setSelection(null);
          }}
        />
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="forecast-area">
            Council area
          </label>
          <select
            className="govuk-select"
            id="forecast-area"
            name="councilArea"
            value={area}
            onChange={(event) => {
              setArea(event.target.value);
              setSelection(null);
            }}
          >
            <option value="">All areas</option>
            {allAreas.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {!forecast ? (
        loading ? (
          <Loading text="Loading the forecast…" />
        ) : (
          <LoadProblem part error={error} what="the forecast" onRetry={() => void refetch()} />
        )
      ) : allAreas.length === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">No one is due for release in the next {months} months.</p>
        </div>
      ) : (
        <>
          <ForecastChart totals={totals} areaText={areaText} onSelectMonth={selectMonth} />
          <p className="govuk-body-s app-secondary-text app-no-print">
            Select a month’s bars, or a number in the table, to see who is due.
          </p>
          <ForecastTable months={forecast.months} areas={areas} rows={rows} totals={totals} selected={selection} onSelect={setSelection} />
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-no-print"
            onClick={() => downloadCsv(forecastCsv(rows), forecastFileName())}
          >
            Download the table (CSV)
          </button>
          {selection ? <ForecastPeople selection={selection} rows={rows} onClose={() => setSelection(null)} /> : null}
        </>
      )}
    </section>
  );
}
