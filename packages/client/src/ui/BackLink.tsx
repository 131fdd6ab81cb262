import { Link } from 'react-router';

/** The GOV.UK back link, at the top of every page below the top level, before the h1. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link className="govuk-back-link app-no-print" to={to}>
      {children}
    </Link>
  );
}
