import { WarningText } from './WarningText';

export interface RedFlagItem {
  kind: string;
  text: string;
}

/**
 * Red flags as GOV.UK warning text, one to a line, under a label a screen reader announces
 * ("Red flags for Aaron: Warning, Release in 3 days … with no fixed abode.").
 */
export function RedFlagList({ flags, label, className }: { flags: readonly RedFlagItem[]; label: string; className?: string }) {
  if (flags.length === 0) return null;
  return (
    <section className={['app-red-flags', className].filter(Boolean).join(' ')} aria-label={label}>
      <ul className="govuk-list app-red-flags__list">
        {flags.map((flag) => (
          <li key={flag.kind}>
            <WarningText>{flag.text}</WarningText>
          </li>
        ))}
      </ul>
    </section>
  );
}
