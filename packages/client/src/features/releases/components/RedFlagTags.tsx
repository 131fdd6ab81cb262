import { RED_FLAG_LABELS, type RedFlag } from '@casehuddle/shared';
import { RED_FLAG_COLOURS, RED_FLAG_EXPLANATIONS } from '../labels';

/** Red flags as tags: red for no accommodation and a late Duty to Refer, orange for the others. */
export function RedFlagTags({ flags }: { flags: ReadonlyArray<RedFlag> }) {
  if (flags.length === 0) return <span className="app-secondary-text">None</span>;
  return (
    <ul className="app-tag-list app-flag-list" aria-label="Red flags">
      {flags.map((flag) => (
        <li key={flag}>
          <strong className={`govuk-tag app-tag ${RED_FLAG_COLOURS[flag]}`}>{RED_FLAG_LABELS[flag]}</strong>
        </li>
      ))}
    </ul>
  );
}

/** Each red flag with why it matters, for the top of a release plan. */
export function RedFlagExplanations({ flags }: { flags: ReadonlyArray<RedFlag> }) {
  if (flags.length === 0) {
    return (
      <div className="app-empty-state app-flags-panel">
        <p className="govuk-body">No red flags at the moment.</p>
      </div>
    );
  }
  return (
    <ul className="govuk-list app-flag-explanations">
      {flags.map((flag) => (
        <li
          key={flag}
          className={`app-flag-explanations__item app-flag-explanations__item--${RED_FLAG_COLOURS[flag].replace('govuk-tag--', '')}`}
        >
          <strong className={`govuk-tag app-tag ${RED_FLAG_COLOURS[flag]}`}>{RED_FLAG_LABELS[flag]}</strong>
          <p className="govuk-body-s app-flag-explanations__text">{RED_FLAG_EXPLANATIONS[flag]}</p>
        </li>
      ))}
    </ul>
  );
}
