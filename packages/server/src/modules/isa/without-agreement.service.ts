import {
  LIMITS,
  SHARING_SECTIONS,
  SHARING_WITHOUT_AGREEMENT_MAX_DAYS,
  type SharingSection,
  type SharingWithoutAgreementPurpose,
} from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { disclose, disclosureOf, NO_ACCESS } from '../disclosure/gate.js';
import { assertAccess, type PersonPolicy } from '../person/person.policy.js';
import type { PersonService } from '../person/person.service.js';
import type { ShareWithoutAgreementInput } from './dto/isa.inputs.js';
import type { SharingWithoutAgreement } from './isa.types.js';

interface GrantRow {
  id: string;
  person_id: string;
  organisation: { id: string; name: string; kind: string };
  purpose: SharingWithoutAgreementPurpose;
  schedule1: { code: string; kind: 'SCHEDULE_1'; reference: string; label: string; description: string; needs_schedule_1: boolean };
  sections: SharingSection[];
  reason: string;
  approved_by: { id: string; name: string; organisation: { id: string; name: string; kind: string } };
  approved_at: Date;
  expires_at: Date;
  active: boolean;
  reviewed_by: { id: string; name: string; organisation: { id: string; name: string; kind: string } } | null;
  reviewed_at: Date | null;
  review_note: string | null;
}

const GRANT_SELECT = `
  SELECT w.id, w.person_id, w.purpose, w.sections, w.reason, w.approved_at, w.expires_at, (w.expires_at > now()) AS active,
         w.reviewed_at, w.review_note,
         jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind) AS organisation,
         to_jsonb(b) AS schedule1,
         jsonb_build_object('id', a.id, 'name', a.name, 'organisation', jsonb_build_object('id', ao.id, 'name', ao.name, 'kind', ao.kind)) AS approved_by,
         CASE WHEN r.id IS NULL THEN NULL
              ELSE jsonb_build_object('id', r.id, 'name', r.name, 'organisation', jsonb_build_object('id', ro.id, 'name', ro.name, 'kind', ro.kind)) END AS reviewed_by
    FROM sharing_without_agreement w
    JOIN organisation o ON o.id = w.organisation_id
    JOIN lawful_basis b ON b.code = w.schedule1_condition
    JOIN app_user a ON a.id = w.approved_by JOIN organisation ao ON ao.id = a.organisation_id
    LEFT JOIN app_user r ON r.id = w.reviewed_by LEFT JOIN organisation ro ON ro.id = r.organisation_id`;

/**
 * Sharing without the person's agreement, for safeguarding or the prevention and detection of
 * crime (DPA 2018 Sch. 1 paras 18 and 10). Unlike break-glass (one user reading in an
 * emergency), this shares named sections of a record with another organisation until a date,
 * approved by a manager of the organisation that holds the record. The policy grants exactly
 * those sections until expiry; each grant is audited and waits in the owning organisation's
 * managers' list to be reviewed afterwards.
 */
export class SharingWithoutAgreementService {
  constructor(private readonly deps: { dataSource: DataSource; policy: PersonPolicy; audit: AuditService; people: PersonService }) {}

  async share(viewer: Viewer, input: ShareWithoutAgreementInput): Promise<SharingWithoutAgreement> {
    if (viewer.role !== 'MANAGER')
      throw new DomainError('FORBIDDEN', 'Only a manager of the organisation that holds the record can approve sharing without agreement.');
    const personId = parseId(input.personId, 'personId');
    const organisationId = parseId(input.organisationId, 'organisationId');
    const today = new Date().toISOString().slice(0, 10);
    const latest = new Date(Date.now() + SHARING_WITHOUT_AGREEMENT_MAX_DAYS * 86_400_000).toISOString().slice(0, 10);
    const fields: Record<string, string> = {};
    if (input.expiresOn < today) fields.expiresOn = 'The last day of sharing must be today or later.';
    if (input.expiresOn > latest)
      fields.expiresOn = `Sharing without agreement can last ${SHARING_WITHOUT_AGREEMENT_MAX_DAYS} days at most; approve it again if it is still needed.`;
    if (input.reason.length > LIMITS.notesMaxLength) fields.reason = `Keep the reason to ${LIMITS.notesMaxLength} characters or fewer.`;
    const sections = SHARING_SECTIONS.filter((s) => input.sections.includes(s));
    const id = await this.deps.dataSource.transaction(async (tx) => {
      const access = await this.deps.policy.accessTo(tx, viewer, personId);
      assertAccess(access, 'FULL');
      if (access.basis !== 'OWNER') {
        throw new DomainError(
          'FORBIDDEN',
          'Only a manager of the organisation that holds the record can approve sharing without agreement.',
        );
      }
      if (access.processingRestricted) {
        throw new DomainError(
          'RECORD_RESTRICTED',
          'This record is restricted by an administrator: its sharing cannot change while the restriction lasts.',
        );
      }
      const [checks] = await rows<{ org: boolean; condition: boolean }>(
        tx,
        `SELECT EXISTS (SELECT 1 FROM organisation WHERE id = $1 AND active) AS org,
                EXISTS (SELECT 1 FROM lawful_basis WHERE code = $2 AND kind = 'SCHEDULE_1') AS condition`,
        [organisationId, input.schedule1Condition],
      );
      if (!checks!.org) fields.organisationId = 'Choose an active organisation.';
      if (organisationId === viewer.organisationId)
        fields.organisationId = 'Choose another organisation: your own already holds the record.';
      if (!checks!.condition) fields.schedule1Condition = 'Choose the Schedule 1 condition from the list.';
      if (Object.keys(fields).length > 0) throw validationFailed(fields);
      const [created] = await rows<{ id: string }>(
        tx,
        `INSERT INTO sharing_without_agreement (person_id, organisation_id, owning_organisation_id, purpose, schedule1_condition, sections, reason,
                                                approved_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, (($9::date + 1)::timestamp AT TIME ZONE 'Europe/London')) RETURNING id`,
        [
          personId,
          organisationId,
          viewer.organisationId,
          input.purpose,
          input.schedule1Condition,
          sections,
          input.reason.trim(),
          viewer.id,
          input.expiresOn,
        ],
      );
      await this.deps.audit.record(tx, viewer, [
        {
          action: 'SHARING_WITHOUT_AGREEMENT',
          personId,
          sections,
          purpose: input.reason.trim(),
          detail: {
            grantId: created!.id,
            organisationId,
            purpose: input.purpose,
            schedule1Condition: input.schedule1Condition,
            expiresOn: input.expiresOn,
          },
        },
      ]);
      await this.deps.people.publish(tx, viewer, { personId, part: 'SHARING', version: null });
      return created!.id;
    });
    const [grant] = await this.load(viewer, `WHERE w.id = $1`, [id]);
    return grant!;
  }

  /** Sharing without agreement by the viewer's organisation, for its managers to review afterwards (unreviewed first). */
  async reviews(viewer: Viewer, includeReviewed: boolean): Promise<SharingWithoutAgreement[]> {
    if (viewer.role !== 'MANAGER') throw new DomainError('FORBIDDEN', 'Managers review sharing without agreement.');
    return this.load(
      viewer,
      `WHERE w.owning_organisation_id = $1 AND ($2 OR w.reviewed_at IS NULL) ORDER BY (w.reviewed_at IS NULL) DESC, w.approved_at DESC`,
      [viewer.organisationId, includeReviewed],
    );
  }

  async markReviewed(viewer: Viewer, id: string, note: string | null | undefined): Promise<SharingWithoutAgreement> {
    if (viewer.role !== 'MANAGER') throw new DomainError('FORBIDDEN', 'Managers review sharing without agreement.');
    const grantId = parseId(id, 'id');
    if (note && note.length > LIMITS.notesMaxLength)
      throw validationFailed({ note: `Keep the note to ${LIMITS.notesMaxLength} characters or fewer.` });
    await this.deps.dataSource.transaction(async (tx) => {
      const [grant] = await rows<{ person_id: string; owning_organisation_id: string; reviewed_at: Date | null }>(
        tx,
        `SELECT person_id, owning_organisation_id, reviewed_at FROM sharing_without_agreement WHERE id = $1 FOR UPDATE`,
        [grantId],
      );
      if (!grant || grant.owning_organisation_id !== viewer.organisationId)
        throw new DomainError('NOT_FOUND', 'That sharing was not found.');
      if (grant.reviewed_at) throw new DomainError('VALIDATION_FAILED', 'This sharing has already been reviewed.', { fields: {} });
      await tx.query(`UPDATE sharing_without_agreement SET reviewed_by = $2, reviewed_at = now(), review_note = $3 WHERE id = $1`, [
        grantId,
        viewer.id,
        note?.trim() || null,
      ]);
      await this.deps.audit.record(tx, viewer, [
        { action: 'SHARING_WITHOUT_AGREEMENT_REVIEWED', personId: grant.person_id, detail: { grantId } },
      ]);
    });
    const [grant] = await this.load(viewer, `WHERE w.id = $1`, [grantId]);
    return grant!;
  }

  /** Grants with the people they are about, as the viewer may see them (the read is audited). */
  private async load(viewer: Viewer, where: string, params: unknown[]): Promise<SharingWithoutAgreement[]> {
    const found = await rows<GrantRow>(this.deps.dataSource, `${GRANT_SELECT} ${where}`, params);
    const people = await this.deps.people.views(
      viewer,
      [...new Set(found.map((g) => g.person_id))],
      { selected: new Set(['id', 'displayName', 'legalName', 'preferredName']) },
      { action: 'READ', context: 'Sharing without agreement' },
    );
    const byId = new Map(people.map((p) => [p.id, p]));
    // Each grant is about a person: marked with the viewer's access to them, so the gate shows its details only to those who may see them.
    return found.map((g) =>
      disclose(
        {
          id: g.id,
          personId: g.person_id,
          person: byId.get(g.person_id) ?? null,
          organisation: g.organisation,
          purpose: g.purpose,
          schedule1Condition: {
            code: g.schedule1.code,
            kind: g.schedule1.kind,
            reference: g.schedule1.reference,
            label: g.schedule1.label,
            description: g.schedule1.description,
            needsSchedule1: g.schedule1.needs_schedule_1,
          },
          sections: g.sections,
          reason: g.reason,
          approvedBy: g.approved_by,
          approvedAt: g.approved_at,
          expiresAt: g.expires_at,
          active: g.active,
          reviewedBy: g.reviewed_by,
          reviewedAt: g.reviewed_at,
          reviewNote: g.review_note,
        },
        { access: disclosureOf(byId.get(g.person_id))?.access ?? NO_ACCESS },
      ),
    );
  }
}
