import type { SubjectAccessExport } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { eraseDerivedData } from './person.erasure.js';
import { buildSubjectAccessExport } from './person.export.js';
import type { PersonPolicy } from './person.policy.js';
import type { PersonService } from './person.service.js';

/**
 * Information-governance acts on a record: subject access export, restriction and erasure.
 * Each is audited; erasure leaves a tombstone in the audit trail, which holds no personal data.
 */
export class PersonGovernanceService {
  constructor(private readonly deps: { dataSource: DataSource; audit: AuditService; policy: PersonPolicy; people: PersonService }) {}

  /**
   * Everything held on a person, with its audit trail, for a subject access request: every
   * table in `PERSON_DATA_MAP` has its part. For administrators, and for managers in the
   * owning organisation.
   */
  async export(viewer: Viewer, id: string): Promise<SubjectAccessExport> {
    const personId = parseId(id, 'personId');
    return this.deps.dataSource.transaction('REPEATABLE READ', async (tx) => {
      if (viewer.role !== 'ADMIN') {
        const access = await this.deps.policy.accessTo(tx, viewer, personId);
        if (!(access.isOwner && viewer.role === 'MANAGER')) {
          throw new DomainError(
            'FORBIDDEN',
            'Subject access exports are made by administrators and by managers in the organisation that holds the record.',
          );
        }
      }
      const exported = await buildSubjectAccessExport(tx, personId, viewer.name, (id) => this.deps.audit.trailForExport(tx, id));
      if (!exported) throw new DomainError('NOT_FOUND', 'There is no record with that id. It may have been erased.');
      await this.deps.audit.record(tx, viewer, [{ action: 'EXPORT', personId, sections: ['ALL'], context: 'Subject access request' }]);
      return exported;
    });
  }

  /** Restricts processing (UK GDPR Art. 18): the record is kept but nobody can change it, and agreements are suspended. */
  async setRestricted(viewer: Viewer, id: string, restricted: boolean, reason: string): Promise<void> {
    const personId = parseId(id, 'personId');
    await this.deps.dataSource.transaction(async (tx) => {
      const updated = await rows(tx, `UPDATE person SET processing_restricted = $2, updated_at = now() WHERE id = $1 RETURNING id`, [
        personId,
        restricted,
      ]);
      if (updated.length === 0) throw new DomainError('NOT_FOUND', 'There is no record with that id.');
      await this.deps.audit.record(tx, viewer, [{ action: restricted ? 'RESTRICT' : 'UNRESTRICT', personId, purpose: reason.trim() }]);
      await this.deps.people.publish(tx, viewer, { personId, part: 'RESTRICTION', version: null });
    });
  }

  /**
   * Erases a record and everything held with it (see `PERSON_DATA_MAP`): most rows go with the
   * person by ON DELETE CASCADE; parts of rows that outlive them (an action for them in the
   * frozen minutes of another item) are taken out first. The audit trail keeps a tombstone:
   * who erased which record id, when and why. The retention job erases through here too, with
   * no viewer when the grace period ran out and nobody confirmed (`detail` says which schedule).
   */
  async erase(viewer: Viewer | null, id: string, reason: string, detail: Record<string, unknown> = {}): Promise<boolean> {
    const personId = parseId(id, 'personId');
    return this.deps.dataSource.transaction(async (tx) => {
      const [found] = await rows(tx, `SELECT id FROM person WHERE id = $1 FOR UPDATE`, [personId]);
      if (!found) throw new DomainError('NOT_FOUND', 'There is no record with that id. It may have been erased already.');
      await eraseDerivedData(tx, personId);
      await tx.query(`DELETE FROM person WHERE id = $1`, [personId]);
      await this.deps.audit.record(tx, viewer, [
        { action: 'ERASE', personId, tombstoneReason: reason.trim(), detail: { ...detail, tombstone: true } },
      ]);
      await this.deps.people.publish(tx, viewer, { personId, part: 'RESTRICTION', version: null });
      return true;
    });
  }
}
