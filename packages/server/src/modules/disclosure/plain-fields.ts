import { getMetadataStorage } from 'type-graphql';

/**
 * Whether type-graphql's resolver for `typeName.fieldName` only reads the property of the same
 * name: a plain `@Field` on an `@ObjectType` class (or a class it extends), with no field
 * resolver, no `@Authorized` roles and no middleware. Such a resolver can be dropped, so that a
 * compiled executor reads the property inline instead of calling a resolver for each field.
 * Anything it cannot tell for certain answers false, and the resolver stays.
 */
export function isPlainProperty(typeName: string, fieldName: string): boolean {
  const storage = getMetadataStorage();
  const declared = storage.objectTypes.filter((o) => o.name === typeName);
  if (declared.length !== 1) return false;
  // The class and those it extends (type-graphql keys its metadata by class).
  const chain: unknown[] = [];
  for (let c: unknown = declared[0]!.target; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    chain.push(c);
  }
  const field = chain.map((c) => storage.fields.find((f) => f.target === c && f.schemaName === fieldName)).find(Boolean);
  if (!field || field.name !== fieldName || field.roles?.length || field.middlewares?.length) return false;
  const on = (target: unknown) => chain.includes(target);
  if (storage.authorizedFields.some((a) => on(a.target) && a.fieldName === field.name)) return false;
  if (storage.middlewares.some((m) => on(m.target) && m.fieldName === field.name)) return false;
  if (storage.resolverMiddlewares.some((m) => on(m.target))) return false;
  return !storage.fieldResolvers.some((r) => {
    if (r.methodName !== fieldName && r.schemaName !== fieldName) return false;
    const objectType = r.getObjectType?.();
    return objectType === undefined || on(objectType);
  });
}
