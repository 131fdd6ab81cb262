/*
 * The GraphQL Code Generator client preset writes `import type { TypedDocumentNode } from
 * '@graphql-typed-document-node/core'` into src/generated/. That package is a dependency of
 * @apollo/client rather than of this package, so pnpm keeps it out of our reach and TypeScript
 * cannot resolve it from here. This declares the same (types-only) interface, copied from
 * @graphql-typed-document-node/core 3.2, so it is structurally identical to the one Apollo Client
 * uses. Nothing here reaches the bundle.
 */
declare module '@graphql-typed-document-node/core' {
  import type { DocumentNode } from 'graphql';

  export interface DocumentTypeDecoration<TResult, TVariables> {
    __apiType?: (variables: TVariables) => TResult;
  }

  export interface TypedDocumentNode<TResult = { [key: string]: unknown }, TVariables = { [key: string]: unknown }>
    extends DocumentNode, DocumentTypeDecoration<TResult, TVariables> {}

  export type ResultOf<T> = T extends DocumentTypeDecoration<infer R, unknown> ? R : never;
  export type VariablesOf<T> = T extends DocumentTypeDecoration<unknown, infer V> ? V : never;
}
