import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ARGUMENTS, ELEMENT_RULES, INPUT_MAP, OPERATIONS, OUTPUT_MAP, outputRule, PEER_MENTOR_OPERATIONS } from './data-map.js';

/** The committed contract (core/schema.test.ts proves it matches the code). */
const schema: GraphQLSchema = buildSchema(readFileSync(fileURLToPath(new URL('../../../schema.graphql', import.meta.url)), 'utf8'));
const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;
const objectTypes = Object.values(schema.getTypeMap()).filter(
  (t) => isObjectType(t) && !t.name.startsWith('__') && !(ROOTS as readonly string[]).includes(t.name),
);
const inputTypes = Object.values(schema.getTypeMap()).filter((t) => isInputObjectType(t) && !t.name.startsWith('__'));

/** Counts reported when the disclosure issue is resolved, and useful when reading a failure. */
export function classifiedCounts() {
  const outputs = objectTypes.reduce((n, t) => n + Object.keys((t as { getFields(): object }).getFields()).length, 0);
  const inputs = inputTypes.reduce((n, t) => n + Object.keys((t as { getFields(): object }).getFields()).length, 0);
  const operations = ROOTS.reduce(
    (n, r) => n + Object.keys(schema.getType(r) ? (schema.getType(r) as never as { getFields(): object }).getFields() : {}).length,
    0,
  );
  const args = ROOTS.reduce(
    (n, r) =>
      n +
      Object.values((schema.getType(r) as never as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()).reduce(
        (m, f) => m + f.args.length,
        0,
      ),
    0,
  );
  return { outputs, inputs, operations, args, total: outputs + inputs + operations + args };
}

describe('the data map covers the whole schema', () => {
  it('classifies every field of every object type (a new field fails the build until it is classified)', () => {
    const missing: string[] = [];
    for (const type of objectTypes) {
      for (const field of Object.keys((type as { getFields(): object }).getFields())) {
        if (!outputRule(type.name, field)) missing.push(`${type.name}.${field}`);
      }
    }
    expect(missing, 'Add these fields to OUTPUT_MAP in modules/disclosure/data-map.ts').toEqual([]);
  });

  it('classifies every operation, every argument and every input field', () => {
    const missing: string[] = [];
    for (const root of ROOTS) {
      const type = schema.getType(root) as never as { getFields(): Record<string, GraphQLField<unknown, unknown>> };
      for (const [name, field] of Object.entries(type.getFields())) {
        if (!OPERATIONS[root][name]) missing.push(`${root}.${name}`);
        for (const arg of field.args) {
          if (isInputObjectType(getNamedType(arg.type))) continue;
          if (!ARGUMENTS[name]?.[arg.name]) missing.push(`${root}.${name}(${arg.name})`);
        }
      }
    }
    for (const type of inputTypes) {
      for (const field of Object.keys((type as { getFields(): object }).getFields())) {
        if (!INPUT_MAP[type.name]?.[field]) missing.push(`${type.name}.${field}`);
      }
    }
    expect(missing, 'Add these to OPERATIONS, ARGUMENTS or INPUT_MAP in modules/disclosure/data-map.ts').toEqual([]);
  });

  it('names nothing that is not in the schema (the map is not a graveyard)', () => {
    const stale: string[] = [];
    for (const [typeName, fields] of Object.entries(OUTPUT_MAP)) {
      const type = schema.getType(typeName);
      if (!type || !isObjectType(type)) {
        stale.push(typeName);
        continue;
      }
      for (const field of Object.keys(fields)) if (!type.getFields()[field]) stale.push(`${typeName}.${field}`);
    }
    for (const [typeName, fields] of Object.entries(INPUT_MAP)) {
      const type = schema.getType(typeName);
      if (!type || !isInputObjectType(type)) {
        stale.push(typeName);
        continue;
      }
      for (const field of Object.keys(fields)) if (!type.getFields()[field]) stale.push(`${typeName}.${field}`);
    }
    for (const root of ROOTS) {
      const fields = (schema.getType(root) as never as { getFields(): object }).getFields();
      for (const name of Object.keys(OPERATIONS[root])) if (!(name in fields)) stale.push(`${root}.${name}`);
    }
    expect(stale).toEqual([]);
  });

  it('gives every non-null field the gate may hide a neutral value, unless whatever holds it is hidden by the same rule', () => {
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    // Where each object type is reached from: the rule of each field returning it.
    const holders = new Map<string, unknown[]>();
    const hold = (typeName: string, rule: unknown) => holders.set(typeName, [...(holders.get(typeName) ?? []), rule]);
    for (const type of objectTypes) {
      for (const [name, field] of Object.entries(
        (type as never as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields(),
      )) {
        hold(getNamedType(field.type).name, outputRule(type.name, name)!.rule);
      }
    }
    for (const root of ROOTS) {
      for (const [name, field] of Object.entries(
        (schema.getType(root) as never as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields(),
      )) {
        hold(getNamedType(field.type).name, { operation: OPERATIONS[root][name]?.reads ?? [] });
      }
    }
    const heldBy = (typeName: string, rule: unknown) =>
      same(ELEMENT_RULES[typeName], rule) ||
      (holders.get(typeName) ?? []).every((h) =>
        h && typeof h === 'object' && 'operation' in h ? (h.operation as unknown[]).some((r) => same(r, rule)) : same(h, rule),
      );
    const noHiddenValue: string[] = [];
    for (const type of objectTypes) {
      for (const [name, field] of Object.entries(
        (type as never as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields(),
      )) {
        const rule = outputRule(type.name, name)!;
        const gated =
          typeof rule.rule === 'object' ||
          ['PROFILE', 'DISCUSSION', 'STORY', 'NEEDS', 'HEALTH', 'RISK', 'OFFENDING', 'CONTACT'].includes(rule.rule);
        if (!gated || rule.hidden !== undefined || !isNonNullType(field.type) || isListType(field.type.ofType)) continue;
        if (!heldBy(type.name, rule.rule)) noHiddenValue.push(`${type.name}.${name}`);
      }
    }
    expect(noHiddenValue, 'Make these nullable or give them a `hidden` value in the data map').toEqual([]);
  });

  it('opens to peer mentors only operations that exist, and no person-data change beyond notes and appointments', () => {
    const missing: string[] = [];
    const changes: string[] = [];
    for (const root of ROOTS) {
      for (const name of PEER_MENTOR_OPERATIONS[root]) {
        if (!OPERATIONS[root][name]) missing.push(`${root}.${name}`);
        const rule = OPERATIONS[root][name];
        if (root === 'Mutation' && rule?.changes?.some((c) => c !== 'NONE')) changes.push(name);
      }
    }
    expect(missing).toEqual([]);
    expect(changes.sort()).toEqual(['addTimelineNote', 'bookAppointment']);
  });

  it('counts what it classifies', () => {
    const counts = classifiedCounts();
    expect(counts.outputs).toBeGreaterThan(300);
    expect(counts.total).toBe(counts.outputs + counts.inputs + counts.operations + counts.args);
  });
});
