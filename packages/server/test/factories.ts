import { randomBytes } from 'node:crypto';
import type { OrganisationKind, Role } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import { rows } from '../src/core/sql.js';
import { hashPassword } from '../src/modules/auth/password.js';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

export interface BuiltOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  councilArea: string;
}

/** Inserts a synthetic organisation. */
export async function buildOrganisation(
  ds: DataSource,
  overrides: Partial<Omit<BuiltOrganisation, 'id'>> & { active?: boolean } = {},
): Promise<BuiltOrganisation> {
  const org = { name: `Test Org ${unique()}`, kind: 'CHARITY' as OrganisationKind, councilArea: 'Testshire', ...overrides };
  const [row] = await rows<{ id: string }>(
    ds,
    `INSERT INTO organisation (name, kind, council_area, active) VALUES ($1, $2, $3, $4) RETURNING id`,
    [org.name, org.kind, org.councilArea, overrides.active ?? true],
  );
  return { id: row!.id, name: org.name, kind: org.kind, councilArea: org.councilArea };
}

export interface BuiltUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  password: string;
}

/** Inserts a synthetic user (with an organisation of its own unless one is given). Password: TEST_PASSWORD. */
export async function buildUser(
  ds: DataSource,
  overrides: Partial<Omit<BuiltUser, 'id' | 'password'>> & { active?: boolean } = {},
): Promise<BuiltUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const organisationId = overrides.organisationId ?? (await buildOrganisation(ds)).id;
  const id = unique();
  const user = { name: `Test User ${id}`, email: `user-${id}@example.test`, role: 'PRACTITIONER' as Role, ...overrides, organisationId };
  const [row] = await rows<{ id: string }>(
    ds,
    `INSERT INTO app_user (name, email, organisation_id, role, active, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [user.name, user.email, organisationId, user.role, overrides.active ?? true, await passwordHash],
  );
  return { id: row!.id, name: user.name, email: user.email, role: user.role, organisationId, password: TEST_PASSWORD };
}

let nhsCounter = 0;
/** A valid, unique NHS number in the 999 testing range. */
export function nextNhsNumber(): string {
  for (;;) {
    const base = `999${String(Math.floor(Math.random() * 900_000) + 100_000 + (nhsCounter++ % 7))}`;
    const sum = [...base].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${base}${check}`;
  }
}
