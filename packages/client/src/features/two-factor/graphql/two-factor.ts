import { graphql } from '../../../generated';

export const CompleteSignInMutation = graphql(`
  mutation CompleteSignIn($code: String!) {
    completeSignIn(code: $code) {
      ...CurrentUserFields
    }
  }
`);

export const StartSignInEnrolmentMutation = graphql(`
  mutation StartSignInEnrolment {
    startSignInEnrolment {
      secret
      qrCodeDataUrl
    }
  }
`);

export const ConfirmSignInEnrolmentMutation = graphql(`
  mutation ConfirmSignInEnrolment($code: String!) {
    confirmSignInEnrolment(code: $code) {
      user {
        ...CurrentUserFields
      }
      recoveryCodes
    }
  }
`);

export const TwoFactorStatusQuery = graphql(`
  query TwoFactorStatus {
    twoFactorStatus {
      enabled
      enabledAt
      recoveryCodesLeft
      requiredByOrganisation
    }
  }
`);

export const StartTwoFactorEnrolmentMutation = graphql(`
  mutation StartTwoFactorEnrolment {
    startTwoFactorEnrolment {
      secret
      qrCodeDataUrl
    }
  }
`);

export const ConfirmTwoFactorEnrolmentMutation = graphql(`
  mutation ConfirmTwoFactorEnrolment($code: String!) {
    confirmTwoFactorEnrolment(code: $code)
  }
`);
