import type { Viewer } from '../../core/context.js';
import type { Logger } from '../../core/logger.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import type { MatchingService } from '../matching/matching.service.js';
import type { Identity } from '../matching/similarity.js';
import type { NotificationService } from '../notification/notification.service.js';
import { notifyHolders } from './access.holders.js';

/** The sections a registration check asks the holder for; the holder chooses what to grant. */
const ASKED_AT_REGISTRATION = ['STORY', 'NEEDS', 'CONTACT'] as const;

/**
 * "Already known?": when a record is registered, looks for likely matches held by other
 * organisations. For each, the holder gets an access request from the registering organisation
 * with the evidence (why the records look alike, and the new record's id). The registering user
 * hears only that a record may already exist: no name, organisation, id or score.
 *
 * Runs inside the registration's transaction, after the insert, under a savepoint: a failure is
 * logged and rolled back to the savepoint, and never stops the record being created.
 */
export class RegistrationCheck {
  constructor(
    private readonly deps: { matching: MatchingService; notifications: NotificationService; audit: AuditService; logger: Logger },
  ) {}

  /** True when a likely match is held by another organisation (and its holder has been asked). */
  async afterCreate(tx: SqlRunner, viewer: Viewer, personId: string, identity: Identity): Promise<boolean> {
    await tx.query('SAVEPOINT registration_check');
    try {
      const matches = await this.deps.matching.likelyMatches(tx, identity, { excludePersonIds: [personId] });
      const elsewhere = matches.filter((m) => m.owningOrganisationId !== viewer.organisationId);
      if (elsewhere.length === 0) {
        await tx.query('RELEASE SAVEPOINT registration_check');
        return false;
      }
      const [org] = await rows<{ name: string }>(tx, `SELECT name FROM organisation WHERE id = $1`, [viewer.organisationId]);
      for (const match of elsewhere) {
        const [created] = await rows<{ id: string }>(
          tx,
          `INSERT INTO access_request (person_id, requesting_organisation_id, requested_by, source, sections, reason, match_reason, new_person_id)
           VALUES ($1, $2, $3, 'REGISTRATION_CHECK', $4, $5, $6, $7)
           ON CONFLICT (person_id, requesting_organisation_id) WHERE status = 'PENDING' DO NOTHING RETURNING id`,
          [
            match.personId,
            viewer.organisationId,
            viewer.id,
            [...ASKED_AT_REGISTRATION],
            `${org!.name} registered someone who may be this person. Please get in touch with them.`,
            match.reason,
            personId,
          ],
        );
        if (!created) continue; // the organisation has already asked; that request stands
        await notifyHolders(
          tx,
          this.deps.notifications,
          match.personId,
          created.id,
          (name) => `${org!.name} registered someone who may be ${name} (${match.reason}). They have been told a record may exist.`,
        );
        await this.deps.audit.record(tx, viewer, [
          {
            action: 'ACCESS_REQUESTED',
            personId: match.personId,
            sections: [...ASKED_AT_REGISTRATION],
            detail: { requestId: created.id, source: 'REGISTRATION_CHECK', matchReason: match.reason, newPersonId: personId },
          },
        ]);
      }
      await tx.query('RELEASE SAVEPOINT registration_check');
      return true;
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT registration_check');
      this.deps.logger.warn({ err: error, personId }, 'The "already known?" check failed; the record was created without it');
      return false;
    }
  }
}
