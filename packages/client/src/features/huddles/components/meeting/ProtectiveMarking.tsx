/** A CSS string holding the marking (quotes and backslashes escaped, no line breaks or angle brackets). */
function cssString(text: string): string {
  return `"${text.replace(/[\r\n<>]/g, ' ').replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/**
 * The document's protective marking (such as OFFICIAL-SENSITIVE), at the top or bottom of the
 * page on screen. Printed, the marking also sits in the top and bottom margin of every page
 * (`@page` margin boxes), so a page taken from the middle of the pack still carries it.
 */
export function ProtectiveMarking({ marking, position }: { marking: string; position: 'top' | 'bottom' }) {
  return (
    <p className={`app-marking app-marking--${position}`}>
      <span className="govuk-visually-hidden">Protective marking: </span>
      {marking}
    </p>
  );
}

/** The marking in every printed page's margins. Render once per printable document. */
export function PrintedMarking({ marking }: { marking: string }) {
  const text = cssString(marking);
  const box = `content: ${text}; font-family: Arial, sans-serif; font-size: 10pt; font-weight: bold;`;
  return <style>{`@media print { @page { margin: 18mm 15mm; @top-center { ${box} } @bottom-center { ${box} } } }`}</style>;
}
