import type { SharingSection } from '@casehuddle/shared';
import { getNamedType, isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { DomainError } from '../../core/errors.js';
import { ELEMENT_RULES, outputRule, PEER_MENTOR_HIDDEN_RULES, PEER_MENTOR_OPERATIONS, type OutputRule } from './data-map.js';

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

const tags = new WeakMap<object, Disclosure>();

/** Marks an object as being about a person, so the gate can filter its fields. Returns it. */
export function disclose<T extends object>(obj: T, disclosure: Disclosure): T {
  tags.set(obj, disclosure);
  return obj;
}

/** The disclosure an object carries, if any. */
export const disclosureOf = (obj: unknown): Disclosure | undefined => (obj !== null && typeof obj === 'object' ? tags.get(obj) : undefined);

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
  } else if (value !== null && typeof value === 'object' && !tags.has(value)) {
    tags.set(value, d);
  }
}

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The read gate: every field of every object goes through it. It looks the field up in the data
 * map, and hides what the object's disclosure does not allow (null, an empty list, or the
 * neutral value the map names). Objects returned by a field inherit their parent's disclosure
 * unless they carry their own. A field missing from the map, or a person-data field on an object
 * that carries no disclosure, is refused: the gate fails closed. A peer mentor reaches only the
 * operations PEER_MENTOR_OPERATIONS lists; every other one gets the one FORBIDDEN answer.
 */
export const DisclosureGate: MiddlewareFn<{ viewer?: { role: string } | null }> = async ({ root, info, context }, next) => {
  const typeName = info.parentType.name;
  if (ROOTS.has(typeName)) {
    if (context?.viewer?.role === 'PEER_MENTOR' && !PEER_MENTOR_OPERATIONS[typeName as 'Query']?.includes(info.fieldName)) {
      throw notShared(false);
    }
    return next();
  }
  const where = `${typeName}.${info.fieldName}`;
  const fieldRule = outputRule(typeName, info.fieldName);
  if (!fieldRule) throw new Error(`${where} is not in the data map`);
  const d = disclosureOf(root);
  if (!d) {
    if (needsTag(fieldRule.rule)) throw new Error(`${where} is person data, but its object carries no disclosure`);
    return next();
  }
  if (!mayRead(d, fieldRule.rule)) return hiddenValue(info.returnType, fieldRule.hidden, where);
  let value = await next();
  const returned = getNamedType(info.returnType).name;
  const elementRule = ELEMENT_RULES[returned];
  if (elementRule && Array.isArray(value)) value = value.filter((v) => mayRead(disclosureOf(v) ?? d, elementRule));
  if (returned !== 'Person') inherit(value, d);
  return value;
};

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
