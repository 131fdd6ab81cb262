import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

interface PageNoticeProps {
  title: string;
  message: string;
  /** Where to go instead. */
  link: { to: string; text: string };
}

/** A whole page that says why what was asked for cannot be shown (not found, not allowed), and where to go. */
export function PageNotice({ title, message, link }: PageNoticeProps) {
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{message}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={link.to}>
          {link.text}
        </Link>
      </p>
    </>
  );
}

/** The page for a record that is not there (erased, or a wrong link). */
export function RecordNotFound() {
  return (
    <PageNotice
      title="Record not found"
      message="There is no record at this address. It may have been erased, or the link may be wrong."
      link={{ to: '/people', text: 'Search for a person' }}
    />
  );
}
