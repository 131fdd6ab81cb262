import type { SharingSection } from '@casehuddle/shared';
import {
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { DomainError } from '../../core/errors.js';
import { ELEMENT_RULES, outputRule, PEER_MENTOR_HIDDEN_RULES, PEER_MENTOR_OPERATIONS, type OutputRule } from './data-map.js';
import { isPlainProperty } from './plain-fields.js';

/** What the gate needs to know of a viewer's access to one person (PersonAccess satisfies it). */
export interface AccessLike {
  canKnow: boolean;
  canSeeProfile: boolean;
  full: boolean;
  sections: readonly SharingSection[];
  basis: string;
  processingRestricted: boolean;
}

/**
 * What an object returned by the API is about: the viewer's access to that person (null when
 * the object is about nobody, such as the "Review of incomplete actions" item) and, for facts
 * derived from another part of the record, that part's section.
 */
export interface Disclosure {
  access: AccessLike | null;
  section?: SharingSection | null;
}

/** Access to someone the viewer may not know of: the gate shows none of their facts. */
export const NO_ACCESS: AccessLike = Object.freeze({
  canKnow: false,
  canSeeProfile: false,
  full: false,
  sections: [],
  basis: 'NONE',
  processingRestricted: false,
});

/**
 * An object's disclosure is a property under this symbol, defined non-enumerable: object spread,
 * `Object.assign`, `JSON.stringify` and test equality do not see it, so a copy is untagged, as it
 * was when the tags lived in a WeakMap. Defining the property costs about 300 ns and nothing
 * more to the collector; a WeakMap entry cost 700–1,000 ns and ephemeron work in every
 * collection. An object that cannot take a property (frozen, sealed) keeps its tag in a WeakMap.
 */
const TAG: unique symbol = Symbol('disclosure');
type Tagged = { [TAG]?: Disclosure };
const frozenTags = new WeakMap<object, Disclosure>();

function setTag(obj: object, disclosure: Disclosure): void {
  if (Object.prototype.hasOwnProperty.call(obj, TAG)) (obj as Tagged)[TAG] = disclosure;
  else if (Object.isExtensible(obj))
    Object.defineProperty(obj, TAG, { value: disclosure, writable: true, enumerable: false, configurable: true });
  else frozenTags.set(obj, disclosure);
}

const hasTag = (obj: object): boolean => Object.prototype.hasOwnProperty.call(obj, TAG) || frozenTags.has(obj);

const tagOf = (obj: object): Disclosure | undefined =>
  Object.prototype.hasOwnProperty.call(obj, TAG) ? (obj as Tagged)[TAG] : frozenTags.get(obj);

/** Marks an object as being about a person, so the gate can filter its fields. Returns it. */
export function disclose<T extends object>(obj: T, disclosure: Disclosure): T {
  setTag(obj, disclosure);
  return obj;
}

/** The disclosure an object carries, if any. */
export const disclosureOf = (obj: unknown): Disclosure | undefined => (obj !== null && typeof obj === 'object' ? tagOf(obj) : undefined);

/** Rules the gate leaves to the service that built the object (see data-map.ts). */
const DECIDED_ELSEWHERE = new Set(['NONE', 'PERSON', 'AGGREGATE', 'VIEWER', 'AUDIT', 'ACTION']);

/** Whether a rule lets this viewer see a fact about this person. */
export function mayRead(d: Disclosure, rule: OutputRule): boolean {
  const access = d.access;
  if (access?.basis === 'PEER_MENTOR' && typeof rule === 'string' && PEER_MENTOR_HIDDEN_RULES.has(rule)) return false;
  if (typeof rule === 'string' && DECIDED_ELSEWHERE.has(rule)) return true;
  if (!access) return true;
  if (!access.canKnow) return false;
  if (typeof rule === 'object') return mayRead(d, d.section ?? rule.otherwise);
  if (rule === 'KNOW') return true;
  if (rule === 'PROFILE' || rule === 'DISCUSSION') return access.canSeeProfile;
  return access.sections.includes(rule as SharingSection);
}

/** True when a rule needs the object to carry a disclosure. */
const needsTag = (rule: OutputRule) => typeof rule === 'object' || !DECIDED_ELSEWHERE.has(rule);

function hiddenValue(type: GraphQLOutputType, hidden: unknown, where: string): unknown {
  if (hidden !== undefined) return hidden;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [];
  if (!isNonNullType(type)) return null;
  throw new Error(`The data map gives no hidden value for the non-null field ${where}`);
}

function inherit(value: unknown, d: Disclosure): void {
  if (Array.isArray(value)) {
    for (const v of value) inherit(v, d);
  } else if (value !== null && typeof value === 'object' && !hasTag(value)) {
    setTag(value, d);
  }
}

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function';

/**
 * Whether the gate has nothing to do for a field: a scalar or enum (so nothing inherits a
 * disclosure from it, and no element rule applies) whose rule the service decides, and which
 * is not hidden from peer mentors. For such a field the gate would pass every value through
 * unchanged whatever the object's disclosure, so it is not wrapped at all.
 */
function gateHasNothingToDo(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, free: DisclosureFree): boolean {
  const fieldRule = outputRule(type.name, field.name);
  if (!fieldRule) return false;
  const { rule } = fieldRule;
  if (typeof rule !== 'string' || !DECIDED_ELSEWHERE.has(rule) || PEER_MENTOR_HIDDEN_RULES.has(rule)) return false;
  const returned = getNamedType(field.type);
  if (ELEMENT_RULES[returned.name] !== undefined) return false;
  if (isLeafType(returned)) return true;
  // An object that would only inherit a disclosure none of its fields reads: a person (who
  // carries their own, and inherits nothing), or a type that is disclosure-free.
  return isObjectType(returned) && (returned.name === 'Person' || free(returned)) && isPlainProperty(type.name, field.name);
}

type DisclosureFree = (type: GraphQLObjectType) => boolean;

/**
 * Whether no field of objects of this type, nor of any object under them, depends on the
 * disclosure they carry: every field is a plain property the gate has nothing to do for (a leaf,
 * a person, or another such type). Tagging such objects with their parent's disclosure changes
 * nothing, so the gate does not. Anything with a resolver of its own (which may read the
 * disclosure) or in a cycle counts as needing one.
 */
function disclosureFreeTypes(): DisclosureFree {
  const known = new Map<string, boolean>();
  const free: DisclosureFree = (type) => {
    const seen = known.get(type.name);
    if (seen !== undefined) return seen;
    known.set(type.name, false);
    const result =
      !ROOTS.has(type.name) &&
      type.name !== 'Person' &&
      Object.values(type.getFields()).every(
        (f) => f.args.length === 0 && isPlainProperty(type.name, f.name) && gateHasNothingToDo(type, f, free),
      );
    known.set(type.name, result);
    return result;
  };
  return free;
}

/**
 * The gate for one field, built once when the schema is built. It runs synchronously (a field
 * whose own resolver is synchronous costs no promise), so a large agenda is not thousands of
 * awaits.
 */
function gateField(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const where = `${type.name}.${field.name}`;
  const resolve = field.resolve ?? defaultFieldResolver;
  const fieldRule = outputRule(type.name, field.name);
  if (!fieldRule) {
    return () => {
      throw new Error(`${where} is not in the data map`);
    };
  }
  const { rule, hidden } = fieldRule;
  const tagNeeded = needsTag(rule);
  const returned = getNamedType(field.type).name;
  const elementRule = ELEMENT_RULES[returned];
  const inherits = returned !== 'Person';
  const after = (value: unknown, d: Disclosure) => {
    if (elementRule && Array.isArray(value)) value = value.filter((v) => mayRead(disclosureOf(v) ?? d, elementRule));
    if (inherits) inherit(value, d);
    return value;
  };
  return (root, args, context, info) => {
    const d = disclosureOf(root);
    if (!d) {
      if (tagNeeded) throw new Error(`${where} is person data, but its object carries no disclosure`);
      return resolve(root, args, context, info);
    }
    if (!mayRead(d, rule)) return hiddenValue(field.type, hidden, where);
    const value = resolve(root, args, context, info);
    return isPromiseLike(value) ? value.then((v) => after(v, d)) : after(value, d);
  };
}

/**
 * The read gate: every field of every object type (but the roots) goes through it. It looks the
 * field up in the data map, and hides what the object's disclosure does not allow (null, an
 * empty list, or the neutral value the map names). Objects returned by a field inherit their
 * parent's disclosure unless they carry their own. A field missing from the map, or a
 * person-data field on an object that carries no disclosure, is refused: the gate fails closed.
 *
 * It wraps each field's resolver in the built schema (rather than running as a type-graphql
 * middleware, which makes every field asynchronous), so any executor, graphql-js or compiled,
 * runs it. Call it once on the schema `buildSchema` returns; it changes that schema in place.
 * A leaf whose rule the service decides is left unwrapped (the gate could only pass it through),
 * and, when it is a plain property, without a resolver; so is a plain property holding a person,
 * or an object none of whose fields depends on a disclosure (such as a staff member's name).
 */
export function gateSchema(schema: GraphQLSchema): GraphQLSchema {
  const free = disclosureFreeTypes();
  const types = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__')) as GraphQLObjectType[];
  // Decided on the schema as built, before any resolver is replaced.
  const nothingToDo = new Set<GraphQLField<unknown, unknown>>();
  for (const type of types) {
    if (ROOTS.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) if (gateHasNothingToDo(type, field, free)) nothingToDo.add(field);
  }
  for (const type of types) {
    for (const field of Object.values(type.getFields())) {
      if (ROOTS.has(type.name)) gateOperation(type.name as RootName, field);
      else if (nothingToDo.has(field)) {
        // A plain property (most leaves: ids, statuses, dates) then needs no resolver at all,
        // and graphql-jit reads it inline instead of calling a function for every field.
        if (field.args.length === 0 && isPlainProperty(type.name, field.name)) field.resolve = undefined;
      } else field.resolve = gateField(type, field);
    }
  }
  return schema;
}

type RootName = 'Query' | 'Mutation' | 'Subscription';

/**
 * An operation's entry: a peer mentor reaches only the operations PEER_MENTOR_OPERATIONS lists
 * (operations added later included); every other one gets the one FORBIDDEN answer.
 */
function gateOperation(root: RootName, field: GraphQLField<unknown, unknown>): void {
  if (PEER_MENTOR_OPERATIONS[root]?.includes(field.name)) return;
  const refuseMentor = <F extends GraphQLFieldResolver<unknown, unknown>>(inner: F): F =>
    ((source, args, context: { viewer?: { role: string } | null } | undefined, info) => {
      if (context?.viewer?.role === 'PEER_MENTOR') throw notShared(false);
      return inner(source, args, context, info);
    }) as F;
  field.resolve = refuseMentor(field.resolve ?? defaultFieldResolver);
  if (field.subscribe) field.subscribe = refuseMentor(field.subscribe);
}

/**
 * The write gate: a change to a part of a person's record. Break-glass access is for reading in
 * an emergency; a record whose processing is restricted is kept but changed nowhere. The refusal
 * names no part of the record.
 */
export function requireWrite(access: AccessLike, need: SharingSection | 'KNOW' | 'PROFILE' | 'FULL'): void {
  requireRead(access, need);
  if (access.basis === 'BREAK_GLASS') {
    throw new DomainError(
      'FORBIDDEN',
      'Break-glass access lets you read the record in an emergency. Ask the organisation that holds it to make changes.',
    );
  }
  if (access.processingRestricted) {
    throw new DomainError(
      'RECORD_RESTRICTED',
      'This record is restricted: it is kept, but it cannot be changed while the restriction lasts.',
    );
  }
}

/**
 * The read gate for an operation's entry point: refuses, naming no part of the record, unless
 * the viewer may see `need`. A viewer who may not know of the person gets the same answer whether
 * or not the person exists.
 */
export function requireRead(access: AccessLike | undefined, need: SharingSection | 'KNOW' | 'PROFILE' | 'FULL'): void {
  if (!access || !access.canKnow) throw notShared(true);
  const ok =
    need === 'KNOW' ? true : need === 'PROFILE' ? access.canSeeProfile : need === 'FULL' ? access.full : access.sections.includes(need);
  if (!ok) throw notShared(false);
}

/** The one refusal for person data: it says nothing about what the record holds. */
export function notShared(unknownPerson: boolean): DomainError {
  return unknownPerson
    ? new DomainError(
        'FORBIDDEN',
        'You do not have access to this record. In an emergency you can use break-glass access, which is recorded and reviewed.',
        { canBreakGlass: true },
      )
    : new DomainError('FORBIDDEN', 'This is not shared with your organisation. It is shared only with the agreement of the person.');
}
