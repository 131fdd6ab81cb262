import {
  BREAK,
  createSourceEventStream,
  execute,
  getOperationAST,
  Kind,
  print,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { mapAsyncIterator } from 'graphql/execution/mapAsyncIterator.js';
import type { Context } from '../core/context.js';
import { isSameForEveryViewer } from '../core/shared-result.js';

type Answer = ExecutionResult | Promise<ExecutionResult>;

/** Per marked event object, its answer per document (see `answerKey`). Kept only as long as the event is. */
const answers = new WeakMap<object, Map<string, Answer>>();

/** Per parsed document, its text and whether variables reach below the subscription field's own arguments. */
const documents = new WeakMap<DocumentNode, { text: string; variablesBelowRoot: boolean }>();

/**
 * graphql-js's `subscribe`, but an event marked `sameForEveryViewer` (core/shared-result.ts) is
 * executed once per process for each distinct document, operation, role and (where they reach
 * the selection) variables; every subscriber who asked the same receives that one answer.
 * Unmarked events are executed per subscriber, as graphql-js does.
 *
 * The subscription field's own arguments (which meeting, resume after which event) choose the
 * stream, so they are not part of the key; variables used anywhere else in the document are.
 * The role is part of it because the operation gate refuses some roles per event.
 */
export async function sharedSubscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const key = answerKey(args);
  return mapAsyncIterator(stream, (event) => answer(args, key, event));
}

function answer(args: ExecutionArgs, key: string, event: unknown): Answer {
  if (!isSameForEveryViewer(event)) return execute({ ...args, rootValue: event });
  let byKey = answers.get(event);
  if (!byKey) answers.set(event, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = execute({ ...args, rootValue: event })));
  return found;
}

function answerKey(args: ExecutionArgs): string {
  let known = documents.get(args.document);
  if (!known) {
    known = { text: print(args.document), variablesBelowRoot: variablesBelowRoot(args) };
    documents.set(args.document, known);
  }
  const role = (args.contextValue as Context | undefined)?.viewer?.role ?? '';
  const variables = known.variablesBelowRoot ? JSON.stringify(args.variableValues ?? {}) : '';
  return [known.text, args.operationName ?? '', role, variables].join('\u0000');
}

/** True when a variable is used anywhere but in the arguments of the operation's root fields (and their definitions). */
function variablesBelowRoot(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  const rootArguments = new Set<ArgumentNode>(
    operation?.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? (s.arguments ?? []) : [])) ?? [],
  );
  let found = false;
  visit(args.document, {
    VariableDefinition: () => false,
    Argument: (node) => (rootArguments.has(node) ? false : undefined),
    Variable: () => {
      found = true;
      return BREAK;
    },
  });
  return found;
}
