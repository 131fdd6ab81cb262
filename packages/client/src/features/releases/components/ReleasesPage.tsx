import { usePageTitle } from '../../../ui/usePageTitle';
import { ForecastSection } from './ForecastSection';
import { UpcomingReleasesSection } from './UpcomingReleasesSection';

/** /releases: who is due out soon and what is still to do, then the forecast for councils. */
export function ReleasesPage() {
  usePageTitle('Releases');
  return (
    <>
      <h1 className="govuk-heading-l">Releases</h1>
      <UpcomingReleasesSection />
      <ForecastSection />
    </>
  );
}

export default ReleasesPage;
