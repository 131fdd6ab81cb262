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

export function MyWorkPage() {
  return <AreaPlaceholderPage title="My work" description="Your people, your actions due and your next huddles will appear here." />;
}

export function PeoplePage() {
  return (
    <AreaPlaceholderPage
      title="People"
      description="The people your partnership supports, and their consent to share information, will appear here."
    />
  );
}

export function HuddlesPage() {
  return (
    <AreaPlaceholderPage title="Huddles" description="Upcoming and past case huddles, with their agendas and notes, will appear here." />
  );
}

export function ActionsPage() {
  return (
    <AreaPlaceholderPage
      title="Actions"
      description="Actions agreed at huddles, who leads each one and when they are due, will appear here."
    />
  );
}

export function ReleasesPage() {
  return (
    <AreaPlaceholderPage title="Releases" description="People due for release from prison, and their release plans, will appear here." />
  );
}
