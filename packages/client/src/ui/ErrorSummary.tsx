import { useEffect, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field the error belongs to (without '#'). Omit for a problem with no one field. */
  fieldId?: string | undefined;
  text: string;
}

interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  title?: string;
}

/**
 * The GOV.UK error summary. It takes focus when it appears, so render it with a new `key` on each
 * failed submit to move focus back to it. Each link moves focus to its field.
 */
export function ErrorSummary({ errors, title = 'There is a problem' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  if (errors.length === 0) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    // Scroll the label into view too, as GOV.UK Frontend does.
    const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`) ?? field;
    label.scrollIntoView();
    field.focus({ preventScroll: true });
  }

  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map(({ fieldId, text }) => (
              <li key={`${fieldId ?? ''}:${text}`}>
                {fieldId ? (
                  <a href={`#${fieldId}`} onClick={(event) => focusField(event, fieldId)}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
