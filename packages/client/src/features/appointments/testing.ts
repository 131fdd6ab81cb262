import type { MockLink } from '@apollo/client/testing';
import type { AppointmentFieldsFragment } from '../../generated/graphql';
import { PersonAppointmentsQuery } from './graphql/appointments';

export const APPOINTMENT_PERSON_ID = '40000000-0000-4000-8000-000000000001';

let sequence = 0;
export const nextAppointmentId = () => `50000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function buildAppointment(overrides: Partial<AppointmentFieldsFragment> = {}): AppointmentFieldsFragment {
  return {
    __typename: 'Appointment',
    id: nextAppointmentId(),
    personId: APPOINTMENT_PERSON_ID,
    organisation: { __typename: 'OrganisationRef', id: '20000000-0000-4000-8000-000000000002', name: 'Northvale Council Housing Options' },
    date: '2026-12-01',
    window: 'MORNING',
    startTime: null,
    endTime: null,
    location: 'Town Hall',
    town: 'Northvale',
    purpose: 'Housing assessment',
    status: 'BOOKED',
    firstProbation: false,
    version: 1,
    clashes: [],
    warnings: [],
    ...overrides,
  };
}

export function appointmentsMock(appointments: AppointmentFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: PersonAppointmentsQuery, variables: { personId: APPOINTMENT_PERSON_ID } },
    result: { data: { appointments } },
  };
}
