import type { DataSource } from 'typeorm';
import { DomainError, notFound, validationFailed } from '../../core/errors.js';
import { isUniqueViolation, parseId } from '../../core/ids.js';
import type { PgEventBus } from '../../core/pubsub.js';
import { rows } from '../../core/sql.js';
import type { AuthService } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { CreateUserInput } from './dto/create-user.input.js';
import { User } from './user.entity.js';

/** User accounts: listing, creating, and (de)activating them. */
export class UserService {
  constructor(private readonly deps: { dataSource: DataSource; auth: AuthService; bus: PgEventBus }) {}

  list(): Promise<User[]> {
    return this.deps.dataSource.getRepository(User).find({ order: { name: 'ASC' } });
  }

  /** Active non-administrators, by name, with their organisations. */
  async directory(): Promise<Array<{ id: string; name: string; organisation: { id: string; name: string; kind: string } }>> {
    const found = await rows<{ id: string; name: string; org_id: string; org_name: string; org_kind: string }>(
      this.deps.dataSource,
      `SELECT u.id, u.name, o.id AS org_id, o.name AS org_name, o.kind AS org_kind
         FROM app_user u JOIN organisation o ON o.id = u.organisation_id
        WHERE u.active AND o.active AND u.role <> 'ADMIN' ORDER BY u.name`,
    );
    return found.map((u) => ({ id: u.id, name: u.name, organisation: { id: u.org_id, name: u.org_name, kind: u.org_kind } }));
  }

  async byId(id: string): Promise<User | null> {
    return this.deps.dataSource.getRepository(User).findOne({ where: { id } });
  }

  async create(input: CreateUserInput): Promise<User> {
    const organisationId = parseId(input.organisationId, 'organisationId');
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    return this.deps.dataSource.transaction(async (manager) => {
      const org = await manager.getRepository(Organisation).findOne({ where: { id: organisationId } });
      if (!org) throw validationFailed({ organisationId: 'Choose an organisation that exists.' });
      if (!org.active)
        throw validationFailed({ organisationId: `${org.name} is deactivated. Reactivate it first, or choose another organisation.` });
      const repo = manager.getRepository(User);
      try {
        const saved = await repo.save(repo.create({ name: input.name.trim(), email, organisationId, role: input.role, passwordHash }));
        return (await repo.findOne({ where: { id: saved.id } }))!;
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new DomainError('ALREADY_EXISTS', `A user with the email address ${email} already exists.`, {
            fields: { email: 'A user with this email address already exists.' },
          });
        }
        throw error;
      }
    });
  }

  /** Deactivation signs the user out everywhere, at once. Administrators cannot deactivate themselves. */
  async setActive(id: string, active: boolean, actorId: string): Promise<User> {
    const userId = parseId(id);
    if (!active && userId === actorId) {
      throw new DomainError('FORBIDDEN', 'You cannot deactivate your own account. Ask another administrator.');
    }
    return this.deps.dataSource.transaction(async (manager) => {
      const updated = await rows(manager, `UPDATE app_user SET active = $2, updated_at = now() WHERE id = $1 RETURNING id`, [
        userId,
        active,
      ]);
      if (updated.length === 0) throw notFound('The user');
      // Tell open windows first (NOTIFY keeps order within a transaction), then end the sessions.
      await this.deps.bus.publish('USER_CHANGED', { userId }, manager);
      if (!active) await this.deps.auth.revokeAllForUsers([userId], manager, 'ACCOUNT_DEACTIVATED');
      return manager.getRepository(User).findOneOrFail({ where: { id: userId } });
    });
  }
}
