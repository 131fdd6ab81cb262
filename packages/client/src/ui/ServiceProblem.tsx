import { SERVICE_PROBLEM_MESSAGE } from './apiErrors';
import { usePageTitle } from './usePageTitle';

/** Shown when the API cannot answer a page's main question (it is down, or the database is). */
export function ServiceProblem({ onRetry, message }: { onRetry?: () => void; message?: string }) {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">{message ?? SERVICE_PROBLEM_MESSAGE}</p>
      {onRetry ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </>
  );
}
