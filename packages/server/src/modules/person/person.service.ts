import {
  checkCrn,
  checkNhsNumber,
  checkPrisonNumber,
  LIMITS,
  NEED_DOMAIN_LABELS,
  NEED_DOMAINS,
  NEED_STATUS_LABELS,
  sectionForNeed,
  sectionForSituation,
  type NeedDomain,
  type SharingSection,
  type AccommodationStatus,
  type SituationKind,
} from '@casehuddle/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, validationFailed } from '../../core/errors.js';
import { isUniqueViolation, parseId } from '../../core/ids.js';
import type { PgEventBus } from '../../core/pubsub.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { AuditContext, AuditEntry, AuditService } from '../audit/audit.service.js';
import type {
  CreatePersonInput,
  PeopleSearchInput,
  PersonProfileFields,
  PersonSituationFields,
  UpdatePersonNeedInput,
  UpdatePersonPreferencesInput,
  UpdatePersonProfileInput,
  UpdatePersonRiskInput,
  UpdatePersonSituationInput,
  UpdatePersonStoryInput,
} from './dto/person.inputs.js';
import type { PersonPart } from './person.enums.js';
import {
  assertAccess,
  assertCanEdit,
  canSee,
  noAccess,
  type AccessBasis,
  type LoadedAccess,
  type LoadedRow,
  type PersonAccess,
  type PersonPolicy,
} from './person.policy.js';
import { personRepository as repo, type AgreementRow, type NeedRow, type PersonRow, type TimelineRow } from './person.repository.js';
import { peopleSearchSql, searchIdentifier, searchName, searchRequestSql } from './person.search.js';
import type { AccessLogEntry, Person, PersonChange } from './person.types.js';
import { buildPersonView, canSeeAccessLog } from './person.view.js';
import { disclose, NO_ACCESS } from '../disclosure/gate.js';
import type { PersonChangedEvent } from './person.topics.js';

/** The top-level fields of `Person` a query asked for: only those are loaded, returned and audited as disclosed. */
export interface PersonFields {
  selected: Set<string>;
}

/** The fields that need the whole stored row (a summary needs only PERSON_SUMMARY_SELECT's columns). */
const WHOLE_RECORD_FIELDS = ['profile', 'situation', 'story', 'preferences', 'risk'];

/**
 * The fields of `Person` whose views disclose the identity section alone, whatever the viewer's
 * access (buildPersonView): a search asking only for these writes its audit rows in its own
 * statement, with SEARCH_READ_SECTIONS.
 */
const IDENTITY_ONLY_FIELDS = new Set([
  '__typename',
  'id',
  'displayName',
  'legalName',
  'preferredName',
  'pronouns',
  'lockedDown',
  'processingRestricted',
  'access',
  'owningOrganisation',
  'agenciesInvolved',
]);
const SEARCH_READ_SECTIONS = ['IDENTITY'];

export const fieldsFrom = (selected: Set<string>): PersonFields => ({ selected });

const recordRestricted = () =>
  new DomainError(
    'RECORD_RESTRICTED',
    'This record is restricted by an administrator: it is kept, but it cannot be changed while the restriction lasts.',
  );

const trimOrNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/**
 * Run when a record is registered, inside its transaction and after the insert ("already
 * known?"). It must never make the registration fail; true when a record held elsewhere may be
 * the same person.
 */
export interface RegistrationHook {
  afterCreate(
    tx: SqlRunner,
    viewer: Viewer,
    personId: string,
    identity: {
      name: string;
      dateOfBirth: string | null;
      councilArea: string | null;
      nhsNumber: string | null;
      crn: string | null;
      prisonNumber: string | null;
    },
  ): Promise<boolean>;
}

/** What registering a record answers: its id, and whether a record held elsewhere may be the same person. */
export interface Registration {
  id: string;
  possibleExistingRecord: boolean;
}

/**
 * The person record: reading (always through the policy, always audited), searching, and
 * editing one section at a time with a version check, so that nobody's words are lost.
 */
export class PersonService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      policy: PersonPolicy;
      audit: AuditService;
      bus: PgEventBus;
      registrationCheck?: RegistrationHook;
    },
  ) {}

  // ---------------------------------------------------------------- reading

  /**
   * Builds the views of several records for one viewer in a fixed number of statements,
   * writes one audit row per record disclosed, and returns them in the order asked. People
   * the viewer may not know of are left out.
   */
  async views(
    viewer: Viewer,
    ids: string[],
    fields: PersonFields,
    audit: { action: 'READ' | 'SEARCH'; purpose?: string | null; context?: AuditContext },
    runner: SqlRunner = this.deps.dataSource,
  ): Promise<Person[]> {
    const whole = WHOLE_RECORD_FIELDS.some((f) => fields.selected.has(f));
    const loaded = await this.deps.policy.loadWithAccess(runner, viewer, ids, whole ? 'all' : 'summary');
    const visible = ids.filter((id) => loaded.has(id));
    if (visible.length === 0) return [];
    const [needs, agreements, timeline] = await Promise.all([
      fields.selected.has('needs') ? repo.needs(runner, visible) : undefined,
      fields.selected.has('sharingAgreements') ? repo.agreements(runner, visible) : undefined,
      fields.selected.has('timeline') ? repo.timeline(runner, visible) : undefined,
    ]);
    const { views, entries } = this.build(viewer, visible, fields, loaded, audit, { needs, agreements, timeline });
    await this.deps.audit.record(runner, viewer, entries);
    return views;
  }

  /**
   * The views of people a larger statement has read with `peopleWithAccessSql` (as JSON), for
   * those of `ids` the viewer may know of, built exactly as `views` builds them (summaries: no
   * needs, agreements or timeline), with the audit entries `views` would write. The caller
   * writes them: the agenda does so in its own statement, and checks that its rows match these.
   */
  viewsOfLoaded(
    viewer: Viewer,
    ids: string[],
    fields: PersonFields,
    loaded: Map<string, LoadedAccess>,
    audit: { action: 'READ' | 'SEARCH'; purpose?: string | null; context?: AuditContext },
  ): { views: Person[]; entries: AuditEntry[] } {
    if (WHOLE_RECORD_FIELDS.some((f) => fields.selected.has(f))) throw new Error('Only summaries are built from rows read elsewhere.');
    return this.build(
      viewer,
      ids.filter((id) => loaded.has(id)),
      fields,
      loaded,
      audit,
      {},
    );
  }

  /** Access for rows of `peopleWithAccessSql` read as JSON (see PersonPolicy.fromJsonRows). */
  accessOfJsonRows(viewer: Viewer, found: Array<LoadedRow & { basis?: AccessBasis }>): Map<string, LoadedAccess> {
    return this.deps.policy.fromJsonRows(viewer, found);
  }

  private build(
    viewer: Viewer,
    visible: string[],
    fields: PersonFields,
    loaded: Map<string, LoadedAccess>,
    audit: { action: 'READ' | 'SEARCH'; purpose?: string | null; context?: AuditContext },
    extra: { needs?: NeedRow[]; agreements?: AgreementRow[]; timeline?: TimelineRow[] },
  ): { views: Person[]; entries: AuditEntry[] } {
    const views: Person[] = [];
    const entries: AuditEntry[] = [];
    for (const id of visible) {
      const { access, row, leads } = loaded.get(id)!;
      const { person, disclosed } = buildPersonView(viewer, access, fields.selected, {
        row,
        leads,
        needs: extra.needs?.filter((n) => n.person_id === id),
        agreements: extra.agreements?.filter((a) => a.person_id === id),
        timeline: extra.timeline?.filter((t) => t.person_id === id),
      });
      views.push(person);
      entries.push({
        action: audit.action,
        personId: id,
        sections: disclosed,
        purpose: audit.purpose,
        context: audit.context,
        breakGlass: access.basis === 'BREAK_GLASS',
      });
    }
    return { views, entries };
  }

  /** One record, or FORBIDDEN (with the offer of break-glass) when the viewer may not know of it. The refusal is audited too. */
  async get(viewer: Viewer, id: string, fields: PersonFields, purpose?: string | null): Promise<Person> {
    const personId = parseId(id, 'personId');
    const access = await this.deps.policy.accessTo(this.deps.dataSource, viewer, personId);
    if (!access.canKnow) {
      await this.deps.audit.record(this.deps.dataSource, viewer, [{ action: 'READ_DENIED', personId, purpose }]);
      await this.refuseMerged(viewer, personId);
      throw noAccess(viewer.role !== 'ADMIN');
    }
    const [person] = await this.views(viewer, [personId], fields, { action: 'READ', purpose });
    if (!person) throw noAccess();
    return person;
  }

  /**
   * A record merged into another (person.merge.ts) is known to no one; a reader who may know of
   * the record it was merged into is told which one (RECORD_MERGED with `mergedInto`), anyone else
   * gets the usual refusal.
   */
  private async refuseMerged(viewer: Viewer, personId: string): Promise<void> {
    const [row] = await rows<{ merged_into_id: string | null }>(this.deps.dataSource, `SELECT merged_into_id FROM person WHERE id = $1`, [
      personId,
    ]);
    if (!row?.merged_into_id) return;
    const kept = (await this.deps.policy.accessFor(this.deps.dataSource, viewer, [row.merged_into_id])).get(row.merged_into_id);
    if (kept?.canKnow)
      throw new DomainError('RECORD_MERGED', 'This record was merged into another record of the same person.', {
        mergedInto: row.merged_into_id,
      });
  }

  /** Search by name (typo-tolerant), date of birth or identifier, among people the viewer may know of. */
  async search(viewer: Viewer, input: PeopleSearchInput, fields: PersonFields, limit = 20): Promise<Person[]> {
    const name = searchName(input);
    const identifier = searchIdentifier(input);
    // A peer mentor knows only the few people referred to them, so an empty search lists them all.
    if (!name && !identifier && !input.dateOfBirth && viewer.role !== 'PEER_MENTOR')
      throw validationFailed({ name: 'Enter a name, date of birth or identifier to search for.' });
    if (name !== null && name.length < 2) throw validationFailed({ name: 'Enter at least 2 letters of the name.' });
    // One statement for a date of birth or an identifier: the search, the people found with
    // their access facts, and (for the fields a result list asks for) their audit rows. A name is
    // searched first, by a statement planned for its value, then the same statement is given the
    // people found. The rules for search keys are applied in SQL and checked here against the
    // policy's own decision.
    const whole = WHOLE_RECORD_FIELDS.some((f) => fields.selected.has(f));
    const auditHere = [...fields.selected].every((f) => IDENTITY_ONLY_FIELDS.has(f));
    let searched: Array<{ id: string; by_nhs: boolean }> | undefined;
    if (name !== null) {
      const search = peopleSearchSql(viewer, input, limit);
      // Planned once, generically, where every value takes the same path (a name of three
      // letters or more, see peopleSearchSql); otherwise planned for its value.
      searched = await rows<{ id: string; by_nhs: boolean }>(this.deps.dataSource, search.sql, search.params, {
        prepared: search.genericPlan,
        genericPlan: search.genericPlan,
      });
      if (searched.length === 0) return [];
    }
    const statement = searchRequestSql(viewer, input, limit, {
      columns: whole ? 'all' : 'summary',
      auditSections: auditHere ? SEARCH_READ_SECTIONS : null,
      found: searched,
    });
    const found = await rows<LoadedRow & { n: string; by_nhs: boolean; kept: boolean; basis: AccessBasis }>(
      this.deps.dataSource,
      statement.sql,
      statement.params,
      // Planning this statement for each value cost more than running it (about 4 ms against
      // 1–2 ms for a date of birth or an identifier at a million people, the same for the
      // people a name found), and every value starts from the same index. A name's own search
      // (above) is planned for its value: a generic plan was slower for typo'd names and five
      // times slower for an entry under three letters. Not for the whole row (`p.*` would fail
      // a prepared statement once a column is added).
      { prepared: !whole, genericPlan: true },
    );
    const loaded = this.deps.policy.fromRows(
      viewer,
      found.map(({ n: _n, by_nhs: _byNhs, kept: _kept, basis: _basis, ...row }) => row),
    );
    const visible: string[] = [];
    for (const r of found) {
      // A search key finds a record only for those who may see it (the data map's rules for
      // PeopleSearchInput): a date of birth needs more than the name; an NHS number the health
      // section; a prison number or CRN the offending section. Otherwise a search would confirm
      // what the viewer is not allowed to know.
      const access = loaded.get(r.id)?.access;
      const keep =
        access !== undefined &&
        (!input.dateOfBirth || access.canSeeProfile) &&
        (!identifier || canSee(access, r.by_nhs ? 'HEALTH' : 'OFFENDING'));
      if (keep !== r.kept || (access?.basis ?? 'NONE') !== r.basis)
        throw new Error('The search statement’s decision about a person differs from the policy’s.');
      if (keep) visible.push(r.id);
    }
    if (visible.length === 0) return [];
    const runner = this.deps.dataSource;
    const [needs, agreements, timeline] = await Promise.all([
      fields.selected.has('needs') ? repo.needs(runner, visible) : undefined,
      fields.selected.has('sharingAgreements') ? repo.agreements(runner, visible) : undefined,
      fields.selected.has('timeline') ? repo.timeline(runner, visible) : undefined,
    ]);
    const { views, entries } = this.build(
      viewer,
      visible,
      fields,
      loaded,
      { action: 'SEARCH', context: 'Search' },
      { needs, agreements, timeline },
    );
    if (!auditHere) {
      await this.deps.audit.record(runner, viewer, entries);
    } else if (entries.some((e) => e.sections?.length !== 1 || e.sections[0] !== SEARCH_READ_SECTIONS[0])) {
      throw new Error('The search statement’s audit rows differ from the parts of the records it shows.');
    }
    return views;
  }

  /** People the viewer is lead professional for, as summaries (audited). */
  async leadFor(viewer: Viewer): Promise<Person[]> {
    const found = await rows<{ id: string }>(
      this.deps.dataSource,
      `SELECT p.id FROM person_lead l JOIN person p ON p.id = l.person_id WHERE l.user_id = $1 ORDER BY p.legal_name LIMIT 200`,
      [viewer.id],
    );
    return this.views(
      viewer,
      found.map((r) => r.id),
      { selected: new Set(['id', 'displayName', 'legalName', 'preferredName', 'situation']) },
      { action: 'READ', context: 'My work' },
    );
  }

  /** The policy's answer for several people (for other modules' own rules, such as agenda items). */
  accessFor(viewer: Viewer, personIds: string[], runner: SqlRunner = this.deps.dataSource): Promise<Map<string, PersonAccess>> {
    return this.deps.policy.accessFor(runner, viewer, personIds);
  }

  /** The user ids of a person's lead professionals (to alert them). */
  async leadProfessionalIds(runner: SqlRunner, personId: string): Promise<string[]> {
    return (await rows<{ user_id: string }>(runner, `SELECT user_id FROM person_lead WHERE person_id = $1`, [personId])).map(
      (r) => r.user_id,
    );
  }

  /** Of these people, those due for release or discharge within `days` (for draft agendas). */
  async releasingWithin(
    personIds: string[],
    days: number,
    runner: SqlRunner = this.deps.dataSource,
  ): Promise<Array<{ id: string; release_date: string; situation_kind: SituationKind }>> {
    if (personIds.length === 0) return [];
    return rows(
      runner,
      `SELECT id, release_date, situation_kind FROM person WHERE id = ANY ($1::uuid[]) AND situation_kind IN ('CUSTODY','HOSPITAL')
          AND release_date BETWEEN current_date AND current_date + $2::int ORDER BY release_date`,
      [personIds, days],
    );
  }

  /**
   * The situation facts red flags are worked out from, for many people at once. Facts only: the
   * caller marks what it derives with the situation's section, and the gate decides who sees it.
   */
  async situationFacts(
    personIds: string[],
    runner: SqlRunner = this.deps.dataSource,
  ): Promise<
    Array<{
      id: string;
      situation_kind: SituationKind | null;
      release_date: string | null;
      accommodation_status: AccommodationStatus | null;
    }>
  > {
    if (personIds.length === 0) return [];
    return rows(
      runner,
      `SELECT id, situation_kind, release_date, accommodation_status FROM person WHERE id = ANY ($1::uuid[])`,
      [personIds],
      {
        prepared: true,
      },
    );
  }

  /** Throws unless the viewer may know of the person (to link an action or agenda item to them). */
  async requireKnown(runner: SqlRunner, viewer: Viewer, personId: string): Promise<void> {
    await this.deps.policy.require(runner, viewer, personId, 'KNOW');
  }

  /** Whether a live change may be told to this viewer: re-checked on every event. */
  async changeVisibleTo(viewer: Viewer, event: PersonChangedEvent): Promise<boolean> {
    const access = (await this.deps.policy.accessFor(this.deps.dataSource, viewer, [event.personId])).get(event.personId);
    if (!access?.canKnow) return false;
    // Events with no section (profile, leads, sharing) would tell a name-only viewer who changed what.
    return event.section ? access.sections.includes(event.section) : access.canSeeProfile;
  }

  /** "Who has seen this record?": for the person's lead professionals and the owning organisation's managers. */
  async accessLog(viewer: Viewer, id: string): Promise<AccessLogEntry[]> {
    const personId = parseId(id, 'personId');
    const access = await this.deps.policy.accessTo(this.deps.dataSource, viewer, personId);
    assertAccess(access, 'KNOW');
    if (!canSeeAccessLog(viewer, access)) {
      throw new DomainError(
        'FORBIDDEN',
        'Only the person’s lead professionals and managers in the owning organisation can see who has seen this record.',
      );
    }
    const entries = await this.deps.audit.forPerson(this.deps.dataSource, personId);
    await this.deps.audit.record(this.deps.dataSource, viewer, [{ action: 'ACCESS_LOG_READ', personId }]);
    return entries.map((e) => ({
      id: e.id,
      at: e.at,
      action: e.action,
      actorName: e.actor_name,
      actorRole: e.actor_role,
      organisationName: e.actor_organisation_name,
      sections: e.sections,
      purpose: e.purpose,
      breakGlass: e.break_glass,
    }));
  }

  // ---------------------------------------------------------------- creating

  /**
   * Runs a write that may store an identifier. When another record already holds it, the write
   * is refused without confirming the match, and the attempt is recorded in that record's audit
   * trail, so its holders can get in touch.
   */
  private async refusingDuplicates<T>(
    viewer: Viewer,
    profile: { nhs_number: string | null; crn: string | null },
    write: () => Promise<T>,
  ): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const field = duplicateField(error);
      if (!field) throw error;
      const [holder] = await rows<{ id: string }>(
        this.deps.dataSource,
        field === 'nhsNumber' ? `SELECT id FROM person WHERE nhs_number = $1` : `SELECT id FROM person WHERE crn = $1`,
        [field === 'nhsNumber' ? profile.nhs_number : profile.crn],
      );
      if (holder) {
        await this.deps.audit.record(this.deps.dataSource, viewer, [
          {
            action: 'DUPLICATE_REFUSED',
            personId: holder.id,
            sections: [field === 'nhsNumber' ? 'HEALTH' : 'OFFENDING'],
            detail: { field },
          },
        ]);
      }
      throw identifierUnusable(field);
    }
  }

  async create(viewer: Viewer, input: CreatePersonInput): Promise<Registration> {
    if (viewer.role === 'ADMIN')
      throw new DomainError('FORBIDDEN', 'Administrators manage accounts; practitioners, coordinators and managers create records.');
    const profile = normaliseProfile(input);
    const situation = input.situation ? normaliseSituation(input.situation) : null;
    return this.refusingDuplicates(viewer, profile, () =>
      this.deps.dataSource.transaction(async (tx) => {
        const [{ id: personId }] = (await rows<{ id: string }>(
          tx,
          `INSERT INTO person (owning_organisation_id, legal_name, preferred_name, pronouns, date_of_birth, council_area, nhs_number, prison_number, crn,
                               situation_kind, establishment, release_date, accommodation_status, situation_notes, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
          [
            viewer.organisationId,
            profile.legal_name,
            profile.preferred_name,
            profile.pronouns,
            profile.date_of_birth,
            profile.council_area,
            profile.nhs_number,
            profile.prison_number,
            profile.crn,
            situation?.situation_kind ?? 'COMMUNITY',
            situation?.establishment ?? null,
            situation?.release_date ?? null,
            situation?.accommodation_status ?? null,
            situation?.situation_notes ?? null,
            viewer.id,
          ],
        )) as [{ id: string }];
        await tx.query(`INSERT INTO person_need (person_id, domain, updated_by) SELECT $1, d, $2 FROM unnest($3::text[]) d`, [
          personId,
          viewer.id,
          [...NEED_DOMAINS],
        ]);
        await tx.query(`INSERT INTO person_lead (person_id, organisation_id, user_id, assigned_by) VALUES ($1, $2, $3, $3)`, [
          personId,
          viewer.organisationId,
          viewer.id,
        ]);
        await this.timeline(tx, viewer, personId, null, 'Record created');
        await this.deps.audit.record(tx, viewer, [{ action: 'CREATE', personId, sections: ['PROFILE'] }]);
        const possibleExistingRecord =
          (await this.deps.registrationCheck?.afterCreate(tx, viewer, personId, {
            name: profile.legal_name,
            dateOfBirth: profile.date_of_birth,
            councilArea: profile.council_area,
            nhsNumber: profile.nhs_number,
            crn: profile.crn,
            prisonNumber: profile.prison_number,
          })) ?? false;
        return { id: personId, possibleExistingRecord };
      }),
    );
  }

  // ---------------------------------------------------------------- editing

  async updateProfile(viewer: Viewer, input: UpdatePersonProfileInput): Promise<void> {
    const values = normaliseProfile(input.profile);
    await this.refusingDuplicates(viewer, values, () =>
      this.editPart(viewer, input.personId, input.expectedVersion, {
        part: 'PROFILE',
        versionColumn: 'profile_version',
        // Identifiers carry health and offending data, so changing the profile needs full access.
        authorise: (access) => assertCanEdit(access, 'FULL'),
        values: { ...values },
        current: (row) => ({
          legalName: row.legal_name,
          preferredName: row.preferred_name,
          pronouns: row.pronouns,
          dateOfBirth: row.date_of_birth,
          councilArea: row.council_area,
          nhsNumber: row.nhs_number,
          prisonNumber: row.prison_number,
          crn: row.crn,
          version: row.profile_version,
        }),
        timeline: () => ({ section: null, summary: 'Profile details updated' }),
      }),
    );
  }

  async updateSituation(viewer: Viewer, input: UpdatePersonSituationInput): Promise<void> {
    const values = normaliseSituation(input.situation);
    await this.editPart(viewer, input.personId, input.expectedVersion, {
      part: 'SITUATION',
      versionColumn: 'situation_version',
      // Moving someone between custody, hospital and the community touches both sections.
      authorise: (access, row) => {
        assertCanEdit(access, sectionForSituation(row.situation_kind));
        assertCanEdit(access, sectionForSituation(values.situation_kind));
      },
      values: { ...values },
      current: (row) => ({
        kind: row.situation_kind,
        establishment: row.establishment,
        releaseDate: row.release_date,
        accommodationStatus: row.accommodation_status,
        notes: row.situation_notes,
        version: row.situation_version,
      }),
      section: sectionForSituation(values.situation_kind),
      timeline: () => ({ section: sectionForSituation(values.situation_kind), summary: 'Current situation updated' }),
    });
  }

  async updateStory(viewer: Viewer, input: UpdatePersonStoryInput): Promise<void> {
    if (!input.personAgreed) {
      throw validationFailed({ personAgreed: 'Record the story only when the person has agreed to it being recorded and shared.' });
    }
    await this.editPart(viewer, input.personId, input.expectedVersion, {
      part: 'STORY',
      versionColumn: 'story_version',
      authorise: (access) => assertCanEdit(access, 'STORY'),
      values: { story: trimOrNull(input.text), story_person_agreed: true, story_recorded_by: viewer.id, story_recorded_at: new Date() },
      current: (row) => ({
        text: row.story,
        personAgreed: row.story_person_agreed,
        recordedAt: row.story_recorded_at,
        recordedBy: row.story_recorded_by_name,
        version: row.story_version,
      }),
      section: 'STORY',
      timeline: () => ({ section: 'STORY', summary: 'My story updated' }),
    });
  }

  async updatePreferences(viewer: Viewer, input: UpdatePersonPreferencesInput): Promise<void> {
    await this.editPart(viewer, input.personId, input.expectedVersion, {
      part: 'PREFERENCES',
      versionColumn: 'preferences_version',
      authorise: (access) => assertCanEdit(access, 'CONTACT'),
      values: {
        what_helps: trimOrNull(input.whatHelps),
        what_to_avoid: trimOrNull(input.whatToAvoid),
        contact_how: trimOrNull(input.contactHow),
        contact_when: trimOrNull(input.contactWhen),
        time_of_day: input.timeOfDay ?? null,
      },
      current: (row) => ({
        whatHelps: row.what_helps,
        whatToAvoid: row.what_to_avoid,
        contactHow: row.contact_how,
        contactWhen: row.contact_when,
        timeOfDay: row.time_of_day,
        version: row.preferences_version,
      }),
      section: 'CONTACT',
      timeline: () => ({ section: 'CONTACT', summary: 'Preferences and contact updated' }),
    });
  }

  async updateRisk(viewer: Viewer, input: UpdatePersonRiskInput): Promise<void> {
    await this.editPart(viewer, input.personId, input.expectedVersion, {
      part: 'RISK',
      versionColumn: 'risk_version',
      authorise: (access) => assertCanEdit(access, 'RISK'),
      values: { risk_summary: trimOrNull(input.summary), safety_plan: trimOrNull(input.safetyPlan) },
      current: (row) => ({ summary: row.risk_summary, safetyPlan: row.safety_plan, version: row.risk_version }),
      section: 'RISK',
      timeline: () => ({ section: 'RISK', summary: 'Risks and safety updated' }),
    });
  }

  /** One need at a time: two people editing different needs never conflict. */
  async updateNeed(viewer: Viewer, input: UpdatePersonNeedInput): Promise<void> {
    const personId = parseId(input.personId, 'personId');
    const section = sectionForNeed(input.domain);
    await this.deps.dataSource.transaction(async (tx) => {
      const access = await this.deps.policy.accessTo(tx, viewer, personId);
      assertCanEdit(access, section);
      if (access.processingRestricted) throw recordRestricted();
      const [current] = await rows<{ status: string; notes: string | null; version: number; updated_at: Date }>(
        tx,
        `SELECT status, notes, version, updated_at FROM person_need WHERE person_id = $1 AND domain = $2 FOR UPDATE`,
        [personId, input.domain],
      );
      if (!current) throw new DomainError('NOT_FOUND', 'That need was not found on the record.');
      const currentNeed = {
        domain: input.domain,
        status: current.status,
        notes: current.notes,
        version: current.version,
        updatedAt: current.updated_at,
      };
      if (current.version !== input.expectedVersion) throw versionConflict(currentNeed);
      const notes = trimOrNull(input.notes);
      const [saved] = await rows<{ version: number }>(
        tx,
        `UPDATE person_need SET status = $3, notes = $4, version = version + 1, updated_by = $5, updated_at = now()
          WHERE person_id = $1 AND domain = $2 AND version = $6 RETURNING version`,
        [personId, input.domain, input.status, notes, viewer.id, input.expectedVersion],
      );
      if (!saved) throw versionConflict(currentNeed);
      await this.change(
        tx,
        viewer,
        personId,
        `NEED:${input.domain}`,
        { status: current.status, notes: current.notes },
        { status: input.status, notes },
      );
      const label = NEED_DOMAIN_LABELS[input.domain];
      const summary =
        current.status === input.status
          ? `${label}: notes updated`
          : `${label}: ${NEED_STATUS_LABELS[current.status as keyof typeof NEED_STATUS_LABELS]} → ${NEED_STATUS_LABELS[input.status]}`;
      await this.timeline(tx, viewer, personId, section, summary);
      await this.deps.audit.record(tx, viewer, [
        { action: 'CHANGE', personId, sections: [section], detail: { part: 'NEED', domain: input.domain } },
      ]);
      await this.publish(tx, viewer, { personId, part: 'NEED', version: saved.version, domain: input.domain, section });
    });
  }

  /** Sets the lead professional for the user's organisation (one per organisation). */
  async setLeadProfessional(viewer: Viewer, id: string, userIdInput: string): Promise<void> {
    const personId = parseId(id, 'personId');
    const userId = parseId(userIdInput, 'userId');
    await this.deps.dataSource.transaction(async (tx) => {
      const access = await this.requireManager(tx, viewer, personId);
      void access;
      const [lead] = await rows<{ organisation_id: string; name: string; active: boolean; role: string }>(
        tx,
        `SELECT u.organisation_id, u.name, u.active AND o.active AS active, u.role FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
        [userId],
      );
      if (!lead || !lead.active || lead.role === 'ADMIN')
        throw validationFailed({ userId: 'Choose an active practitioner, coordinator or manager.' });
      await tx.query(
        `INSERT INTO person_lead (person_id, organisation_id, user_id, assigned_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (person_id, organisation_id) DO UPDATE SET user_id = EXCLUDED.user_id, assigned_by = EXCLUDED.assigned_by, assigned_at = now()`,
        [personId, lead.organisation_id, userId, viewer.id],
      );
      await this.timeline(tx, viewer, personId, null, `Lead professional set: ${lead.name}`);
      await this.deps.audit.record(tx, viewer, [{ action: 'CHANGE', personId, detail: { part: 'LEADS', userId } }]);
      await this.publish(tx, viewer, { personId, part: 'LEADS', version: null });
    });
  }

  async removeLeadProfessional(viewer: Viewer, id: string, organisationIdInput: string): Promise<void> {
    const personId = parseId(id, 'personId');
    const organisationId = parseId(organisationIdInput, 'organisationId');
    await this.deps.dataSource.transaction(async (tx) => {
      await this.requireManager(tx, viewer, personId);
      const removed = await rows(tx, `DELETE FROM person_lead WHERE person_id = $1 AND organisation_id = $2 RETURNING user_id`, [
        personId,
        organisationId,
      ]);
      if (removed.length === 0) throw new DomainError('NOT_FOUND', 'That organisation has no lead professional on this record.');
      await this.timeline(tx, viewer, personId, null, 'Lead professional removed');
      await this.deps.audit.record(tx, viewer, [{ action: 'CHANGE', personId, detail: { part: 'LEADS', organisationId } }]);
      await this.publish(tx, viewer, { personId, part: 'LEADS', version: null });
    });
  }

  /** A note on the timeline, filed under a section (so it is shared like that section) or none. */
  async addNote(viewer: Viewer, id: string, text: string, section: SharingSection | null): Promise<void> {
    const personId = parseId(id, 'personId');
    const summary = text.trim();
    if (!summary) throw validationFailed({ text: 'Enter the note.' });
    if (summary.length > LIMITS.notesMaxLength)
      throw validationFailed({ text: `Keep the note to ${LIMITS.notesMaxLength} characters or fewer.` });
    await this.deps.dataSource.transaction(async (tx) => {
      const access = await this.deps.policy.accessTo(tx, viewer, personId);
      assertCanEdit(access, section ?? 'KNOW');
      if (!section && !access.canSeeProfile) throw noAccess();
      if (access.processingRestricted) throw recordRestricted();
      await tx.query(
        `INSERT INTO person_timeline (person_id, kind, section, summary, author_id, author_organisation_id) VALUES ($1, 'NOTE', $2, $3, $4, $5)`,
        [personId, section, summary, viewer.id, viewer.organisationId],
      );
      await this.deps.audit.record(tx, viewer, [
        { action: 'CHANGE', personId, sections: section ? [section] : [], detail: { part: 'TIMELINE' } },
      ]);
      await this.publish(tx, viewer, { personId, part: 'TIMELINE', version: null, section });
    });
  }

  /** Lock down (or release) a record: others then see only the name and agencies involved. */
  async setLockdown(viewer: Viewer, id: string, lockedDown: boolean, reason: string): Promise<void> {
    const personId = parseId(id, 'personId');
    await this.deps.dataSource.transaction(async (tx) => {
      await this.requireManager(tx, viewer, personId);
      await tx.query(`UPDATE person SET locked_down = $2, updated_at = now() WHERE id = $1`, [personId, lockedDown]);
      await this.timeline(tx, viewer, personId, null, lockedDown ? 'Record locked down' : 'Record no longer locked down');
      await this.deps.audit.record(tx, viewer, [{ action: lockedDown ? 'LOCK_DOWN' : 'UNLOCK', personId, purpose: reason.trim() }]);
      await this.publish(tx, viewer, { personId, part: 'LOCKDOWN', version: null });
    });
  }

  /** Emergency access: time-limited, needs a reason, and stands out in the audit. */
  async breakGlass(viewer: Viewer, id: string, reason: string): Promise<{ personId: string; expiresAt: Date }> {
    const personId = parseId(id, 'personId');
    if (viewer.role === 'ADMIN') throw new DomainError('FORBIDDEN', 'Administrators cannot use break-glass access to records.');
    return this.deps.dataSource.transaction(async (tx) => {
      const access = await this.deps.policy.accessTo(tx, viewer, personId);
      if (access.full) throw new DomainError('VALIDATION_FAILED', 'You already have full access to this record.', { fields: {} });
      if (access.processingRestricted) throw recordRestricted();
      const [grant] = await rows<{ expires_at: Date }>(
        tx,
        `INSERT INTO break_glass (person_id, user_id, reason, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
        [personId, viewer.id, reason.trim(), LIMITS.breakGlassHours],
      );
      await this.deps.audit.record(tx, viewer, [
        { action: 'BREAK_GLASS', personId, purpose: reason.trim(), breakGlass: true, detail: { hours: LIMITS.breakGlassHours } },
      ]);
      return { personId, expiresAt: grant!.expires_at };
    });
  }

  // ---------------------------------------------------------------- the machinery

  /** Full access, not by break-glass: those who hold the record decide how it is shared. */
  private async requireManager(tx: SqlRunner, viewer: Viewer, personId: string): Promise<PersonAccess> {
    const access = await this.deps.policy.accessTo(tx, viewer, personId);
    assertAccess(access, 'FULL');
    if (access.basis === 'BREAK_GLASS')
      throw new DomainError('FORBIDDEN', 'Break-glass access lets you read the record, not change who can see it.');
    if (access.processingRestricted) throw recordRestricted();
    return access;
  }

  /**
   * The one way a section of `person` changes: lock the row, compare the version the editor
   * started from, write the new values with version + 1, and record the change (history,
   * timeline, audit, live event) in the same transaction.
   */
  private async editPart(
    viewer: Viewer,
    id: string,
    expectedVersion: number,
    spec: {
      part: PersonPart;
      versionColumn: 'profile_version' | 'situation_version' | 'story_version' | 'preferences_version' | 'risk_version';
      authorise: (access: PersonAccess, row: PersonRow) => void;
      values: Record<string, unknown>;
      current: (row: PersonRow) => Record<string, unknown>;
      section?: SharingSection;
      timeline: (row: PersonRow) => { section: SharingSection | null; summary: string };
    },
  ): Promise<void> {
    const personId = parseId(id, 'personId');
    await this.deps.dataSource.transaction(async (tx) => {
      const access = await this.deps.policy.accessTo(tx, viewer, personId);
      const [row] = await rows<PersonRow>(
        tx,
        `SELECT p.*, su.name AS story_recorded_by_name FROM person p LEFT JOIN app_user su ON su.id = p.story_recorded_by WHERE p.id = $1 FOR UPDATE OF p`,
        [personId],
      );
      if (!row) throw new DomainError('NOT_FOUND', 'There is no record with that id.');
      spec.authorise(access, row);
      if (access.processingRestricted) throw recordRestricted();
      if (row[spec.versionColumn] !== expectedVersion) throw versionConflict(spec.current(row));
      const columns = Object.keys(spec.values);
      const assignments = columns.map((c, i) => `${c} = $${i + 3}`).join(', ');
      const [saved] = await rows<{ version: number }>(
        tx,
        `UPDATE person SET ${assignments}, ${spec.versionColumn} = ${spec.versionColumn} + 1, updated_at = now()
          WHERE id = $1 AND ${spec.versionColumn} = $2 RETURNING ${spec.versionColumn} AS version`,
        [personId, expectedVersion, ...columns.map((c) => spec.values[c])],
      );
      if (!saved) throw versionConflict(spec.current(row));
      const before = Object.fromEntries(columns.map((c) => [c, (row as unknown as Record<string, unknown>)[c]]));
      await this.change(tx, viewer, personId, spec.part, before, spec.values);
      const entry = spec.timeline(row);
      await this.timeline(tx, viewer, personId, entry.section, entry.summary);
      await this.deps.audit.record(tx, viewer, [
        { action: 'CHANGE', personId, sections: spec.section ? [spec.section] : ['PROFILE'], detail: { part: spec.part } },
      ]);
      await this.publish(tx, viewer, { personId, part: spec.part, version: saved.version, section: spec.section ?? null });
    });
  }

  private async change(tx: SqlRunner, viewer: Viewer, personId: string, part: string, before: unknown, after: unknown) {
    await tx.query(`INSERT INTO person_change (person_id, part, before, after, changed_by) VALUES ($1, $2, $3, $4, $5)`, [
      personId,
      part,
      JSON.stringify(before),
      JSON.stringify(after),
      viewer.id,
    ]);
  }

  private async timeline(tx: SqlRunner, viewer: Viewer, personId: string, section: SharingSection | null, summary: string) {
    await tx.query(
      `INSERT INTO person_timeline (person_id, kind, section, summary, author_id, author_organisation_id) VALUES ($1, 'CHANGE', $2, $3, $4, $5)`,
      [personId, section, summary, viewer.id, viewer.organisationId],
    );
  }

  /** Announces a change; delivered only if the transaction commits. */
  async publish(
    tx: EntityManager | SqlRunner,
    viewer: Viewer | null,
    event: { personId: string; part: PersonPart; version: number | null; domain?: NeedDomain; section?: SharingSection | null },
  ) {
    await this.deps.bus.publish(
      'PERSON_CHANGED',
      {
        personId: event.personId,
        part: event.part,
        version: event.version,
        domain: event.domain ?? null,
        section: event.section ?? null,
        changedBy: viewer?.id ?? null,
      },
      tx as EntityManager,
    );
  }

  /** The live event as the client sees it, marked for the disclosure gate. */
  async changeFor(viewer: Viewer, event: PersonChangedEvent): Promise<PersonChange> {
    const access = (await this.deps.policy.accessFor(this.deps.dataSource, viewer, [event.personId])).get(event.personId) ?? null;
    const [user] = event.changedBy
      ? await rows<{ id: string; name: string; org_id: string; org_name: string; org_kind: string }>(
          this.deps.dataSource,
          `SELECT u.id, u.name, o.id AS org_id, o.name AS org_name, o.kind AS org_kind FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
          [event.changedBy],
        )
      : [];
    return disclose(
      {
        personId: event.personId,
        part: event.part,
        version: event.version,
        domain: event.domain,
        changedBy: user
          ? { id: user.id, name: user.name, organisation: { id: user.org_id, name: user.org_name, kind: user.org_kind } }
          : null,
      },
      { access: access ?? NO_ACCESS, section: event.section },
    );
  }

  /**
   * Audits reads of parts of records shown outside the record itself (a release plan, the
   * appointments, outcome scores): one row per person, naming the parts shown.
   */
  async auditReads(
    runner: SqlRunner,
    viewer: Viewer,
    reads: Array<{ personId: string; access: PersonAccess; sections: string[]; context: AuditContext }>,
  ): Promise<void> {
    await this.deps.audit.record(
      runner,
      viewer,
      reads.map((r) => ({
        action: 'READ',
        personId: r.personId,
        sections: r.sections,
        context: r.context,
        breakGlass: r.access.basis === 'BREAK_GLASS',
      })),
    );
  }
}

function versionConflict(current: Record<string, unknown>) {
  return new DomainError(
    'VERSION_CONFLICT',
    'Someone else saved this section while you were editing it. Check their change, then save again.',
    { current },
  );
}

/** Which identifier a unique violation is about, if it is one. */
function duplicateField(error: unknown): 'nhsNumber' | 'crn' | null {
  if (isUniqueViolation(error, 'person_nhs_number_key')) return 'nhsNumber';
  if (isUniqueViolation(error, 'person_crn_key')) return 'crn';
  return null;
}

/**
 * The refusal for an identifier another record already holds. It does not confirm the match,
 * since the viewer may not be allowed to know that number belongs to anyone.
 */
function identifierUnusable(field: 'nhsNumber' | 'crn'): DomainError {
  const message = 'This number cannot be used. If you think this person already has a record, ask your coordinator.';
  return new DomainError('VALIDATION_FAILED', message, { fields: { [field]: message } });
}

/** Checks identifiers and dates, returning column values or a VALIDATION_FAILED listing each problem. */
function normaliseProfile(input: PersonProfileFields) {
  const fields: Record<string, string> = {};
  const identifier = (value: string | null | undefined, check: typeof checkNhsNumber, field: string) => {
    const trimmed = trimOrNull(value);
    if (!trimmed) return null;
    const result = check(trimmed);
    if (result.ok) return result.value;
    fields[field] = result.message;
    return null;
  };
  const values = {
    legal_name: input.legalName.trim(),
    preferred_name: trimOrNull(input.preferredName),
    pronouns: trimOrNull(input.pronouns),
    date_of_birth: input.dateOfBirth ?? null,
    council_area: input.councilArea.trim(),
    nhs_number: identifier(input.nhsNumber, checkNhsNumber, 'nhsNumber'),
    prison_number: identifier(input.prisonNumber, checkPrisonNumber, 'prisonNumber'),
    crn: identifier(input.crn, checkCrn, 'crn'),
  };
  if (!values.legal_name) fields.legalName = 'Enter the person’s legal name.';
  if (!values.council_area) fields.councilArea = 'Enter the council area.';
  if (values.date_of_birth) {
    const today = new Date().toISOString().slice(0, 10);
    if (values.date_of_birth > today) fields.dateOfBirth = 'The date of birth must be in the past.';
    else if (values.date_of_birth < '1900-01-01') fields.dateOfBirth = 'Enter a date of birth after 1900.';
  }
  if (Object.keys(fields).length > 0) throw validationFailed(fields);
  return values;
}

function normaliseSituation(input: PersonSituationFields) {
  const fields: Record<string, string> = {};
  if (input.kind !== 'COMMUNITY' && !trimOrNull(input.establishment)) {
    fields.establishment = input.kind === 'CUSTODY' ? 'Enter the prison.' : 'Enter the hospital.';
  }
  if (input.kind === 'COMMUNITY' && input.releaseDate) fields.releaseDate = 'A release date is only for someone in custody or hospital.';
  if (Object.keys(fields).length > 0) throw validationFailed(fields);
  return {
    situation_kind: input.kind,
    establishment: input.kind === 'COMMUNITY' ? null : trimOrNull(input.establishment),
    release_date: input.kind === 'COMMUNITY' ? null : (input.releaseDate ?? null),
    accommodation_status: input.accommodationStatus ?? null,
    situation_notes: trimOrNull(input.notes),
  };
}
