import { LIMITS } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { assertAccess, type PersonPolicy } from '../person/person.policy.js';
import type { IsaService } from '../isa/isa.service.js';
import type { SharingLawfulBasis } from '../isa/isa.types.js';
import type { PersonService } from '../person/person.service.js';
import type { RecordSharingAgreementInput } from './dto/record-sharing-agreement.input.js';

/**
 * Agreements to share. Public bodies do not rely on consent as their lawful basis, but they
 * record the person's agreement as practice: which organisations, which sections, until when.
 * Recording and withdrawing is for those who hold the record (owning organisation and lead
 * professionals).
 */
export class SharingService {
  constructor(
    private readonly deps: { dataSource: DataSource; policy: PersonPolicy; audit: AuditService; people: PersonService; isas: IsaService },
  ) {}

  async record(viewer: Viewer, input: RecordSharingAgreementInput): Promise<string> {
    const personId = parseId(input.personId, 'personId');
    const organisationIds = [...new Set(input.organisationIds.map((id) => parseId(id, 'organisationIds')))];
    const fields: Record<string, string> = {};
    const today = new Date().toISOString().slice(0, 10);
    if (input.agreedOn > today) fields.agreedOn = 'The date the person agreed cannot be in the future.';
    if (input.expiresOn < input.agreedOn) fields.expiresOn = 'The expiry date must be on or after the date the person agreed.';
    if (input.expiresOn < today) fields.expiresOn = 'The expiry date must be today or later.';
    if (Object.keys(fields).length > 0) throw validationFailed(fields);
    return this.deps.dataSource.transaction((tx) => this.recordIn(tx, viewer, input, personId, organisationIds));
  }

  /**
   * Records an agreement inside the caller's transaction (answering an access request does this
   * together with the answer). The viewer must hold the record; `record` has checked the dates.
   */
  async recordIn(
    tx: DataSource['manager'],
    viewer: Viewer,
    input: RecordSharingAgreementInput,
    personId = parseId(input.personId, 'personId'),
    organisationIds = [...new Set(input.organisationIds.map((id) => parseId(id, 'organisationIds')))],
  ): Promise<string> {
    await this.requireHolder(tx, viewer, personId);
    const known = await rows<{ id: string }>(tx, `SELECT id FROM organisation WHERE id = ANY ($1::uuid[]) AND active`, [organisationIds]);
    if (known.length !== organisationIds.length) throw validationFailed({ organisationIds: 'Choose active organisations only.' });
    const basis = await this.deps.isas.checkLawfulBasis(tx, input.sections, input.lawfulBasis);
    const [created] = await rows<{ id: string }>(
      tx,
      `INSERT INTO sharing_agreement (person_id, organisation_ids, sections, agreed_on, expires_on, notes, recorded_by,
                                        article6_basis, article9_condition, article10_condition, schedule1_conditions, common_law_basis, isa_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        personId,
        organisationIds,
        [...new Set(input.sections)],
        input.agreedOn,
        input.expiresOn,
        input.notes?.trim() || null,
        viewer.id,
        basis.article6,
        basis.article9,
        basis.article10,
        basis.schedule1,
        basis.commonLaw,
        basis.isaId,
      ],
    );
    await tx.query(
      `INSERT INTO person_timeline (person_id, kind, summary, author_id, author_organisation_id) VALUES ($1, 'CHANGE', $2, $3, $4)`,
      [
        personId,
        `Agreement to share recorded (${input.sections.length} section${input.sections.length === 1 ? '' : 's'}, ${organisationIds.length} organisation${organisationIds.length === 1 ? '' : 's'})`,
        viewer.id,
        viewer.organisationId,
      ],
    );
    await this.deps.audit.record(tx, viewer, [
      {
        action: 'SHARING_RECORDED',
        personId,
        sections: input.sections,
        detail: {
          agreementId: created!.id,
          organisationIds,
          article6: basis.article6,
          article9: basis.article9,
          article10: basis.article10,
        },
      },
    ]);
    await this.deps.people.publish(tx, viewer, { personId, part: 'SHARING', version: null });
    return created!.id;
  }

  async withdraw(viewer: Viewer, id: string, reason: string | null | undefined): Promise<string> {
    const agreementId = parseId(id, 'id');
    if (reason && reason.length > LIMITS.notesMaxLength) {
      throw validationFailed({ reason: `Keep the reason to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer.` });
    }
    return this.deps.dataSource.transaction(async (tx) => {
      const [agreement] = await rows<{ person_id: string; withdrawn_at: Date | null }>(
        tx,
        `SELECT person_id, withdrawn_at FROM sharing_agreement WHERE id = $1 FOR UPDATE`,
        [agreementId],
      );
      if (!agreement) throw new DomainError('NOT_FOUND', 'That agreement was not found.');
      await this.requireHolder(tx, viewer, agreement.person_id);
      if (agreement.withdrawn_at) throw new DomainError('VALIDATION_FAILED', 'This agreement has already been withdrawn.', { fields: {} });
      await tx.query(`UPDATE sharing_agreement SET withdrawn_at = now(), withdrawn_by = $2, withdrawal_reason = $3 WHERE id = $1`, [
        agreementId,
        viewer.id,
        reason?.trim() || null,
      ]);
      await tx.query(
        `INSERT INTO person_timeline (person_id, kind, summary, author_id, author_organisation_id) VALUES ($1, 'CHANGE', 'Agreement to share withdrawn', $2, $3)`,
        [agreement.person_id, viewer.id, viewer.organisationId],
      );
      await this.deps.audit.record(tx, viewer, [{ action: 'SHARING_WITHDRAWN', personId: agreement.person_id, detail: { agreementId } }]);
      await this.deps.people.publish(tx, viewer, { personId: agreement.person_id, part: 'SHARING', version: null });
      return agreement.person_id;
    });
  }

  /**
   * Ends an agreement that was recorded for a purpose that has now ended (a referral declined or
   * withdrawn), inside the caller's transaction. The caller has checked that the viewer may end
   * that purpose (either party to the referral), so the holder check does not apply. Other
   * agreements are untouched, so access they grant stays. Returns false when already withdrawn.
   */
  async endIn(tx: DataSource['manager'], viewer: Viewer, agreementId: string, reason: string): Promise<boolean> {
    const [ended] = await rows<{ person_id: string; sections: string[] }>(
      tx,
      `UPDATE sharing_agreement SET withdrawn_at = now(), withdrawn_by = $2, withdrawal_reason = $3
        WHERE id = $1 AND withdrawn_at IS NULL RETURNING person_id, sections`,
      [agreementId, viewer.id, reason.slice(0, LIMITS.notesMaxLength)],
    );
    if (!ended) return false;
    await tx.query(
      `INSERT INTO person_timeline (person_id, kind, summary, author_id, author_organisation_id) VALUES ($1, 'CHANGE', 'Agreement to share withdrawn', $2, $3)`,
      [ended.person_id, viewer.id, viewer.organisationId],
    );
    await this.deps.audit.record(tx, viewer, [
      { action: 'SHARING_WITHDRAWN', personId: ended.person_id, sections: ended.sections, detail: { agreementId, reason } },
    ]);
    await this.deps.people.publish(tx, viewer, { personId: ended.person_id, part: 'SHARING', version: null });
    return true;
  }

  /** The lawful basis recorded on agreements to share (older ones say "Not recorded"), by agreement id. */
  async lawfulBases(agreementIds: string[]): Promise<Map<string, SharingLawfulBasis>> {
    if (agreementIds.length === 0) return new Map();
    const [byCode, found] = await Promise.all([
      this.deps.isas.basesByCode(),
      rows<{
        id: string;
        article6_basis: string;
        article9_condition: string | null;
        article10_condition: string | null;
        schedule1_conditions: string[];
        common_law_basis: string;
        isa_id: string | null;
        isa_title: string | null;
      }>(
        this.deps.dataSource,
        `SELECT a.id, a.article6_basis, a.article9_condition, a.article10_condition, a.schedule1_conditions, a.common_law_basis, a.isa_id, i.title AS isa_title
           FROM sharing_agreement a LEFT JOIN information_sharing_agreement i ON i.id = a.isa_id WHERE a.id = ANY ($1::uuid[])`,
        [agreementIds],
      ),
    ]);
    const get = (code: string) => ({ ...(byCode.get(code) ?? byCode.get('NOT_RECORDED')!) });
    return new Map(
      found.map((a) => [
        a.id,
        {
          article6: get(a.article6_basis),
          article9: a.article9_condition ? get(a.article9_condition) : null,
          article10: a.article10_condition ? get(a.article10_condition) : null,
          schedule1: a.schedule1_conditions.map(get),
          commonLaw: get(a.common_law_basis),
          isaId: a.isa_id,
          isaTitle: a.isa_title,
        },
      ]),
    );
  }

  private async requireHolder(tx: DataSource['manager'], viewer: Viewer, personId: string) {
    const access = await this.deps.policy.accessTo(tx, viewer, personId);
    assertAccess(access, 'FULL');
    if (access.basis === 'BREAK_GLASS')
      throw new DomainError('FORBIDDEN', 'Break-glass access lets you read the record, not change who can see it.');
    if (access.processingRestricted) {
      throw new DomainError(
        'RECORD_RESTRICTED',
        'This record is restricted by an administrator: its sharing cannot change while the restriction lasts.',
      );
    }
  }
}
