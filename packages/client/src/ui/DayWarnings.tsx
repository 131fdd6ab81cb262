import { WarningText } from './WarningText';

/**
 * Warnings about a day (a weekend, a bank holiday, a Friday afternoon), shown under a date as it
 * is typed and again with the server's answer. They never stop the user: the text says so.
 * Announced politely, so someone typing a date hears the warning without losing their place.
 */
export function DayWarnings({
  warnings,
  id,
  note,
}: {
  warnings: ReadonlyArray<{ code: string; message: string }>;
  id?: string;
  /** Added after each warning, such as "You can still go ahead." */
  note?: string;
}) {
  return (
    <div className="app-day-warning" aria-live="polite" id={id}>
      {warnings.map((warning) => (
        <WarningText key={warning.code}>
          {warning.message}
          {note ? ` ${note}` : null}
        </WarningText>
      ))}
    </div>
  );
}
