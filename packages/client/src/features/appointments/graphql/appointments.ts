import { graphql } from '../../../generated';

export const AppointmentFields = graphql(`
  fragment AppointmentFields on Appointment {
    id
    personId
    organisation {
      id
      name
    }
    date
    window
    startTime
    endTime
    location
    town
    purpose
    status
    firstProbation
    version
    clashes {
      rule
      otherAppointmentId
      message
    }
    warnings {
      code
      message
    }
  }
`);

/** Every agency's appointments for one person, on one timeline. */
export const PersonAppointmentsQuery = graphql(`
  query PersonAppointments($personId: ID!) {
    appointments(personId: $personId) {
      ...AppointmentFields
    }
  }
`);

export const BookAppointmentMutation = graphql(`
  mutation BookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      appointment {
        ...AppointmentFields
      }
      clashes {
        rule
        otherAppointmentId
        message
      }
      warnings {
        code
        message
      }
    }
  }
`);

export const UpdateAppointmentMutation = graphql(`
  mutation UpdateAppointment($input: UpdateAppointmentInput!) {
    updateAppointment(input: $input) {
      ...AppointmentFields
    }
  }
`);
