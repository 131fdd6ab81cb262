import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getNamedType,
  GraphQLError,
  isInputObjectType,
  printSchema,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../core/logger.js';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];
type Executor = Awaited<ReturnType<Gateway['load']>>['executor'];

/** How many compiled operations each process keeps (the app sends a few dozen distinct ones). */
export const COMPILED_OPERATIONS_KEPT = 500;

/**
 * graphql-jit's errors are GraphQLErrors without `extensions` when the thrown error had none;
 * Apollo's error formatting reads `extensions.code` and would turn them all into internal
 * errors. The same error as graphql-js would raise: message, locations, path and original error.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}

/** What the executor keeps per operation: a compiled query, or null when graphql-js runs it. */
type Entry = { compiled: CompiledQuery | null };

/**
 * Runs operations compiled by graphql-jit, through the executor hook Apollo Server 5 offers (its
 * `gateway` option: an object whose `load()` gives Apollo the schema and an executor).
 *
 * Apollo still does everything before execution: CSRF prevention, parsing (with the token limit),
 * validation with the security rules (depth, aliases, cost) and its cache of parsed and validated
 * documents, the plugins (the unstorable-text check, error logging) and `formatError`, which
 * maps domain errors to their codes. Only execution changes: each distinct operation (by
 * Apollo's hash of the query text, and operation name) is compiled once into a JavaScript
 * function and kept in a bounded LRU cache.
 *
 * graphql-js runs what graphql-jit does not: subscriptions (over HTTP they are not streams;
 * over WebSocket graphql-ws never passes through here), and any operation it cannot compile.
 * The resolvers, the disclosure gate among them, are the schema's own either way.
 */
export function compiledExecutor(schema: GraphQLSchema, logger: Logger, opts: { max?: number } = {}): Gateway {
  const cache = new LRUCache<string, Entry>({ max: opts.max ?? COMPILED_OPERATIONS_KEPT });

  const compile = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | undefined): Entry => {
    // graphql-jit 0.8 coerces variables itself, and does not apply an input object's field
    // defaults (a mutation's input with `measureKey: String! = "NDTA"` is refused). Operations
    // with input objects in their variables (mutations, mostly) run on graphql-js.
    const inputObjects = (operation.variableDefinitions ?? []).some((v) => {
      const type = typeFromAST(schema, v.type as never);
      return !type || isInputObjectType(getNamedType(type));
    });
    if (inputObjects) return { compiled: null };
    try {
      const compiled = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      if (isCompiledQuery(compiled)) return { compiled };
      logger.warn({ errors: compiled.errors?.map((e) => e.message), operationName }, 'An operation ran without compiling');
    } catch (error) {
      logger.warn({ err: error, operationName }, 'An operation ran without compiling');
    }
    return { compiled: null };
  };

  const executor: Executor = async (requestContext) => {
    const { document, operation, queryHash, context, request } = requestContext;
    const operationName = requestContext.operationName ?? request.operationName ?? undefined;
    const variables = request.variables ?? {};
    if (!document || !operation || operation.operation === 'subscription') {
      return execute({ schema, document: document!, contextValue: context, variableValues: variables, operationName });
    }
    const key = `${queryHash}:${operationName ?? ''}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = compile(document, operation, operationName);
      cache.set(key, entry);
    }
    if (!entry.compiled) return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    // Variables are checked as graphql-js checks them, so a bad one gets the same error (which
    // Apollo answers as BAD_USER_INPUT) whichever executor runs the operation.
    const checked = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (checked.errors) return { errors: checked.errors };
    const result = (await entry.compiled.query(undefined, context, variables)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  const listeners = new Set<Parameters<Gateway['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      const schemaContext = { apiSchema: schema, coreSupergraphSdl: printSchema(schema) };
      for (const listener of listeners) listener(schemaContext);
      return { executor };
    },
    async stop() {
      listeners.clear();
      cache.clear();
    },
  };
}
