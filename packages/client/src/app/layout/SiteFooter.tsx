import { Link } from 'react-router';

/** The pages every service links to from its footer (features/info). */
export const FOOTER_LINKS = [
  { to: '/help', text: 'Help and contact' },
  { to: '/accessibility', text: 'Accessibility statement' },
  { to: '/privacy', text: 'Privacy notice' },
  { to: '/cookies', text: 'Cookies' },
] as const;

/** The GOV.UK footer, on every page: help, accessibility, privacy and cookies. */
export function SiteFooter() {
  return (
    <footer className="govuk-footer app-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              {FOOTER_LINKS.map(({ to, text }) => (
                <li className="govuk-footer__inline-list-item" key={to}>
                  <Link className="govuk-footer__link" to={to}>
                    {text}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="govuk-body-s app-footer__note">
              CaseHuddle is open-source software. The area that runs this service is responsible for it and for the personal data it holds.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
