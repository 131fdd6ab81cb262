import { Link } from 'react-router';
import { BackLink } from '../../../ui/BackLink';
import { usePageTitle } from '../../../ui/usePageTitle';

/**
 * /releases/asking-for-access: where the forecast's "you can see 1 of 2" leads. The people not
 * shown are people whose records another organisation holds without sharing them with the
 * reader's, so this page names nobody and no holding organisation: it says how to ask, through
 * the huddle and through the records the reader already knows of.
 */
export function AskingForAccessPage() {
  usePageTitle('Asking for access to people you cannot see');
  return (
    <>
      <BackLink to="/releases">Back to releases</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Asking for access to people you cannot see</h1>
          <p className="govuk-body">
            The release forecast counts everyone due for release or discharge to an area. Some of them have records held by an organisation
            that has not shared them with yours. CaseHuddle does not say who they are, or which organisation holds their record: each record
            is shared only with the person’s agreement, or under an information sharing agreement, and naming them here would share it
            without either.
          </p>
          <h2 className="govuk-heading-m">What you can do</h2>
          <ol className="govuk-list govuk-list--number govuk-list--spaced">
            <li>
              Ask the coordinator of your huddle to raise it at the next meeting. Partners there can check their own caseloads for people
              due out to your area and, with each person’s agreement, share the record with your organisation.
            </li>
            <li>
              If you already know who the person is (for example, they have been referred to you), find their record in{' '}
              <Link className="govuk-link" to="/people">
                People
              </Link>{' '}
              and use <strong>Ask for access</strong> on it. The organisation that holds the record will answer, and you will get a
              notification.
            </li>
            <li>
              If someone is homeless or at risk of homelessness on release, the prison, probation or hospital must make a Duty to Refer to
              the council the person chooses, with their consent. A referral to your council brings their details to you that way.
            </li>
          </ol>
          <p className="govuk-body">
            You can follow the requests your organisation has made, and answer those made to it, on{' '}
            <Link className="govuk-link" to="/access-requests">
              access requests
            </Link>
            .
          </p>
        </div>
      </div>
    </>
  );
}

export default AskingForAccessPage;
