import { useState, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TableHead } from '../../../ui/TableHead';
import { AdminPageQuery } from '../graphql/admin';

interface Activatable {
  id: string;
  name: string;
  active: boolean;
}

type ToggleMutation = TypedDocumentNode<unknown, { id: string }>;

/** Deactivates or reactivates a row, then refreshes the page's data and says what happened. */
function useActivationToggle(deactivateDocument: ToggleMutation, reactivateDocument: ToggleMutation, onNotice: (text: string) => void) {
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<{ text: string; attempt: number } | null>(null);
  const options = { refetchQueries: [AdminPageQuery], awaitRefetchQueries: true };
  const [deactivate] = useMutation(deactivateDocument, options);
  const [reactivate] = useMutation(reactivateDocument, options);

  async function toggle(row: Activatable) {
    setPendingId(row.id);
    setActionError(null);
    try {
      const variables = { id: row.id };
      if (row.active) await deactivate({ variables });
      else await reactivate({ variables });
      onNotice(`${row.name} has been ${row.active ? 'deactivated' : 'reactivated'}.`);
    } catch (error) {
      setActionError((previous) => ({ text: readApiError(error).message, attempt: (previous?.attempt ?? 0) + 1 }));
    } finally {
      setPendingId(null);
    }
  }
  return { pendingId, actionError, toggle };
}

interface AdminTableSectionProps<T extends Activatable> {
  id: string;
  title: string;
  rows: T[];
  columns: Parameters<typeof TableHead>[0]['columns'];
  deactivate: ToggleMutation;
  reactivate: ToggleMutation;
  onNotice: (text: string) => void;
  /** One table row; `toggle` deactivates or reactivates it, `pending` while that is under way. */
  renderRow: (row: T, toggle: () => void, pending: boolean) => ReactNode;
  /** The form to add one, beside the table. */
  aside: ReactNode;
}

/** An administrator's table of organisations or users, with deactivate/reactivate and the form to add one. */
export function AdminTableSection<T extends Activatable>(props: AdminTableSectionProps<T>) {
  const { pendingId, actionError, toggle } = useActivationToggle(props.deactivate, props.reactivate, props.onNotice);
  const heading = `${props.id}-heading`;
  return (
    <section className="app-table-section" aria-labelledby={heading}>
      <h2 className="govuk-heading-m" id={heading}>
        {props.title}
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop app-grid-column--wide-main">
          {actionError ? <ErrorSummary key={actionError.attempt} errors={[{ text: actionError.text }]} /> : null}
          {props.rows.length === 0 ? (
            <p className="govuk-body">No {props.title.toLowerCase()} yet.</p>
          ) : (
            <table className="govuk-table app-table">
              <caption className="govuk-table__caption govuk-visually-hidden">{props.title}</caption>
              <TableHead columns={props.columns} />
              <tbody className="govuk-table__body">
                {props.rows.map((row) => props.renderRow(row, () => void toggle(row), pendingId === row.id))}
              </tbody>
            </table>
          )}
        </div>
        <div className="govuk-grid-column-one-third-from-desktop app-grid-column--wide-aside">{props.aside}</div>
      </div>
    </section>
  );
}
