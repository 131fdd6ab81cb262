import { usePageTitle } from '../../../ui/usePageTitle';

interface AreaPlaceholderPageProps {
  title: string;
  /** One or two sentences on what the area will hold, in practitioners' words. */
  description: string;
}

/** A navigation area that has no features yet: its heading and a friendly empty state. */
export function AreaPlaceholderPage({ title, description }: AreaPlaceholderPageProps) {
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">Nothing here yet.</p>
      <p className="govuk-body app-secondary-text">{description}</p>
    </>
  );
}
