import { NDTA } from '@casehuddle/shared';

/**
 * The measure's acknowledgement, which must appear wherever its scores do (the NDTA's is
 * © South West London & St George’s Mental Health NHS Trust).
 */
export function Acknowledgement({ measure }: { measure: { key: string; acknowledgement: string | null } }) {
  const text = measure.acknowledgement ?? (measure.key === NDTA.key ? NDTA.acknowledgement : null);
  if (!text) return null;
  return <p className="govuk-body-s app-acknowledgement">{text}</p>;
}
