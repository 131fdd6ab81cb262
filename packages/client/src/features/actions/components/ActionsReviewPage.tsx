import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { askEarly as askEarlyAnswer } from '../../../app/apollo';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { csvFileName, downloadCsv } from '../csv';
import { drillFilter, readDrill, readFilters, writeParams, type Drill, type ReviewFilters } from '../filters';
import { ActionFilterOptionsQuery, ActionListQuery, ActionsCsvQuery, ActionSummaryQuery } from '../graphql/review';
import { useActionChanged } from '../hooks/useActionChanged';
import { ActionsTable } from './ActionsTable';
import { BarriersList } from './BarriersList';
import { LoadProblem } from '../../../ui/LoadProblem';
import { OverdueChart } from './OverdueChart';
import { ReviewFiltersForm } from './ReviewFiltersForm';
import { SummaryFigures } from './SummaryFigures';

// Made on first use (a live update), not as the page loads: the first date format with a time
// zone loads the browser's time zone data.
let time: Intl.DateTimeFormat | null = null;
const timeNow = () =>
  (time ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hour12: false })).format(
    new Date(),
  );

// The filters (with every owner in the partnership, hundreds of them) and the table (up to
// TABLE_LIMIT rows) are the costly parts to draw. They are drawn again only when what they show
// changes, and in the background (useDeferredValue), in slices the browser can interrupt, so the
// page answers while the figures, the owners and the actions arrive one after another.
const Filters = memo(ReviewFiltersForm);
const Table = memo(ActionsTable);

const NO_ACTIONS: ReadonlyArray<never> = [];
// One collator, made on first use, for the hundreds of comparisons in sorting the partnership's
// colleagues (localeCompare with a locale makes one for each comparison).
let collator: Intl.Collator | null = null;
const byName = (a: { name: string }, b: { name: string }) => (collator ??= new Intl.Collator('en-GB')).compare(a.name, b.name);

/** The most actions the table lists at once; the CSV download has more. */
export const TABLE_LIMIT = 100;

const DRILL_HEADINGS: Record<Drill['kind'], string> = {
  total: 'All actions',
  open: 'Open actions',
  overdue: 'Overdue actions',
  done: 'Done actions',
  blocked: 'Blocked actions (not possible or not undertaken)',
  overdueAt: 'Overdue actions',
};

/**
 * Manager review at /actions: filters kept in the address bar, headline figures, overdue actions by
 * organisation, the barriers for the strategic board, and the actions behind any figure. Figures
 * refresh live as actions change anywhere in the partnership.
 */
export function ActionsReviewPage() {
  const apollo = useApolloClient();
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  // Read once per address, so the queries' variables only change when the address does.
  const filters = useMemo(() => readFilters(new URLSearchParams(query)), [query]);
  const drill = useMemo(() => readDrill(new URLSearchParams(query)), [query]);
  const filterKey = writeParams(filters).toString();
  const summaryFilter = useMemo(() => drillFilter(filters, null), [filters]);
  const tableFilter = useMemo(() => drillFilter(filters, drill), [filters, drill]);

  const [filterErrors, setFilterErrors] = useState(false);
  usePageTitle('Actions', filterErrors);

  // Every colleague in the partnership, for the owner filter: kept out of the cache, since only this
  // page uses the list, and writing hundreds of people into the cache is work the page waits for.
  const options = useQuery(ActionFilterOptionsQuery, { fetchPolicy: 'no-cache' });
  const summary = useQuery(ActionSummaryQuery, {
    variables: { filter: summaryFilter === 'none' ? null : summaryFilter },
    fetchPolicy: 'cache-and-network',
  });
  // The table's rows carry only what the table shows, and are kept out of the cache as well: no other
  // page reads them, and writing a hundred actions (with their people, owners and organisations)
  // into the normalised cache, then reading them back, is work the page would wait for. Live
  // updates read the list again (useActionChanged).
  const list = useQuery(ActionListQuery, {
    variables: { filter: tableFilter === 'none' ? null : tableFilter, limit: TABLE_LIMIT },
    fetchPolicy: 'no-cache',
    skip: tableFilter === 'none',
  });

  const [updated, setUpdated] = useState<{ time: string; key: number } | null>(null);
  const [download, setDownload] = useState<{ state: 'idle' | 'working' } | { state: 'failed'; message: string }>({ state: 'idle' });
  const tableHeading = useRef<HTMLHeadingElement>(null);
  const focusTable = useRef(false);

  useActionChanged(async () => {
    await Promise.all([summary.refetch(), tableFilter === 'none' ? null : list.refetch()]);
    setUpdated((previous) => ({ time: timeNow(), key: (previous?.key ?? 0) + 1 }));
  });

  useEffect(() => {
    if (!focusTable.current) return;
    focusTable.current = false;
    tableHeading.current?.focus();
    tableHeading.current?.scrollIntoView({ block: 'start' });
  }, [query]);

  const applyFilters = useCallback((next: ReviewFilters) => setParams(writeParams(next)), [setParams]);

  function showDrill(next: Drill | null) {
    focusTable.current = next !== null;
    setParams(writeParams(filters, next), { preventScrollReset: true });
  }

  async function downloadTable() {
    if (tableFilter === 'none') return;
    setDownload({ state: 'working' });
    try {
      const { data } = await apollo.query({ query: ActionsCsvQuery, variables: { filter: tableFilter }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('No CSV came back');
      downloadCsv(data.actionsCsv, csvFileName());
      setDownload({ state: 'idle' });
    } catch (error) {
      setDownload({ state: 'failed', message: readApiError(error).message });
    }
  }

  const organisationOptions = useMemo(
    () =>
      [...(options.data?.partnerOrganisations ?? [])]
        .sort(byName)
        .map((organisation) => ({ value: organisation.id, label: organisation.name })),
    [options.data],
  );
  const ownerOptions = useMemo(
    () =>
      [...(options.data?.colleagues ?? [])]
        .sort(byName)
        .map((colleague) => ({ value: colleague.id, label: `${colleague.name} (${colleague.organisation.name})` })),
    [options.data],
  );
  const deferredOrganisations = useDeferredValue(organisationOptions);
  const deferredOwners = useDeferredValue(ownerOptions);

  const figures = summary.data?.actionSummary;
  const actions = useDeferredValue(tableFilter === 'none' ? NO_ACTIONS : list.data?.actions);
  const drillOrganisation =
    drill?.kind === 'overdueAt'
      ? (figures?.overdueByOrganisation.find((row) => row.organisation.id === drill.organisationId)?.organisation.name ??
        organisationOptions.find((option) => option.value === drill.organisationId)?.label ??
        'one organisation')
      : null;
  const heading = `${DRILL_HEADINGS[drill?.kind ?? 'total']}${drillOrganisation ? ` at ${drillOrganisation}` : ''}`;

  return (
    <>
      <h1 className="govuk-heading-l">Actions</h1>
      <p className="govuk-body">
        Review actions across the partnership: what is overdue, what gets done, and the barriers to take to the strategic board.
      </p>
      <Filters
        key={filterKey}
        initial={filters}
        organisations={deferredOrganisations}
        owners={deferredOwners}
        onApply={applyFilters}
        onErrorsChange={setFilterErrors}
      />
      <div className="app-live-update" role="status">
        {updated ? (
          // A new paragraph each time, so screen readers announce it again.
          <p className="app-live-update__text" key={updated.key}>
            Figures updated at {updated.time}.
          </p>
        ) : null}
      </div>
      {!figures ? (
        summary.error ? (
          <LoadProblem error={summary.error} what="the figures" onRetry={() => void summary.refetch().catch(() => undefined)} />
        ) : (
          <Loading text="Loading the figures…" />
        )
      ) : (
        <>
          <SummaryFigures summary={figures} drill={drill} onDrill={showDrill} />
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half-from-desktop">
              <OverdueChart
                counts={figures.overdueByOrganisation}
                selected={drill?.kind === 'overdueAt' ? drill.organisationId : null}
                onSelect={(organisationId) => showDrill({ kind: 'overdueAt', organisationId })}
              />
            </div>
            <div className="govuk-grid-column-one-half-from-desktop">
              <BarriersList barriers={figures.barriers} />
            </div>
          </div>
        </>
      )}
      <section aria-labelledby="actions-table-heading" className="app-review-section">
        <div className="app-page-heading">
          <h2 className="govuk-heading-m" id="actions-table-heading" ref={tableHeading} tabIndex={-1}>
            {heading}
            {actions ? ' ' : null}
            {actions ? (
              <span className="app-secondary-text">({actions.length === TABLE_LIMIT ? `first ${TABLE_LIMIT}` : actions.length})</span>
            ) : null}
          </h2>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-page-heading__action"
            onClick={() => void downloadTable()}
            disabled={download.state === 'working' || tableFilter === 'none'}
            aria-disabled={download.state === 'working' || undefined}
          >
            {download.state === 'working' ? 'Preparing download…' : 'Download CSV'}
          </button>
        </div>
        {download.state === 'failed' ? (
          <p className="govuk-error-message" role="alert">
            <span className="govuk-visually-hidden">Error:</span> The CSV could not be downloaded. {download.message}
          </p>
        ) : null}
        {drill && drill.kind !== 'total' ? (
          <p className="govuk-body">
            <button type="button" className="app-link-button" onClick={() => showDrill(null)}>
              Show all actions that match the filters
            </button>
          </p>
        ) : null}
        {!actions ? (
          list.error ? (
            <LoadProblem error={list.error} what="the actions" onRetry={() => void list.refetch().catch(() => undefined)} />
          ) : (
            <Loading text="Loading the actions…" />
          )
        ) : actions.length === 0 ? (
          <div className="app-empty-state">
            <p className="govuk-body">No actions match.</p>
          </div>
        ) : (
          <>
            <Table actions={actions} caption={heading} showOwner />
            {actions.length === TABLE_LIMIT ? (
              <p className="govuk-body-s app-secondary-text">
                Only the first {TABLE_LIMIT} are listed. Narrow the filters, or download the CSV for more.
              </p>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}

export default ActionsReviewPage;

/**
 * Opening /actions: the page's three queries are sent as soon as this page has loaded, beside the
 * session check (routes.tsx), with the variables the page gives them for the address.
 */
export function askEarly(): void {
  const params = new URLSearchParams(window.location.search);
  const filters = readFilters(params);
  const summaryFilter = drillFilter(filters, null);
  const tableFilter = drillFilter(filters, readDrill(params));
  askEarlyAnswer(ActionFilterOptionsQuery, {});
  askEarlyAnswer(ActionSummaryQuery, { filter: summaryFilter === 'none' ? null : summaryFilter });
  if (tableFilter !== 'none') askEarlyAnswer(ActionListQuery, { filter: tableFilter, limit: TABLE_LIMIT });
}
