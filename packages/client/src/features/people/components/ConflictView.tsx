import { useEffect, useId, useRef, type ReactNode } from 'react';
import { TableHead } from '../../../ui/TableHead';

export interface ConflictRow {
  label: string;
  theirs: ReactNode;
  mine: ReactNode;
  /** Whether the two differ: such rows are marked so the difference stands out. */
  differs: boolean;
}

interface ConflictViewProps {
  /** What was being edited, such as "Accommodation" or "My story". */
  what: string;
  rows: ConflictRow[];
  /** Who saved their version and when, when the server says. */
  savedBy?: string | null;
  saving: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

const show = (value: ReactNode) =>
  value === null || value === undefined || value === '' ? <span className="app-secondary-text">Nothing</span> : value;

/**
 * Shown when a save finds that someone else saved the same section first. Both versions sit side by
 * side; the user's own text is kept in the form until they choose.
 */
export function ConflictView({ what, rows, savedBy, saving, onKeepMine, onUseTheirs }: ConflictViewProps) {
  const headingId = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  return (
    <section className="app-conflict" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s app-conflict__heading" id={headingId} ref={ref} tabIndex={-1}>
        Someone else saved this first
      </h3>
      <p className="govuk-body-s">
        {what} changed while you were editing it{savedBy ? ` (saved by ${savedBy})` : ''}. Your changes have not been saved yet. Compare the
        two versions, then choose which to keep.
      </p>
      <table className="govuk-table app-table app-conflict__table">
        <caption className="govuk-table__caption govuk-visually-hidden">Their version and your version of {what}</caption>
        <TableHead columns={[{ label: 'Field', hidden: true }, 'Their version (saved)', 'Your version (not saved)']} />
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className={`govuk-table__row${row.differs ? ' app-conflict__row--differs' : ''}`} key={row.label}>
              <th scope="row" className="govuk-table__header">
                {row.label}
                {row.differs ? <span className="govuk-visually-hidden"> (different)</span> : null}
              </th>
              <td className="govuk-table__cell app-preserve-lines">{show(row.theirs)}</td>
              <td className="govuk-table__cell app-preserve-lines">{show(row.mine)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={onKeepMine} disabled={saving} aria-disabled={saving || undefined}>
          {saving ? 'Saving…' : 'Keep mine and save again'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onUseTheirs} disabled={saving}>
          Use their version
        </button>
      </div>
    </section>
  );
}
