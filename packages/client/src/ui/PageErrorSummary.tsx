import { createContext, use, useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';

interface PageErrorsValue {
  target: HTMLElement | null;
  report: (form: string, hasErrors: boolean) => void;
}

const PageErrorsContext = createContext<PageErrorsValue | null>(null);

/** Gives the forms inside the page's error summary slot (see usePageErrors). */
export const PageErrorsProvider = PageErrorsContext;

/**
 * For a page with several forms (an action's status and comments, say): one place at the top of
 * the page where each form's error summary shows, as GOV.UK asks, and whether any form on the page
 * shows errors, for the "Error: " in the page title. Render `slot` at the top of the page and wrap
 * the forms in `<PageErrorsProvider value={value}>`; each form shows its summary with `PageErrorSummary`.
 */
export function usePageErrors() {
  const [target, setTarget] = useState<HTMLDivElement | null>(null);
  const [failing, setFailing] = useState<Record<string, boolean>>({});
  const report = useCallback(
    (form: string, hasErrors: boolean) => setFailing((now) => (now[form] === hasErrors ? now : { ...now, [form]: hasErrors })),
    [],
  );
  const value = useMemo(() => ({ target, report }), [target, report]);
  return { hasErrors: Object.values(failing).some(Boolean), slot: <div ref={setTarget} />, value };
}

interface PageErrorSummaryProps {
  /** Which form on the page this is (any name unique on the page). */
  form: string;
  errors: ErrorSummaryItem[];
  /** A new value on each failed submit, so the summary takes focus again. */
  attempt: number;
}

/** A form's error summary: at the top of the page inside a PageErrorsProvider, otherwise where it stands. */
export function PageErrorSummary({ form, errors, attempt }: PageErrorSummaryProps) {
  const page = use(PageErrorsContext);
  const report = page?.report;
  const failing = errors.length > 0;
  useEffect(() => {
    report?.(form, failing);
  }, [report, form, failing]);
  useEffect(() => () => report?.(form, false), [report, form]);
  if (!failing) return null;
  const summary = <ErrorSummary key={attempt} errors={errors} />;
  return page?.target ? createPortal(summary, page.target) : summary;
}
