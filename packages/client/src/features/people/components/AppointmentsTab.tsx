import { useQuery } from '@apollo/client/react';
import { AppointmentsSection } from '../../appointments/components/AppointmentsSection';
import { PartnerOrganisationsQuery } from '../graphql/people';
import { usePerson } from './PersonContext';

/**
 * Appointments for someone not in custody or hospital: the same timeline, windows and clash
 * checks as the release plan page, which holds them for people due out.
 */
export function AppointmentsTab() {
  const { person, refresh } = usePerson();
  const organisations = useQuery(PartnerOrganisationsQuery).data?.partnerOrganisations ?? [];
  return <AppointmentsSection personId={person.id} personName={person.displayName} organisations={organisations} onChanged={refresh} />;
}
