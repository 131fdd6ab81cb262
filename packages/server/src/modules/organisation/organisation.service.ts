import type { DataSource } from 'typeorm';
import { DomainError, notFound } from '../../core/errors.js';
import { isUniqueViolation, parseId } from '../../core/ids.js';
import { rows } from '../../core/sql.js';
import type { AuthService } from '../auth/auth.service.js';
import type { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { Organisation } from './organisation.entity.js';

/** Partner organisations: listing, creating, and (de)activating them. */
export class OrganisationService {
  constructor(private readonly deps: { dataSource: DataSource; auth: AuthService }) {}

  list(): Promise<Organisation[]> {
    return this.deps.dataSource.getRepository(Organisation).find({ order: { name: 'ASC' } });
  }

  /** Active organisations, by name. */
  directory(): Promise<Array<{ id: string; name: string; kind: string }>> {
    return rows(this.deps.dataSource, `SELECT id, name, kind FROM organisation WHERE active ORDER BY name`);
  }

  async create(input: CreateOrganisationInput): Promise<Organisation> {
    const repo = this.deps.dataSource.getRepository(Organisation);
    try {
      return await repo.save(repo.create({ name: input.name.trim(), kind: input.kind, councilArea: input.councilArea.trim() }));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('ALREADY_EXISTS', `An organisation called "${input.name.trim()}" already exists.`, {
          fields: { name: 'An organisation with this name already exists.' },
        });
      }
      throw error;
    }
  }

  /**
   * Deactivating an organisation signs out all of its users at once (their sessions are
   * revoked in the same transaction), and they cannot sign in until it is reactivated.
   * Administrators cannot deactivate their own organisation, which would sign them out too.
   */
  async setActive(id: string, active: boolean, actor: { organisationId: string }): Promise<Organisation> {
    const orgId = parseId(id);
    if (!active && orgId === actor.organisationId) {
      throw new DomainError(
        'FORBIDDEN',
        'You cannot deactivate your own organisation: it would sign you out too. Ask an administrator from another organisation.',
      );
    }
    return this.deps.dataSource.transaction(async (manager) => {
      const updated = await rows(manager, `UPDATE organisation SET active = $2, updated_at = now() WHERE id = $1 RETURNING id`, [
        orgId,
        active,
      ]);
      if (updated.length === 0) throw notFound('The organisation');
      if (!active) {
        const users = await rows<{ id: string }>(manager, `SELECT id FROM app_user WHERE organisation_id = $1`, [orgId]);
        await this.deps.auth.revokeAllForUsers(
          users.map((u) => u.id),
          manager,
          'ORGANISATION_DEACTIVATED',
        );
      }
      return manager.getRepository(Organisation).findOneOrFail({ where: { id: orgId } });
    });
  }
}
