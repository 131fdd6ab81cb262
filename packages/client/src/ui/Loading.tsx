/** A quiet loading message, announced politely to screen reader users. */
export function Loading({ text = 'Loading…' }: { text?: string }) {
  return (
    <p className="govuk-body app-loading" role="status">
      {text}
    </p>
  );
}
