import { LIMITS } from '@casehuddle/shared';
import { validationFailed } from './errors.js';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  Kind,
  parse,
  type ArgumentNode,
  type ASTNode,
  type ObjectFieldNode,
  specifiedRules,
  validate,
  visit,
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
 * Parses and validates a document with the same limits and text checks as HTTP. Returns the
 * document, or the errors to send back.
 */
export function parseAndValidate(
  schema: GraphQLSchema,
  query: string,
  variables?: Record<string, unknown> | null,
): { document: DocumentNode } | { errors: GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions);
  } catch (error) {
    return { errors: [error instanceof GraphQLError ? error : new GraphQLError('The query could not be read.')] };
  }
  const errors = validate(schema, document, [...specifiedRules, ...securityRules()]);
  if (errors.length > 0) return { errors: [...errors] };
  const unstorable = findUnstorableText(document, variables);
  return unstorable ? { errors: [unstorableTextError(unstorable)] } : { document };
}

/** A NUL character (which PostgreSQL cannot store in text) or half of a surrogate pair (not text at all). */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The message for text that cannot be stored, shown beside the field. */
export const UNSTORABLE_TEXT_MESSAGE =
  'This text contains a character that cannot be stored (a NUL or a broken character). Remove it and try again.';

/**
 * Where the request carries text that cannot be stored, as a field path such as `text` or
 * `profile.legalName` (named as class-validator names fields: from inside the argument when it
 * is an input object), or undefined. The string literals in the document and the variables
 * (named by where they are used) are looked at, so every argument of every operation is
 * covered in one place, before any resolver runs.
 */
export function findUnstorableText(document: DocumentNode, variables: Record<string, unknown> | null | undefined): string | undefined {
  const fieldPath = (names: string[]) => (names.length > 1 ? names.slice(1) : names).join('.') || 'query';
  const argumentNames = (ancestors: ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>) => {
    const names: string[] = [];
    for (const a of ancestors) {
      if (!Array.isArray(a) && ((a as ASTNode).kind === Kind.ARGUMENT || (a as ASTNode).kind === Kind.OBJECT_FIELD)) {
        names.push((a as ArgumentNode | ObjectFieldNode).name.value);
      }
    }
    return names;
  };
  let found: string | undefined;
  const usedAt = new Map<string, string[]>();
  visit(document, {
    // `ancestors` stops short of the node's parent, which may be the argument or field itself.
    StringValue(node, _key, parent, _path, ancestors) {
      if (!found && UNSTORABLE.test(node.value)) found = fieldPath(argumentNames([...ancestors, parent!]));
    },
    Variable(node, _key, parent, _path, ancestors) {
      // A variable's definition is not a use of it.
      if (!usedAt.has(node.name.value) && (parent as ASTNode | undefined)?.kind !== Kind.VARIABLE_DEFINITION) {
        usedAt.set(node.name.value, argumentNames([...ancestors, parent!]));
      }
    },
  });
  if (found || !variables) return found;
  const inValue = (value: unknown, names: string[], depth: number): string | undefined => {
    if (typeof value === 'string') return UNSTORABLE.test(value) ? fieldPath(names) : undefined;
    if (depth > 20 || value === null || typeof value !== 'object') return undefined;
    for (const [key, item] of Object.entries(value)) {
      const inner = inValue(item, [...names, key], depth + 1);
      if (inner) return inner;
    }
    return undefined;
  };
  for (const [name, value] of Object.entries(variables)) {
    const inner = inValue(value, usedAt.get(name) ?? [name], 0);
    if (inner) return inner;
  }
  return undefined;
}

/** The error for text that cannot be stored: VALIDATION_FAILED naming the field, as a request error (HTTP 400). */
export function unstorableTextError(path: string): GraphQLError {
  const error = validationFailed({ [path]: UNSTORABLE_TEXT_MESSAGE });
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
}
