import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SERVICE_NAME } from '../../ui/usePageTitle';
import { SiteFooter } from './SiteFooter';

/** The skip link, which must be the first thing a keyboard user reaches on every page. */
export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="govuk-skip-link"
      onClick={(event) => {
        const main = document.getElementById('main-content');
        if (!main) return;
        event.preventDefault();
        main.focus();
        main.scrollIntoView();
      }}
    >
      Skip to main content
    </a>
  );
}

/** The black MoJ-style header with the service name and, when signed in, who is signed in. */
export function SiteHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="moj-header app-header">
      <div className="moj-header__container">
        <div className="moj-header__logo">
          <Link to="/" className="app-header__service-name">
            {SERVICE_NAME}
          </Link>
        </div>
        {children ? <div className="moj-header__content app-header__content">{children}</div> : null}
      </div>
    </header>
  );
}

/** The main landmark, the skip link's target. */
export function MainContent({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper app-main-wrapper" id="main-content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** The layout for pages seen before signing in. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <MainContent>{children}</MainContent>
      <SiteFooter />
    </>
  );
}
