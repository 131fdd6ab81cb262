import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ACCOMMODATION_STATUS_LABELS,
  formatDate,
  SITUATION_KIND_LABELS,
  type AccommodationStatus,
  type SituationKind,
} from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Checkboxes, Radios } from '../../../ui/fields';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { WarningText } from '../../../ui/WarningText';
import type { DuplicateRecordFieldsFragment, PossibleDuplicatesQuery as PossibleDuplicatesData } from '../../../generated/graphql';
import { DismissDuplicateMutation, MergePeopleMutation, PossibleDuplicatesQuery, UndoMergeMutation } from '../graphql/duplicates';

type Pair = PossibleDuplicatesData['possibleDuplicates'][number];
type DuplicateRecord = DuplicateRecordFieldsFragment;

/** What the page last did, for the banner at the top. */
type Done =
  | { kind: 'merged'; mergeId: string; keptId: string; keptName: string; rowsMoved: number; filled: string[]; differing: string[] }
  | { kind: 'undone'; keptName: string }
  | { kind: 'dismissed'; names: string };

const NOT_RECORDED = 'Not recorded';

/** The rows compared side by side: a label and how to show it for one record. */
const ROWS: Array<{ label: string; show: (r: DuplicateRecord) => string }> = [
  { label: 'Legal name', show: (r) => r.person.legalName },
  { label: 'Preferred name', show: (r) => r.person.preferredName ?? NOT_RECORDED },
  { label: 'Pronouns', show: (r) => r.person.pronouns ?? NOT_RECORDED },
  { label: 'Date of birth', show: (r) => (r.person.profile?.dateOfBirth ? formatDate(r.person.profile.dateOfBirth) : NOT_RECORDED) },
  { label: 'Council area', show: (r) => r.person.profile?.councilArea ?? NOT_RECORDED },
  { label: 'NHS number', show: (r) => r.person.profile?.nhsNumber ?? NOT_RECORDED },
  { label: 'Prison number', show: (r) => r.person.profile?.prisonNumber ?? NOT_RECORDED },
  { label: 'CRN', show: (r) => r.person.profile?.crn ?? NOT_RECORDED },
  {
    label: 'Situation',
    show: (r) => {
      const s = r.person.situation;
      if (!s) return NOT_RECORDED;
      const parts = [SITUATION_KIND_LABELS[s.kind as SituationKind] ?? s.kind];
      if (s.establishment) parts.push(s.establishment);
      if (s.releaseDate) parts.push(`release ${formatDate(s.releaseDate)}`);
      if (s.accommodationStatus)
        parts.push(ACCOMMODATION_STATUS_LABELS[s.accommodationStatus as AccommodationStatus] ?? s.accommodationStatus);
      return parts.join(', ');
    },
  },
  { label: 'Story', show: (r) => (r.person.story?.text ? 'Recorded' : NOT_RECORDED) },
  {
    label: 'Lead professionals',
    show: (r) =>
      r.person.leadProfessionals.map((l) => (l.user ? `${l.user.name} (${l.organisation.name})` : l.organisation.name)).join(', ') ||
      NOT_RECORDED,
  },
];

const pairName = (pair: Pair) => `${pair.first.person.displayName} and ${pair.second.person.displayName}`;

/** Different NHS numbers or dates of birth: the merge needs the coordinator to say they have checked. */
const identifiersDiffer = (pair: Pair) =>
  pair.evidence.some((e) => e === 'Different NHS numbers' || e.startsWith('Dates of birth') || e === 'Different dates of birth');

function PairCard({ pair, onMerge, onDismissed }: { pair: Pair; onMerge: () => void; onDismissed: (names: string) => void }) {
  const headingId = `pair-${pair.id.replace(':', '-')}-heading`;
  const [dismiss, { loading }] = useMutation(DismissDuplicateMutation, {
    refetchQueries: ['PossibleDuplicates'],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  async function notTheSame() {
    setProblem(null);
    try {
      await dismiss({ variables: { personId: pair.first.person.id, otherPersonId: pair.second.person.id } });
      onDismissed(pairName(pair));
    } catch (caught) {
      setProblem(readApiError(caught).message);
    }
  }
  return (
    <section className="govuk-summary-card app-card" aria-labelledby={headingId}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={headingId}>
          {pairName(pair)}
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body">
          <strong>{pair.reason}</strong> ({Math.round(pair.score * 100)}% alike)
        </p>
        <ul className="govuk-list govuk-list--bullet">
          {pair.evidence.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">The two records side by side</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <td className="govuk-table__header" />
              {[pair.first, pair.second].map((r) => (
                <th scope="col" className="govuk-table__header" key={r.person.id}>
                  <Link className="govuk-link" to={`/people/${r.person.id}`}>
                    {r.person.displayName}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {ROWS.map((row) => {
              const [a, b] = [row.show(pair.first), row.show(pair.second)];
              return (
                <tr className="govuk-table__row" key={row.label}>
                  <th scope="row" className="govuk-table__header">
                    {row.label}
                  </th>
                  <td className="govuk-table__cell">{a}</td>
                  <td className="govuk-table__cell">
                    {b}
                    {a !== b && a !== NOT_RECORDED && b !== NOT_RECORDED ? (
                      <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-1">Differs</strong>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {problem ? <p className="govuk-error-message">{problem}</p> : null}
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" onClick={onMerge}>
            Merge <span className="govuk-visually-hidden">{pairName(pair)}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={loading}
            aria-disabled={loading || undefined}
            onClick={() => void notTheSame()}
          >
            Not the same person <span className="govuk-visually-hidden">({pairName(pair)})</span>
          </button>
        </div>
      </div>
    </section>
  );
}

/** The confirmation page: which record to keep, what will happen, and (when identifiers differ) that they have been checked. */
function ConfirmMerge({ pair, onCancel, onMerged }: { pair: Pair; onCancel: () => void; onMerged: (done: Done) => void }) {
  usePageTitle('Merge records');
  const [keep, setKeep] = useState('');
  const [checked, setChecked] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ keep?: string; checked?: string; general?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const [merge, { loading }] = useMutation(MergePeopleMutation, { refetchQueries: ['PossibleDuplicates'] });
  const differ = identifiersDiffer(pair);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const found: typeof errors = {};
    if (!keep) found.keep = 'Select the record to keep';
    if (differ && checked.length === 0) found.checked = 'Confirm that you have checked these records are the same person';
    setErrors(found);
    if (Object.keys(found).length) return;
    const [kept, merged] = keep === pair.first.person.id ? [pair.first, pair.second] : [pair.second, pair.first];
    try {
      const result = await merge({
        variables: {
          keepId: kept.person.id,
          mergeId: merged.person.id,
          keepVersion: kept.version,
          mergeVersion: merged.version,
          confirm: differ,
        },
      });
      const m = result.data!.mergePeople;
      onMerged({
        kind: 'merged',
        mergeId: m.id,
        keptId: m.keptPersonId,
        keptName: kept.person.displayName,
        rowsMoved: m.rowsMoved,
        filled: m.filledFields,
        differing: m.differingFields,
      });
    } catch (caught) {
      setErrors({ general: readApiError(caught).message });
    }
  }

  const summary = [
    ...(errors.general ? [{ text: errors.general }] : []),
    ...(errors.keep ? [{ text: errors.keep, fieldId: 'keep' }] : []),
    ...(errors.checked ? [{ text: errors.checked, fieldId: 'checked' }] : []),
  ];
  return (
    <>
      <button type="button" className="govuk-back-link app-link-button" onClick={onCancel}>
        Back to possible duplicates
      </button>
      <h1 className="govuk-heading-l">Merge {pairName(pair)}</h1>
      {summary.length ? <ErrorSummary key={attempt} errors={summary} /> : null}
      <p className="govuk-body">
        Everything recorded on the other record (notes, needs, actions, appointments, agreements, huddle items and their history) moves to
        the record you keep. Where the record you keep has nothing recorded, it takes the other record’s details. Where both have something,
        the record you keep stands and the difference is noted on its timeline.
      </p>
      <p className="govuk-body">The other record is not deleted: it is marked as merged, and you can undo the merge afterwards.</p>
      {differ ? (
        <WarningText>
          These records have a different date of birth or NHS number. Check that they are the same person before you merge them.
        </WarningText>
      ) : null}
      <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Merge records">
        <Radios
          id="keep"
          name="keep"
          legend="Which record do you want to keep?"
          options={[pair.first, pair.second].map((r) => ({
            value: r.person.id,
            label: r.person.displayName,
            hint:
              [
                r.person.profile?.dateOfBirth ? `Born ${formatDate(r.person.profile.dateOfBirth)}` : null,
                r.person.profile?.nhsNumber ? `NHS number ${r.person.profile.nhsNumber}` : null,
              ]
                .filter(Boolean)
                .join(', ') || undefined,
          }))}
          value={keep}
          error={errors.keep}
          onChange={setKeep}
        />
        {differ ? (
          <Checkboxes
            id="checked"
            name="checked"
            legend="Checked"
            options={[{ value: 'yes', label: 'I have checked that these records are the same person' }]}
            values={checked}
            error={errors.checked}
            onChange={setChecked}
          />
        ) : null}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--warning" disabled={loading} aria-disabled={loading || undefined}>
            {loading ? 'Merging…' : 'Merge records'}
          </button>
          <button type="button" className="govuk-link app-link-button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}

function DoneBanner({ done, onUndone }: { done: Done; onUndone: (done: Done) => void }) {
  const [undo, { loading }] = useMutation(UndoMergeMutation, { refetchQueries: ['PossibleDuplicates'] });
  const [problem, setProblem] = useState<string | null>(null);
  async function undoMerge(mergeId: string, keptName: string) {
    setProblem(null);
    try {
      await undo({ variables: { mergeId } });
      onUndone({ kind: 'undone', keptName });
    } catch (caught) {
      setProblem(readApiError(caught).message);
    }
  }
  const heading =
    done.kind === 'merged'
      ? `Records merged into ${done.keptName}`
      : done.kind === 'undone'
        ? `Merge undone: both records are back as they were`
        : `${done.names} are marked as not the same person`;
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="done-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {done.kind === 'merged' ? (
          <>
            <p className="govuk-body">
              {done.rowsMoved} {done.rowsMoved === 1 ? 'entry' : 'entries'} moved.
              {done.filled.length ? ` Filled in from the other record: ${done.filled.join(', ')}.` : ''}
              {done.differing.length ? ` Different on the other record (kept as recorded here): ${done.differing.join(', ')}.` : ''}
            </p>
            {problem ? <p className="govuk-error-message">{problem}</p> : null}
            <div className="govuk-button-group">
              <Link className="govuk-notification-banner__link" to={`/people/${done.keptId}`}>
                View {done.keptName}’s record
              </Link>
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                disabled={loading}
                aria-disabled={loading || undefined}
                onClick={() => void undoMerge(done.mergeId, done.keptName)}
              >
                {loading ? 'Undoing…' : 'Undo'}
              </button>
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}

/** Possible duplicates at /duplicates: pairs of records your organisation holds that look like the same person. */
export default function DuplicatesPage() {
  const [merging, setMerging] = useState<Pair | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const { data, loading, error, refetch } = useQuery(PossibleDuplicatesQuery, { fetchPolicy: 'cache-and-network' });
  if (merging)
    return (
      <ConfirmMerge
        pair={merging}
        onCancel={() => setMerging(null)}
        onMerged={(d) => {
          setMerging(null);
          setDone(d);
        }}
      />
    );
  return (
    <DuplicatesList data={data} loading={loading} error={error} refetch={refetch} done={done} setDone={setDone} setMerging={setMerging} />
  );
}

function DuplicatesList({
  data,
  loading,
  error,
  refetch,
  done,
  setDone,
  setMerging,
}: {
  data: PossibleDuplicatesData | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => unknown;
  done: Done | null;
  setDone: (d: Done | null) => void;
  setMerging: (p: Pair) => void;
}) {
  usePageTitle('Possible duplicates');
  const pairs = data?.possibleDuplicates ?? [];
  return (
    <>
      {done ? <DoneBanner done={done} onUndone={setDone} /> : null}
      <h1 className="govuk-heading-l">Possible duplicates</h1>
      <p className="govuk-body">
        Records your organisation holds that may be the same person, because their names, dates of birth, areas or identifiers are alike.
        Compare them, then merge them or say they are not the same person.
      </p>
      {!data && loading ? <Loading text="Looking for possible duplicates…" /> : null}
      {!data && !loading ? (
        <ServiceProblem message={error ? readApiError(error).message : undefined} onRetry={() => void refetch()} />
      ) : null}
      {data && pairs.length === 0 ? <p className="govuk-body">There are no possible duplicates at the moment.</p> : null}
      {pairs.map((pair) => (
        <PairCard
          key={pair.id}
          pair={pair}
          onMerge={() => {
            setDone(null);
            setMerging(pair);
          }}
          onDismissed={(names) => setDone({ kind: 'dismissed', names })}
        />
      ))}
    </>
  );
}
