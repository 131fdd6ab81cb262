/** A quiet loading message, announced politely to screen reader users. */
export function Loading({ text = 'Loading…' }: { text?: string }) {
  return (
    <p className="govuk-body app-loading" role="status">
      {text}
    </p>
  );
}

/**
 * The loading state of a whole page: the message, in a block as tall as a page, so that the page
 * arriving in its place does not push the footer (or anything else on screen) about.
 */
export function PageLoading({ text = 'Loading…' }: { text?: string }) {
  return (
    <div className="app-page-loading">
      <Loading text={text} />
    </div>
  );
}
