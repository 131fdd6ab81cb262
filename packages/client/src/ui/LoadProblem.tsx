import { readApiError } from './apiErrors';

/**
 * Said in place of a part of a page that could not be loaded, under the page's own heading, with a
 * way to try again. (ServiceProblem is for when the whole page cannot be shown.)
 */
export function LoadProblem(props: {
  error: unknown;
  onRetry: () => void;
  what: string;
  /** A part of a page rather than a panel. */ part?: boolean;
}) {
  const { error, onRetry, what, part } = props;
  return (
    <div className={part ? 'app-part-problem' : 'app-load-problem'} role="alert">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Sorry, {what} could not be loaded</p>
      <p className="govuk-body">{readApiError(error).message}</p>
      <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
