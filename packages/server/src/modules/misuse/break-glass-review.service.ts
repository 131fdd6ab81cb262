import type { BreakGlassOutcome } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, forbidden, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { disclose, NO_ACCESS } from '../disclosure/gate.js';
import type { PersonPolicy } from '../person/person.policy.js';
import type { PersonService } from '../person/person.service.js';
import type { BreakGlassGrantReview, BreakGlassRead } from './misuse.types.js';

const PERSON_FIELDS = new Set(['id', 'displayName', 'legalName', 'preferredName', 'lockedDown']);

interface GrantRow {
  id: string;
  person_id: string;
  granted_at: Date;
  expires_at: Date;
  user_name: string;
  user_organisation_name: string;
  reason: string;
  outcome: BreakGlassOutcome | null;
  note: string | null;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  reads: Array<{ at: string; action: string; sections: string[]; context: string | null }>;
}

/**
 * The review queue of break-glass grants for the managers of the organisation that owns each
 * record: who used it, on whose record, why, when, and what they read (from the audit trail),
 * with the manager's verdict recorded and audited.
 */
export class BreakGlassReviewService {
  constructor(private readonly deps: { dataSource: DataSource; audit: AuditService; people: PersonService; policy: PersonPolicy }) {}

  private requireManager(viewer: Viewer) {
    if (viewer.role !== 'MANAGER') throw forbidden('review break-glass access');
  }

  /** Grants on the viewer's organisation's records, unreviewed first, newest first. */
  async list(viewer: Viewer, reviewed: boolean | null, limit = 100, grantId: string | null = null): Promise<BreakGlassGrantReview[]> {
    this.requireManager(viewer);
    const found = await rows<GrantRow>(
      this.deps.dataSource,
      `SELECT b.id, b.person_id, b.granted_at, b.expires_at, b.reason, u.name AS user_name, uo.name AS user_organisation_name,
              r.outcome, r.note, r.reviewed_at, ru.name AS reviewed_by,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('at', a.at, 'action', a.action, 'sections', a.sections, 'context', a.purpose) ORDER BY a.at), '[]')
                 FROM audit_event a
                WHERE a.person_id = b.person_id AND a.actor_id = b.user_id AND a.break_glass
                  AND a.action IN ('READ', 'SEARCH', 'EXPORT') AND a.at >= b.granted_at AND a.at <= b.expires_at) AS reads
         FROM break_glass b
         JOIN person p ON p.id = b.person_id
         JOIN app_user u ON u.id = b.user_id JOIN organisation uo ON uo.id = u.organisation_id
         LEFT JOIN break_glass_review r ON r.grant_id = b.id LEFT JOIN app_user ru ON ru.id = r.reviewer_id
        WHERE p.owning_organisation_id = $1 AND ($2::boolean IS NULL OR (r.grant_id IS NOT NULL) = $2) AND ($4::uuid IS NULL OR b.id = $4)
        ORDER BY (r.grant_id IS NOT NULL), b.granted_at DESC
        LIMIT $3`,
      [viewer.organisationId, reviewed, limit, grantId],
    );
    return this.build(viewer, found);
  }

  private async build(viewer: Viewer, found: GrantRow[]): Promise<BreakGlassGrantReview[]> {
    const personIds = [...new Set(found.map((g) => g.person_id))];
    const [access, people] = await Promise.all([
      this.deps.policy.accessFor(this.deps.dataSource, viewer, personIds),
      this.deps.people.views(viewer, personIds, { selected: PERSON_FIELDS }, { action: 'READ', context: 'Break-glass review' }),
    ]);
    const byId = new Map(people.map((p) => [p.id, p]));
    return found.map((g) =>
      disclose(
        {
          id: g.id,
          grantedAt: g.granted_at,
          expiresAt: g.expires_at,
          userName: g.user_name,
          userOrganisationName: g.user_organisation_name,
          person: byId.get(g.person_id) ?? null,
          reason: g.reason,
          reads: g.reads.map((r): BreakGlassRead => ({ at: new Date(r.at), action: r.action, sections: r.sections, context: r.context })),
          outcome: g.outcome,
          reviewNote: g.note,
          reviewedAt: g.reviewed_at,
          reviewedBy: g.reviewed_by,
        },
        { access: access.get(g.person_id) ?? NO_ACCESS },
      ),
    );
  }

  /** Records a manager's verdict on one grant, once, and audits it against the record. */
  async review(
    viewer: Viewer,
    input: { grantId: string; outcome: BreakGlassOutcome; note?: string | null },
  ): Promise<BreakGlassGrantReview> {
    this.requireManager(viewer);
    const grantId = parseId(input.grantId, 'grantId');
    const note = input.note?.trim() || null;
    if (input.outcome === 'INAPPROPRIATE' && !note) throw validationFailed({ note: 'Enter what was inappropriate and what happens next.' });
    await this.deps.dataSource.transaction(async (tx) => {
      const [grant] = await rows<{ person_id: string; reviewed: boolean }>(
        tx,
        `SELECT b.person_id, EXISTS (SELECT 1 FROM break_glass_review r WHERE r.grant_id = b.id) AS reviewed
           FROM break_glass b JOIN person p ON p.id = b.person_id
          WHERE b.id = $1 AND p.owning_organisation_id = $2 FOR UPDATE OF b`,
        [grantId, viewer.organisationId],
      );
      // A grant on another organisation's record is answered as if it did not exist.
      if (!grant) throw new DomainError('NOT_FOUND', 'The break-glass grant was not found.');
      if (grant.reviewed) throw new DomainError('ALREADY_EXISTS', 'This break-glass grant has already been reviewed.');
      await tx.query(`INSERT INTO break_glass_review (grant_id, reviewer_id, outcome, note) VALUES ($1, $2, $3, $4)`, [
        grantId,
        viewer.id,
        input.outcome,
        note,
      ]);
      await this.deps.audit.record(tx, viewer, [
        { action: 'BREAK_GLASS_REVIEWED', personId: grant.person_id, purpose: note, detail: { grantId, outcome: input.outcome } },
      ]);
    });
    const [reviewed] = await this.list(viewer, true, 1, grantId);
    return reviewed!;
  }
}
