import { ApolloLink, type TypedDocumentNode } from '@apollo/client';
import { addTypenameToDocument, print } from '@apollo/client/utilities';
import { getOperationAST, type DocumentNode, type FormattedExecutionResult } from 'graphql';
import { Observable } from 'rxjs';

/** How long an early answer may wait to be used after it arrived; after that the page asks again. */
const KEEP_FOR_MS = 10_000;

/** Answers asked for while the page was starting, by operation and variables; each is used at most once. */
const answers = new Map<string, Promise<FormattedExecutionResult | null>>();

/** The operation as sent (its whole text) and its variables: an answer is used only for the very same request. */
const keyOf = (query: string, variables: unknown) => `${query}\n${JSON.stringify(variables ?? {})}`;

/** Operations with an answer waiting, so the link prints only those. */
const waitingOperations = new Set<string>();

/**
 * Sends a page's first query straight away, with fetch alone, while the page's chunks load and the
 * session is checked, rather than once the page is drawn and Apollo Client asks for it. The answer
 * waits for the page's own query of the same operation and variables (see `earlyAnswerLink`),
 * which takes it instead of sending the request again. An answer with errors is not used (the
 * page's query asks again, signed in by then), nor one left unused for a few seconds.
 */
export function askEarly<TVariables extends Record<string, unknown>>(
  query: TypedDocumentNode<unknown, TVariables>,
  variables: TVariables,
): void {
  const operationName = getOperationAST(query)?.name?.value;
  // As Apollo Client sends it: the cache asks for every object's __typename.
  const text = print(addTypenameToDocument(query as DocumentNode));
  const key = keyOf(text, variables);
  if (!operationName || answers.has(key)) return;
  waitingOperations.add(operationName);
  const answer = fetch('/graphql', {
    method: 'POST',
    credentials: 'include',
    // As the app's HTTP link sends them (apollo.ts).
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ operationName, query: text, variables }),
  })
    .then((response) => (response.ok ? (response.json() as Promise<FormattedExecutionResult>) : null))
    .then((result) => (result?.data && !result.errors ? result : null))
    .catch(() => null);
  answers.set(key, answer);
  void answer.then(() => setTimeout(() => forgetEarlyAnswer(key, answer), KEEP_FOR_MS));
}

function forgetEarlyAnswer(key: string, answer: Promise<FormattedExecutionResult | null>): void {
  if (answers.get(key) === answer) answers.delete(key);
}

/** Drops every answer not used yet (the cache was cleared: someone signed out or in). */
export function forgetEarlyAnswers(): void {
  answers.clear();
}

/**
 * The link that hands a query the answer asked for early, when there is one; every other operation
 * (and a query whose early answer failed) goes on to the server as usual.
 */
export const earlyAnswerLink = new ApolloLink((operation, forward) => {
  if (!waitingOperations.has(operation.operationName ?? '')) return forward(operation);
  const key = keyOf(print(operation.query), operation.variables);
  const answer = answers.get(key);
  if (!answer) return forward(operation);
  answers.delete(key);
  return new Observable((observer) => {
    let rest: { unsubscribe(): void } | null = null;
    let closed = false;
    void answer.then((result) => {
      if (closed) return;
      if (!result) {
        rest = forward(operation).subscribe(observer);
        return;
      }
      // Handed over in a task of its own: the answer has usually arrived before the page asks, and
      // writing it into the cache (and drawing what it changes) would otherwise run in the same long
      // task as the drawing of the page that asked.
      setTimeout(() => {
        if (closed) return;
        observer.next(result);
        observer.complete();
      }, 0);
    });
    return () => {
      closed = true;
      rest?.unsubscribe();
    };
  });
});
