import { graphql } from '../../../generated';

/** The fields the app shell and every page need about the signed-in user. */
export const CurrentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    name
    email
    role
    active
    organisation {
      id
      name
      kind
    }
  }
`);

/** The signed-in user, or null when nobody is signed in. */
export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...CurrentUserFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Tells this window when an administrator changes the signed-in user's own account. */
export const MeChangedSubscription = graphql(`
  subscription MeChanged {
    meChanged {
      ...CurrentUserFields
    }
  }
`);
