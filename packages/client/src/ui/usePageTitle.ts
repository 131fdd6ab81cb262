import { useEffect } from 'react';

export const SERVICE_NAME = 'CaseHuddle';

/**
 * Sets `document.title` to "<page> – CaseHuddle", with the GOV.UK "Error: " prefix while a form on
 * the page shows errors, so screen reader users hear about the problem when the title is announced.
 */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasErrors]);
}
