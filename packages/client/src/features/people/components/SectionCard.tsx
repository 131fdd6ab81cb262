import { use, type ReactNode, type Ref } from 'react';
import { AskForAccess } from '../../access-requests/components/AskForAccess';
import { PersonProvider } from './PersonContext';

interface SectionCardProps {
  /** Used for the heading's id: `${id}-heading`. */
  id: string;
  title: string;
  /** A tag beside the title, such as "Restricted". */
  tag?: ReactNode;
  /** An action such as "Edit", shown on the right of the title bar. */
  action?: ReactNode;
  children: ReactNode;
}

/** One section of a record, as a GOV.UK summary card with an h2 title. */
export function SectionCard({ id, title, tag, action, children }: SectionCardProps) {
  return (
    <section className="govuk-summary-card app-card" aria-labelledby={`${id}-heading`} id={id}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title app-card__title" id={`${id}-heading`}>
          {title}
          {tag ? <> {tag}</> : null}
        </h2>
        {action ? (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">{action}</li>
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </section>
  );
}

interface CardActionProps {
  /** The visible verb, such as "Edit". */
  verb: string;
  /** Completes the accessible name, such as "my story": read as "Edit my story". */
  what: string;
  onClick: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
  expanded?: boolean;
}

/** A link-styled button in a card's title bar, with an accessible name that says what it acts on. */
export function CardAction({ verb, what, onClick, buttonRef, expanded }: CardActionProps) {
  return (
    <button type="button" className="app-link-button govuk-link" onClick={onClick} ref={buttonRef} aria-expanded={expanded}>
      {verb} <span className="govuk-visually-hidden">{what}</span>
    </button>
  );
}

/**
 * Said in place of a section the signed-in user's organisation may not see, with "Ask for
 * access" when shown on a record (the request goes to the organisation that holds it).
 */
export function NotShared({ children, where }: { children?: ReactNode; where?: string }) {
  const record = use(PersonProvider);
  const person = record?.person;
  return (
    <>
      <p className="govuk-body app-not-shared">
        {children ?? 'Not shared with your organisation.'}{' '}
        <span className="app-not-shared__why">Sharing needs the person’s agreement.</span>
      </p>
      {person && !person.access.full && person.access.basis !== 'PEER_MENTOR' ? (
        <AskForAccess
          personId={person.id}
          displayName={person.displayName}
          shared={person.access.sections}
          where={where ?? 'this section'}
        />
      ) : null}
    </>
  );
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
}

/** A compact GOV.UK summary list; empty values read "Not recorded". */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="govuk-summary-list app-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value app-preserve-lines">
            {row.value === null || row.value === undefined || row.value === '' ? (
              <span className="app-secondary-text">Not recorded</span>
            ) : (
              row.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
