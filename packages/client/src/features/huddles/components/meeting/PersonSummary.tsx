import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { readApiError } from '../../../../ui/apiErrors';
import { MeetingPersonPreferencesQuery } from '../../graphql/meetings';
import type { AgendaItem } from './MeetingContext';

type Person = NonNullable<AgendaItem['person']>;

function Preferences({ personId }: { personId: string }) {
  const { data, loading, error } = useQuery(MeetingPersonPreferencesQuery, { variables: { id: personId } });
  if (loading && !data) return <p className="govuk-body-s app-loading">Loading…</p>;
  if (error && !data) return <p className="govuk-body-s">{readApiError(error).message}</p>;
  const preferences = data?.person.preferences;
  if (!preferences) return <p className="govuk-body-s app-secondary-text">Their preferences are not shared with your organisation.</p>;
  const rows = [
    { key: 'What helps', value: preferences.whatHelps },
    { key: 'What to avoid', value: preferences.whatToAvoid },
    { key: 'How to contact them', value: preferences.contactHow },
    { key: 'When to contact them', value: preferences.contactWhen },
  ];
  return (
    <dl className="govuk-summary-list app-summary-list app-person-summary__preferences">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value app-preserve-lines">
            {row.value || <span className="app-secondary-text">Not recorded</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * "Tell it once": who the item is about, in their own terms, and the way to their full record, so
 * nobody in the huddle asks them to repeat themselves. Their preferences load only when asked for
 * (reading them is recorded in the record's audit trail).
 */
export function PersonSummary({ person }: { person: Person }) {
  const headingId = useId();
  const panelId = useId();
  const [showPreferences, setShowPreferences] = useState(false);
  return (
    <section className="app-person-summary" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s app-person-summary__heading" id={headingId}>
        About {person.displayName}
      </h3>
      <dl className="app-person-summary__facts">
        <div>
          <dt>Known as</dt>
          <dd>{person.displayName}</dd>
        </div>
        <div>
          <dt>Pronouns</dt>
          <dd>{person.pronouns || <span className="app-secondary-text">Not recorded</span>}</dd>
        </div>
      </dl>
      <p className="govuk-body-s app-person-summary__links">
        <Link className="govuk-link" to={`/people/${person.id}`}>
          Open {person.displayName}’s record
          <span className="govuk-visually-hidden"> (their story, needs, and who is working with them)</span>
        </Link>
      </p>
      <button
        type="button"
        className="app-link-button"
        aria-expanded={showPreferences}
        aria-controls={panelId}
        onClick={() => setShowPreferences((shown) => !shown)}
      >
        {showPreferences ? 'Hide' : 'Show'} what helps and what to avoid
      </button>
      <div id={panelId} hidden={!showPreferences} className="app-person-summary__panel">
        {showPreferences ? <Preferences personId={person.id} /> : null}
      </div>
    </section>
  );
}
