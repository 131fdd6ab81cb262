/** Turns a list of string values (from @casehuddle/shared) into the object type-graphql's registerEnumType wants. */
export const asEnum = <T extends readonly string[]>(values: T) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
