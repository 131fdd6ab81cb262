import { validationFailed } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks an id from the client before it reaches SQL, so a malformed one gets a typed error. */
export function parseId(value: string, field = 'id'): string {
  if (!UUID.test(value)) throw validationFailed({ [field]: `"${value.slice(0, 40)}" is not a valid id.` });
  return value.toLowerCase();
}

/** True when PostgreSQL refused a row because it broke a unique index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.code ?? e.driverError?.code;
  const name = e.constraint ?? e.driverError?.constraint;
  return code === '23505' && (!constraint || name === constraint);
}
