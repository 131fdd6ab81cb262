import { conditionsNeeded, ISA_REVIEW_WARNING_DAYS, SHARING_SECTIONS, type LawfulBasisKind, type SharingSection } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, forbidden, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { HuddleService } from '../huddle/huddle.service.js';
import type { Huddle } from '../huddle/huddle.types.js';
import { isaNotSigned } from '../huddle-membership/huddle-membership.js';
import type { IsaTermsInput, LawfulBasisInput, ReviseIsaInput, SignIsaInput } from './dto/isa.inputs.js';
import type { InformationSharingAgreement, IsaSignature, LawfulBasis } from './isa.types.js';

interface BasisRow {
  code: string;
  kind: LawfulBasisKind;
  reference: string;
  label: string;
  description: string;
  needs_schedule_1: boolean;
}

interface SignatureJson {
  version: number;
  signatory_name: string;
  signatory_role: string;
  signed_at: string;
}

interface IsaRow {
  id: string;
  title: string;
  version: number;
  purposes: string;
  article6_bases: string[];
  article9_conditions: string[];
  article10_conditions: string[];
  schedule1_conditions: string[];
  common_law_bases: string[];
  sections: SharingSection[];
  retention: string;
  past_minutes_visible_to_new_parties: boolean;
  review_on: string;
  review_due: boolean;
  revision_note: string | null;
  created_at: Date;
  revised_at: Date | null;
  parties: Array<{ id: string; name: string; kind: string; current: SignatureJson | null; latest: SignatureJson | null }>;
}

/** The columns of the ISA view: each party with its signature of the current version and its latest one. */
const ISA_SELECT = `
  i.id, i.title, i.version, i.purposes, i.article6_bases, i.article9_conditions, i.article10_conditions, i.schedule1_conditions,
  i.common_law_bases, i.sections, to_char(i.review_on, 'YYYY-MM-DD') AS review_on, i.retention, i.past_minutes_visible_to_new_parties,
  (i.review_on <= current_date + ${ISA_REVIEW_WARNING_DAYS}) AS review_due, i.revision_note, i.created_at, i.revised_at,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind,
            'current', (SELECT jsonb_build_object('version', s.version, 'signatory_name', s.signatory_name, 'signatory_role', s.signatory_role, 'signed_at', s.signed_at)
                          FROM isa_signature s WHERE s.isa_id = i.id AND s.organisation_id = o.id AND s.version = i.version),
            'latest', (SELECT jsonb_build_object('version', s.version, 'signatory_name', s.signatory_name, 'signatory_role', s.signatory_role, 'signed_at', s.signed_at)
                         FROM isa_signature s WHERE s.isa_id = i.id AND s.organisation_id = o.id ORDER BY s.version DESC LIMIT 1)
          ) ORDER BY o.name), '[]')
     FROM isa_party p JOIN organisation o ON o.id = p.organisation_id WHERE p.isa_id = i.id) AS parties`;

const KIND_COLUMNS: Record<Exclude<LawfulBasisKind, 'NOT_RECORDED'>, keyof IsaRow> = {
  ARTICLE_6: 'article6_bases',
  ARTICLE_9: 'article9_conditions',
  ARTICLE_10: 'article10_conditions',
  SCHEDULE_1: 'schedule1_conditions',
  COMMON_LAW: 'common_law_bases',
};

const toBasis = (b: BasisRow): LawfulBasis => ({
  code: b.code,
  kind: b.kind,
  reference: b.reference,
  label: b.label,
  description: b.description,
  needsSchedule1: b.needs_schedule_1,
});

const toSignature = (s: SignatureJson | null): IsaSignature | null =>
  s ? { version: s.version, signatoryName: s.signatory_name, signatoryRole: s.signatory_role, signedAt: new Date(s.signed_at) } : null;

/**
 * Information sharing agreements between organisations, the lawful bases sharing rests on, and
 * the ISA a huddle is governed by. Administrators record and revise ISAs; each party's manager
 * (or administrator) signs for their organisation; a revision is a new version that every party
 * signs again. An organisation takes part in a huddle only while it has signed the current
 * version of the huddle's ISA (`huddle_isa_signed` in SQL, asked by every membership check).
 */
export class IsaService {
  constructor(private readonly deps: { dataSource: DataSource; huddles: HuddleService }) {}

  // ------------------------------------------------------------------ lawful bases

  /** Every lawful basis and condition that can be chosen, in order. "Not recorded" is not a choice. */
  async lawfulBases(): Promise<LawfulBasis[]> {
    return (await this.basisRows(this.deps.dataSource)).filter((b) => b.kind !== 'NOT_RECORDED').map(toBasis);
  }

  private async basisRows(runner: SqlRunner): Promise<BasisRow[]> {
    return rows<BasisRow>(
      runner,
      `SELECT code, kind, reference, label, description, needs_schedule_1 FROM lawful_basis ORDER BY position`,
      [],
      {
        prepared: true,
      },
    );
  }

  /**
   * Checks the lawful basis given for an agreement to share covering these sections, and returns
   * the columns to store. Art. 6 and the common-law basis are always needed; an Art. 9 condition
   * for special category sections; an Art. 10 condition for the offending section; and a
   * Schedule 1 condition where the chosen Art. 9 or 10 condition needs one.
   */
  async checkLawfulBasis(
    runner: SqlRunner,
    sections: readonly SharingSection[],
    input: LawfulBasisInput,
  ): Promise<{
    article6: string;
    article9: string | null;
    article10: string | null;
    schedule1: string[];
    commonLaw: string;
    isaId: string | null;
  }> {
    const byCode = new Map((await this.basisRows(runner)).map((b) => [b.code, b]));
    const needed = conditionsNeeded(sections);
    const fields: Record<string, string> = {};
    const pick = (code: string | null | undefined, kind: LawfulBasisKind) => {
      const found = code ? byCode.get(code) : undefined;
      return found && found.kind === kind ? found : undefined;
    };
    const article6 = pick(input.article6, 'ARTICLE_6');
    if (!article6) fields['lawfulBasis.article6'] = 'Choose the lawful basis under Article 6.';
    const article9 = needed.article9 ? pick(input.article9, 'ARTICLE_9') : undefined;
    if (needed.article9 && !article9) fields['lawfulBasis.article9'] = 'Choose the Article 9 condition for special category information.';
    const article10 = needed.article10 ? pick(input.article10, 'ARTICLE_10') : undefined;
    if (needed.article10 && !article10)
      fields['lawfulBasis.article10'] = 'Choose the Article 10 condition for criminal offence information.';
    const schedule1 = [...new Set(input.schedule1 ?? [])];
    if (schedule1.some((c) => !pick(c, 'SCHEDULE_1'))) fields['lawfulBasis.schedule1'] = 'Choose Schedule 1 conditions from the list.';
    else if ((article9?.needs_schedule_1 || article10?.needs_schedule_1) && schedule1.length === 0)
      fields['lawfulBasis.schedule1'] = 'Choose the DPA 2018 Schedule 1 condition the chosen condition relies on.';
    const commonLaw = pick(input.commonLaw, 'COMMON_LAW');
    if (!commonLaw) fields['lawfulBasis.commonLaw'] = 'Choose the common-law basis for sharing confidential information.';
    let isaId: string | null = null;
    if (input.isaId) {
      isaId = parseId(input.isaId, 'lawfulBasis.isaId');
      const [isa] = await rows<{ id: string }>(runner, `SELECT id FROM information_sharing_agreement WHERE id = $1`, [isaId]);
      if (!isa) fields['lawfulBasis.isaId'] = 'Choose an information sharing agreement from the list.';
    }
    if (Object.keys(fields).length > 0) throw validationFailed(fields);
    return {
      article6: article6!.code,
      article9: article9?.code ?? null,
      article10: article10?.code ?? null,
      schedule1,
      commonLaw: commonLaw!.code,
      isaId,
    };
  }

  /** Every lawful basis by code, "Not recorded" included (for showing what was recorded). */
  async basesByCode(runner: SqlRunner = this.deps.dataSource): Promise<Map<string, LawfulBasis>> {
    return new Map((await this.basisRows(runner)).map((b) => [b.code, toBasis(b)]));
  }

  // ------------------------------------------------------------------ reading ISAs

  /** ISAs the viewer's organisation is party to; administrators see every ISA. */
  async list(viewer: Viewer): Promise<InformationSharingAgreement[]> {
    return this.load(
      viewer,
      this.deps.dataSource,
      `WHERE $1 = 'ADMIN' OR EXISTS (SELECT 1 FROM isa_party p WHERE p.isa_id = i.id AND p.organisation_id = $2)`,
      [viewer.role, viewer.organisationId],
    );
  }

  async get(viewer: Viewer, id: string, runner: SqlRunner = this.deps.dataSource): Promise<InformationSharingAgreement> {
    const isaId = parseId(id, 'id');
    const [isa] = await this.load(
      viewer,
      runner,
      `WHERE i.id = $3 AND ($1 = 'ADMIN' OR EXISTS (SELECT 1 FROM isa_party p WHERE p.isa_id = i.id AND p.organisation_id = $2))`,
      [viewer.role, viewer.organisationId, isaId],
    );
    if (!isa) throw new DomainError('NOT_FOUND', 'That information sharing agreement was not found.');
    return isa;
  }

  /** ISAs whose review date is within 30 days or has passed (administrators). */
  async dueForReview(viewer: Viewer): Promise<InformationSharingAgreement[]> {
    if (viewer.role !== 'ADMIN') throw forbidden('see agreements due for review');
    return this.load(viewer, this.deps.dataSource, `WHERE i.review_on <= current_date + ${ISA_REVIEW_WARNING_DAYS}`, []);
  }

  /** The ISA a huddle is governed by, as its members see it. */
  async forHuddle(viewer: Viewer, huddleId: string): Promise<InformationSharingAgreement | null> {
    const [isa] = await this.load(viewer, this.deps.dataSource, `WHERE i.id = (SELECT isa_id FROM huddle WHERE id = $1)`, [huddleId]);
    return isa ?? null;
  }

  private async load(viewer: Viewer, runner: SqlRunner, where: string, params: unknown[]): Promise<InformationSharingAgreement[]> {
    const [bases, found] = await Promise.all([
      this.basisRows(runner),
      rows<IsaRow>(runner, `SELECT ${ISA_SELECT} FROM information_sharing_agreement i ${where} ORDER BY i.title, i.id`, params),
    ]);
    const byCode = new Map(bases.map((b) => [b.code, toBasis(b)]));
    return found.map((i) => {
      const codes = Object.values(KIND_COLUMNS).flatMap((column) => i[column] as string[]);
      const parties = i.parties.map((p) => ({
        organisation: { id: p.id, name: p.name, kind: p.kind },
        currentSignature: toSignature(p.current),
        latestSignature: toSignature(p.latest),
      }));
      return {
        id: i.id,
        title: i.title,
        version: i.version,
        purposes: i.purposes,
        parties,
        lawfulBases: codes.map((c) => byCode.get(c)).filter((b): b is LawfulBasis => !!b),
        sections: SHARING_SECTIONS.filter((s) => i.sections.includes(s)),
        retention: i.retention,
        pastMinutesVisibleToNewParties: i.past_minutes_visible_to_new_parties,
        reviewOn: i.review_on,
        reviewDue: i.review_due,
        revisionNote: i.revision_note,
        createdAt: i.created_at,
        revisedAt: i.revised_at,
        awaitingMySignature: parties.some((p) => p.organisation.id === viewer.organisationId && !p.currentSignature),
        signedByAll: parties.every((p) => p.currentSignature),
      };
    });
  }

  // ------------------------------------------------------------------ recording and revising

  /** Records a new ISA (administrators). Version 1; every party then signs it. */
  async create(viewer: Viewer, input: IsaTermsInput): Promise<InformationSharingAgreement> {
    if (viewer.role !== 'ADMIN') throw forbidden('record information sharing agreements');
    return this.deps.dataSource.transaction(async (tx) => {
      const terms = await this.checkTerms(tx, input);
      const [created] = await rows<{ id: string }>(
        tx,
        `INSERT INTO information_sharing_agreement (title, purposes, article6_bases, article9_conditions, article10_conditions, schedule1_conditions,
                                                    common_law_bases, sections, retention, past_minutes_visible_to_new_parties, review_on, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [...terms.values, viewer.id],
      );
      await this.writeVersion(tx, viewer, created!.id, terms.partyIds);
      return this.get(viewer, created!.id, tx);
    });
  }

  /** Revises an ISA (administrators): a new version, which every party must sign again. */
  async revise(viewer: Viewer, input: ReviseIsaInput): Promise<InformationSharingAgreement> {
    if (viewer.role !== 'ADMIN') throw forbidden('revise information sharing agreements');
    const isaId = parseId(input.id, 'id');
    return this.deps.dataSource.transaction(async (tx) => {
      const [current] = await rows<{ version: number }>(tx, `SELECT version FROM information_sharing_agreement WHERE id = $1 FOR UPDATE`, [
        isaId,
      ]);
      if (!current) throw new DomainError('NOT_FOUND', 'That information sharing agreement was not found.');
      if (current.version !== input.version) {
        throw new DomainError(
          'VERSION_CONFLICT',
          'Someone else has revised this agreement since you opened it. Check the current version and try again.',
        );
      }
      const terms = await this.checkTerms(tx, input);
      await tx.query(
        `UPDATE information_sharing_agreement
            SET title = $2, purposes = $3, article6_bases = $4, article9_conditions = $5, article10_conditions = $6, schedule1_conditions = $7,
                common_law_bases = $8, sections = $9, retention = $10, past_minutes_visible_to_new_parties = $11, review_on = $12,
                revision_note = $13, revised_by = $14, revised_at = now(), version = version + 1
          WHERE id = $1`,
        [isaId, ...terms.values, input.revisionNote.trim(), viewer.id],
      );
      await tx.query(`DELETE FROM isa_party WHERE isa_id = $1`, [isaId]);
      await this.writeVersion(tx, viewer, isaId, terms.partyIds);
      return this.get(viewer, isaId, tx);
    });
  }

  private async writeVersion(tx: SqlRunner, viewer: Viewer, isaId: string, partyIds: string[]) {
    await rows(tx, `INSERT INTO isa_party (isa_id, organisation_id) SELECT $1, unnest($2::uuid[])`, [isaId, partyIds]);
    await rows(
      tx,
      `INSERT INTO isa_version (isa_id, version, terms, issued_by)
       SELECT i.id, i.version, to_jsonb(i) - 'id' || jsonb_build_object('parties', $2::uuid[]), $3 FROM information_sharing_agreement i WHERE i.id = $1`,
      [isaId, partyIds, viewer.id],
    );
  }

  private async checkTerms(tx: SqlRunner, input: IsaTermsInput) {
    const fields: Record<string, string> = {};
    const partyIds = [...new Set(input.partyOrganisationIds.map((id) => parseId(id, 'partyOrganisationIds')))];
    const known = await rows<{ id: string }>(tx, `SELECT id FROM organisation WHERE id = ANY ($1::uuid[]) AND active`, [partyIds]);
    if (known.length !== partyIds.length) fields.partyOrganisationIds = 'Choose active organisations only.';
    if (partyIds.length < 2) fields.partyOrganisationIds = 'Choose at least two organisations.';
    const byCode = new Map((await this.basisRows(tx)).map((b) => [b.code, b]));
    const chosen = [...new Set(input.lawfulBasisCodes)].map((c) => byCode.get(c));
    const byKind = (kind: keyof typeof KIND_COLUMNS) => chosen.filter((b) => b?.kind === kind).map((b) => b!.code);
    if (chosen.some((b) => !b || b.kind === 'NOT_RECORDED')) fields.lawfulBasisCodes = 'Choose lawful bases from the list.';
    else if (byKind('ARTICLE_6').length === 0) fields.lawfulBasisCodes = 'Choose at least one lawful basis under Article 6.';
    else if (byKind('COMMON_LAW').length === 0)
      fields.lawfulBasisCodes = 'Choose the common-law basis for sharing confidential information.';
    const needed = conditionsNeeded(input.sections);
    if (!fields.lawfulBasisCodes && needed.article9 && byKind('ARTICLE_9').length === 0)
      fields.lawfulBasisCodes = 'Choose an Article 9 condition: the parts of the record chosen include special category information.';
    if (!fields.lawfulBasisCodes && needed.article10 && byKind('ARTICLE_10').length === 0)
      fields.lawfulBasisCodes = 'Choose an Article 10 condition: the parts of the record chosen include criminal offence information.';
    const today = new Date().toISOString().slice(0, 10);
    if (input.reviewOn <= today) fields.reviewOn = 'The review date must be in the future.';
    if (Object.keys(fields).length > 0) throw validationFailed(fields);
    return {
      partyIds,
      values: [
        input.title.trim(),
        input.purposes.trim(),
        byKind('ARTICLE_6'),
        byKind('ARTICLE_9'),
        byKind('ARTICLE_10'),
        byKind('SCHEDULE_1'),
        byKind('COMMON_LAW'),
        SHARING_SECTIONS.filter((s) => input.sections.includes(s)),
        input.retention.trim(),
        input.pastMinutesVisibleToNewParties,
        input.reviewOn,
      ],
    };
  }

  // ------------------------------------------------------------------ signing

  /** Signs the current version for the viewer's organisation (its managers and administrators). */
  async sign(viewer: Viewer, input: SignIsaInput): Promise<InformationSharingAgreement> {
    if (viewer.role !== 'MANAGER' && viewer.role !== 'ADMIN') throw forbidden('sign information sharing agreements for your organisation');
    const isaId = parseId(input.id, 'id');
    return this.deps.dataSource.transaction(async (tx) => {
      const [isa] = await rows<{ version: number; party: boolean }>(
        tx,
        `SELECT i.version, EXISTS (SELECT 1 FROM isa_party p WHERE p.isa_id = i.id AND p.organisation_id = $2) AS party
           FROM information_sharing_agreement i WHERE i.id = $1 FOR SHARE`,
        [isaId, viewer.organisationId],
      );
      if (!isa || (!isa.party && viewer.role !== 'ADMIN'))
        throw new DomainError('NOT_FOUND', 'That information sharing agreement was not found.');
      if (!isa.party) throw new DomainError('FORBIDDEN', 'Your organisation is not a party to this agreement.');
      if (isa.version !== input.version) {
        throw new DomainError('VERSION_CONFLICT', `This agreement has been revised: read version ${isa.version} before you sign it.`);
      }
      const [me] = await rows<{ name: string }>(tx, `SELECT name FROM app_user WHERE id = $1`, [viewer.id]);
      const signed = await rows(
        tx,
        `INSERT INTO isa_signature (isa_id, version, organisation_id, signed_by, signatory_name, signatory_role)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (isa_id, version, organisation_id) DO NOTHING RETURNING id`,
        [isaId, isa.version, viewer.organisationId, viewer.id, me!.name, input.signatoryRole.trim()],
      );
      if (signed.length === 0) {
        throw new DomainError('VALIDATION_FAILED', 'Your organisation has already signed this version.', { fields: {} });
      }
      return this.get(viewer, isaId, tx);
    });
  }

  // ------------------------------------------------------------------ huddles

  /** A chair names the ISA a huddle works under. Member organisations that have not signed it are paused until they do. */
  async setHuddleIsa(viewer: Viewer, huddleId: string, isaId: string): Promise<InformationSharingAgreement> {
    const hid = parseId(huddleId, 'huddleId');
    const iid = parseId(isaId, 'isaId');
    return this.deps.dataSource.transaction(async (tx) => {
      const [facts] = await rows<{ found: boolean; chair: boolean; isa: boolean }>(
        tx,
        `SELECT EXISTS (SELECT 1 FROM huddle WHERE id = $1) AS found,
                EXISTS (SELECT 1 FROM huddle_chair WHERE huddle_id = $1 AND user_id = $3) AS chair,
                EXISTS (SELECT 1 FROM information_sharing_agreement WHERE id = $2) AS isa`,
        [hid, iid, viewer.id],
      );
      if (!facts!.found) throw new DomainError('NOT_FOUND', 'That huddle was not found.');
      if (!facts!.chair || viewer.role === 'ADMIN')
        throw new DomainError('FORBIDDEN', 'Only the huddle’s chairs can choose its information sharing agreement.');
      if (!facts!.isa) throw validationFailed({ isaId: 'Choose an information sharing agreement from the list.' });
      await tx.query(`UPDATE huddle SET isa_id = $2 WHERE id = $1`, [hid, iid]);
      const [isa] = await this.load(viewer, tx, `WHERE i.id = $1`, [iid]);
      return isa!;
    });
  }

  /**
   * A chair adds an organisation to a huddle. It must have signed the current version of the
   * huddle's ISA first (ISA_NOT_SIGNED otherwise).
   */
  async addHuddleMember(viewer: Viewer, huddleId: string, organisationId: string): Promise<Huddle> {
    const hid = parseId(huddleId, 'huddleId');
    const orgId = parseId(organisationId, 'organisationId');
    await this.deps.dataSource.transaction(async (tx) => {
      const m = await this.deps.huddles.requireMember(tx, viewer, hid);
      if (!m.chair) throw new DomainError('FORBIDDEN', 'Only the huddle’s chairs can add member organisations.');
      const [facts] = await rows<{ isa_id: string | null; org: string | null; member: boolean; signed: boolean }>(
        tx,
        `SELECT h.isa_id, (SELECT name FROM organisation WHERE id = $2 AND active) AS org,
                EXISTS (SELECT 1 FROM huddle_member WHERE huddle_id = h.id AND organisation_id = $2) AS member,
                huddle_isa_signed(h.id, $2) AS signed
           FROM huddle h WHERE h.id = $1 FOR UPDATE`,
        [hid, orgId],
      );
      if (!facts!.org) throw validationFailed({ organisationId: 'Choose an active organisation.' });
      if (facts!.member) throw validationFailed({ organisationId: `${facts!.org} is already a member of this huddle.` });
      if (!facts!.isa_id) {
        throw validationFailed({ organisationId: 'Choose the huddle’s information sharing agreement before adding organisations.' });
      }
      if (!facts!.signed) {
        const e = isaNotSigned();
        throw new DomainError(
          e.code,
          `${facts!.org} has not signed the current version of this huddle’s information sharing agreement, so it cannot join yet.`,
        );
      }
      await tx.query(`INSERT INTO huddle_member (huddle_id, organisation_id) VALUES ($1, $2)`, [hid, orgId]);
    });
    return this.deps.huddles.get(viewer, hid);
  }
}
