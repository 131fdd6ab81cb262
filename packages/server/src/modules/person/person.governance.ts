import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import type { PersonPolicy } from './person.policy.js';
import type { PersonService } from './person.service.js';

/**
 * Information-governance acts on a record: subject access export, restriction and erasure.
 * Each is audited; erasure leaves a tombstone in the audit trail, which holds no personal data.
 */
export class PersonGovernanceService {
  constructor(private readonly deps: { dataSource: DataSource; audit: AuditService; policy: PersonPolicy; people: PersonService }) {}

  /**
   * Everything held on a person, with its audit trail, for a subject access request. For
   * administrators, and for managers in the owning organisation.
   */
  async export(viewer: Viewer, id: string): Promise<Record<string, unknown>> {
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
      const [person] = await rows<Record<string, unknown>>(tx, `SELECT * FROM person WHERE id = $1`, [personId]);
      if (!person) throw new DomainError('NOT_FOUND', 'There is no record with that id. It may have been erased.');
      const q = (sql: string) => rows<Record<string, unknown>>(tx, sql, [personId]);
      const [needs, leads, agreements, timeline, changes, breakGlass] = await Promise.all([
        q(`SELECT domain, status, notes, version, updated_at FROM person_need WHERE person_id = $1 ORDER BY domain`),
        q(
          `SELECT o.name AS organisation, u.name AS lead_professional, l.assigned_at FROM person_lead l JOIN organisation o ON o.id = l.organisation_id JOIN app_user u ON u.id = l.user_id WHERE l.person_id = $1`,
        ),
        q(`SELECT a.id, a.sections, a.agreed_on, a.expires_on, a.notes, a.recorded_at, u.name AS recorded_by, a.withdrawn_at, a.withdrawal_reason,
                  (SELECT array_agg(o.name ORDER BY o.name) FROM organisation o WHERE o.id = ANY (a.organisation_ids)) AS organisations
             FROM sharing_agreement a JOIN app_user u ON u.id = a.recorded_by WHERE a.person_id = $1 ORDER BY a.recorded_at`),
        q(
          `SELECT t.at, t.kind, t.section, t.summary, u.name AS author FROM person_timeline t LEFT JOIN app_user u ON u.id = t.author_id WHERE t.person_id = $1 ORDER BY t.at`,
        ),
        q(
          `SELECT c.changed_at, c.part, c.before, c.after, u.name AS changed_by FROM person_change c LEFT JOIN app_user u ON u.id = c.changed_by WHERE c.person_id = $1 ORDER BY c.changed_at`,
        ),
        q(
          `SELECT b.granted_at, b.expires_at, b.reason, u.name AS user_name FROM break_glass b JOIN app_user u ON u.id = b.user_id WHERE b.person_id = $1 ORDER BY b.granted_at`,
        ),
      ]);
      const audit = await this.deps.audit.allForPerson(tx, personId);
      await this.deps.audit.record(tx, viewer, [{ action: 'EXPORT', personId, sections: ['ALL'], context: 'Subject access request' }]);
      return {
        generatedAt: new Date().toISOString(),
        generatedBy: viewer.name,
        person,
        needs,
        leadProfessionals: leads,
        sharingAgreements: agreements,
        timeline,
        changes,
        breakGlassGrants: breakGlass,
        auditTrail: audit,
      };
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
   * Erases a record and everything held with it (needs, story, timeline, change history,
   * agreements, grants). The audit trail keeps a tombstone: who erased which record id,
   * when and why.
   */
  async erase(viewer: Viewer, id: string, reason: string): Promise<boolean> {
    const personId = parseId(id, 'personId');
    return this.deps.dataSource.transaction(async (tx) => {
      const deleted = await rows(tx, `DELETE FROM person WHERE id = $1 RETURNING id`, [personId]);
      if (deleted.length === 0) throw new DomainError('NOT_FOUND', 'There is no record with that id. It may have been erased already.');
      await this.deps.audit.record(tx, viewer, [
        { action: 'ERASE', personId, tombstoneReason: reason.trim(), detail: { tombstone: true } },
      ]);
      await this.deps.people.publish(tx, viewer, { personId, part: 'RESTRICTION', version: null });
      return true;
    });
  }
}
