import { useEffect, useRef } from 'react';

/**
 * A short confirmation after saving, such as "Accommodation saved." It takes focus when it appears
 * (render it with a new `key` for each save), so keyboard and screen reader users land next to what
 * they changed, and hear that it worked.
 */
export function SavedMessage({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p className="app-saved-message" ref={ref} tabIndex={-1} role="status">
      <span className="govuk-visually-hidden">Success: </span>
      {text}
    </p>
  );
}
