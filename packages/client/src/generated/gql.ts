/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    kind\n    councilArea\n    active\n    createdAt\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    active\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query AdminPage {\n    organisations {\n      ...OrganisationFields\n    }\n    users {\n      ...UserFields\n    }\n  }\n": typeof types.AdminPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation DeactivateOrganisation($id: ID!) {\n    deactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.DeactivateOrganisationDocument,
    "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.ReactivateOrganisationDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  subscription MeChanged {\n    meChanged {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeChangedDocument,
};
const documents: Documents = {
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    kind\n    councilArea\n    active\n    createdAt\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    active\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query AdminPage {\n    organisations {\n      ...OrganisationFields\n    }\n    users {\n      ...UserFields\n    }\n  }\n": types.AdminPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation DeactivateOrganisation($id: ID!) {\n    deactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": types.DeactivateOrganisationDocument,
    "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": types.ReactivateOrganisationDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  subscription MeChanged {\n    meChanged {\n      ...CurrentUserFields\n    }\n  }\n": types.MeChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    kind\n    councilArea\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    kind\n    councilArea\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    active\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    active\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPage {\n    organisations {\n      ...OrganisationFields\n    }\n    users {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query AdminPage {\n    organisations {\n      ...OrganisationFields\n    }\n    users {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateOrganisation($id: ID!) {\n    deactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateOrganisation($id: ID!) {\n    deactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeChanged {\n    meChanged {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  subscription MeChanged {\n    meChanged {\n      ...CurrentUserFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;