import { graphql } from '../../../generated';

export const OrganisationFields = graphql(`
  fragment OrganisationFields on Organisation {
    id
    name
    kind
    councilArea
    active
    createdAt
    requireTwoFactor
  }
`);

export const UserFields = graphql(`
  fragment UserFields on User {
    id
    name
    email
    role
    active
    createdAt
    twoFactorEnabled
    organisation {
      id
      name
    }
  }
`);

/** Everything the admin page lists: one query for the page. */
export const AdminPageQuery = graphql(`
  query AdminPage {
    organisations {
      ...OrganisationFields
    }
    users {
      ...UserFields
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationFields
    }
  }
`);

export const DeactivateOrganisationMutation = graphql(`
  mutation DeactivateOrganisation($id: ID!) {
    deactivateOrganisation(id: $id) {
      ...OrganisationFields
    }
  }
`);

export const ReactivateOrganisationMutation = graphql(`
  mutation ReactivateOrganisation($id: ID!) {
    reactivateOrganisation(id: $id) {
      ...OrganisationFields
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...UserFields
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...UserFields
    }
  }
`);

export const SetTwoFactorRequiredMutation = graphql(`
  mutation SetTwoFactorRequired($organisationId: ID!, $required: Boolean!) {
    setTwoFactorRequired(organisationId: $organisationId, required: $required) {
      ...OrganisationFields
    }
  }
`);

export const ResetTwoFactorMutation = graphql(`
  mutation ResetTwoFactor($userId: ID!) {
    resetTwoFactor(userId: $userId)
  }
`);
