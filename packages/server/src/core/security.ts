import { LIMITS } from '@casehuddle/shared';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * The request-shape limits, shared by Apollo (HTTP) and graphql-ws (WebSocket), because
 * Apollo's validation rules do not reach the WebSocket by themselves.
 */
export function securityRules(): ValidationRule[] {
  // Report through the validation context (so validate() returns the error) rather than throw.
  const reject = {
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
  };
  return [
    maxDepthRule({
      n: LIMITS.queryMaxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      exposeLimits: true,
      ...reject,
    }) as unknown as ValidationRule,
    maxAliasesRule({ n: LIMITS.queryMaxAliases, exposeLimits: true, ...reject }) as unknown as ValidationRule,
    costLimitRule({
      maxCost: LIMITS.queryMaxCost,
      ignoreIntrospection: true,
      flattenFragments: true,
      exposeLimits: true,
      ...reject,
    }) as unknown as ValidationRule,
  ];
}

/** Options for graphql-js's parser: a token limit stops huge documents before validation. */
export const parseOptions = { maxTokens: LIMITS.queryMaxTokens };

/**
 * Parses and validates a document with the same limits as HTTP. Returns the document, or
 * the errors to send back.
 */
export function parseAndValidate(schema: GraphQLSchema, query: string): { document: DocumentNode } | { errors: GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions);
  } catch (error) {
    return { errors: [error instanceof GraphQLError ? error : new GraphQLError('The query could not be read.')] };
  }
  const errors = validate(schema, document, [...specifiedRules, ...securityRules()]);
  return errors.length > 0 ? { errors: [...errors] } : { document };
}
