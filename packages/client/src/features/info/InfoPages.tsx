import type { ReactNode } from 'react';
import { usePageTitle } from '../../ui/usePageTitle';

// The footer's pages. CaseHuddle is open-source software that each area runs for itself, so these
// pages say what is true of the software everywhere and mark plainly what the area running it must
// fill in (who it is, how to contact it, its own data protection officer, when it last tested).

/** A box that tells the area running CaseHuddle what it must write here before going live. */
function ToFillIn({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-inset-text app-to-fill-in">
      <strong>For the area running this service to fill in:</strong> {children}
    </div>
  );
}

function InfoPage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  );
}

/** /help: how to get help with CaseHuddle. */
export function HelpPage() {
  return (
    <InfoPage title="Help and contact">
      <p className="govuk-body">
        If you cannot sign in, your account has been deactivated, or you need access to another area of CaseHuddle, contact the CaseHuddle
        administrator in your organisation. Administrators can add and deactivate accounts and change roles.
      </p>
      <p className="govuk-body">
        If something about a person’s record looks wrong, raise it with the person’s lead professional, who is named on the record.
      </p>
      <h2 className="govuk-heading-m">Contact the service team</h2>
      <ToFillIn>
        the name of the team that runs CaseHuddle in this area, an email address and a telephone number, and the hours someone answers.
      </ToFillIn>
      <h2 className="govuk-heading-m">If you think data has been shared wrongly</h2>
      <p className="govuk-body">
        Tell your organisation’s data protection lead straight away. Every time someone opens a person’s record is recorded, so the service
        team can find out who saw what.
      </p>
    </InfoPage>
  );
}

/** /accessibility: the accessibility statement. */
export function AccessibilityPage() {
  return (
    <InfoPage title="Accessibility statement">
      <p className="govuk-body">
        This statement applies to CaseHuddle, a service for shared case huddles between probation, prisons, housing, health and other
        partners.
      </p>
      <ToFillIn>the name of the organisation that runs this service, and the date this statement was last reviewed.</ToFillIn>
      <h2 className="govuk-heading-m">Using CaseHuddle</h2>
      <p className="govuk-body">
        CaseHuddle is built with the GOV.UK Design System and the Ministry of Justice Design System. You should be able to:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>get through the whole service using just a keyboard</li>
        <li>get through the whole service using a screen reader</li>
        <li>use the service on a small screen, such as a phone</li>
      </ul>
      <h2 className="govuk-heading-m">How accessible CaseHuddle is</h2>
      <p className="govuk-body">
        Every page is checked with automated tests (axe) each time the software changes. Automated tests find only some problems. We know of
        these:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>charts show figures as images; the same figures are given in a table beside each chart</li>
        <li>in a live meeting, changes other people make appear without warning while you read</li>
      </ul>
      <ToFillIn>the results of a manual accessibility audit, when it was done, and by whom. Until one has been done, say so here.</ToFillIn>
      <h2 className="govuk-heading-m">Feedback and contact information</h2>
      <p className="govuk-body">
        If you find a problem not listed on this page, or you need information in a different format, tell the service team.
      </p>
      <ToFillIn>how to contact the service team, and how long they will take to reply.</ToFillIn>
      <h2 className="govuk-heading-m">Enforcement procedure</h2>
      <p className="govuk-body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile
        Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the
        Equality Advisory and Support Service (EASS).
      </p>
    </InfoPage>
  );
}

/** /privacy: the privacy notice for the people who use CaseHuddle. */
export function PrivacyPage() {
  return (
    <InfoPage title="Privacy notice">
      <p className="govuk-body">
        This notice is for the staff who use CaseHuddle. The people whose cases are discussed are told about their data by the organisation
        that works with them, when they agree to share it.
      </p>
      <ToFillIn>
        the data controller (the organisations running this service), the data protection officer and how to contact them.
      </ToFillIn>
      <h2 className="govuk-heading-m">What CaseHuddle keeps about you</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>your name, work email address, organisation and role</li>
        <li>what you write and change, with the time, so that others can see who recorded what</li>
        <li>each time you open a person’s record, so that their data can be shown to be used properly, as data protection law asks</li>
      </ul>
      <h2 className="govuk-heading-m">What CaseHuddle keeps about the people discussed</h2>
      <p className="govuk-body">
        Each person’s record is shared only with the organisations and in the sections they agreed to, for as long as the agreement lasts. A
        person can ask for a copy of what is held about them, and managers can produce it.
      </p>
      <ToFillIn>
        the lawful basis for sharing in this area, how long records are kept, and the information-sharing agreement that covers it.
      </ToFillIn>
      <h2 className="govuk-heading-m">Your rights</h2>
      <p className="govuk-body">
        You can ask to see the data held about you, to have it corrected, and to complain to the Information Commissioner’s Office (ICO).
      </p>
    </InfoPage>
  );
}

/** /cookies: the cookies CaseHuddle sets. */
export function CookiesPage() {
  return (
    <InfoPage title="Cookies">
      <p className="govuk-body">
        CaseHuddle puts one small file (a cookie) on your device: it keeps you signed in. It is essential, so we do not ask for your consent
        to it. CaseHuddle sets no analytics or advertising cookies.
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Essential cookies</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Purpose
            </th>
            <th scope="col" className="govuk-table__header">
              Expires
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          <tr className="govuk-table__row">
            <td className="govuk-table__cell">__Host-casehuddle_session</td>
            <td className="govuk-table__cell">Keeps you signed in. It holds a random key, not your details.</td>
            <td className="govuk-table__cell">When you sign out, or when the session times out</td>
          </tr>
        </tbody>
      </table>
      <ToFillIn>any other cookies your own hosting adds (a load balancer’s, say).</ToFillIn>
    </InfoPage>
  );
}
