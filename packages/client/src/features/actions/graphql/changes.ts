import { graphql } from '../../../generated';

/** Any action the viewer may see has changed: lists and figures read again. */
export const ActionChangedSubscription = graphql(`
  subscription ActionChanged {
    actionChanged {
      actionId
      status
      version
    }
  }
`);
