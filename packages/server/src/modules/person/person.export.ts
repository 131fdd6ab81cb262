import type {
  SarAction,
  SarAgendaItem,
  SarAppointment,
  SarAssessment,
  SarAuditEntry,
  SarBreakGlass,
  SarCaseloadEntry,
  SarChange,
  SarLeadProfessional,
  SarMinutesItem,
  SarNeed,
  SarNotification,
  SarReleasePlan,
  SarRetentionReview,
  SarRightsRequest,
  SarServiceUse,
  SarSharingAgreement,
  SarTimelineEntry,
  SubjectAccessExport,
  SubjectAccessPart,
  SubjectAccessRecord,
  SarMergedRecord,
  SarReferral,
} from '@casehuddle/shared';
import { rows, type SqlRunner } from '../../core/sql.js';

/**
 * How erasure deals with a table's rows about the person:
 * - `DELETED`: removed with the person (ON DELETE CASCADE from `person`, directly or through a parent row);
 * - `SCRUBBED`: the row outlives the person, and the erasure removes the parts derived from them;
 * - `KEPT`: the audit trail, which holds only the record's id, fixed labels and who acted.
 */
export type ErasureRule = 'DELETED' | 'SCRUBBED' | 'KEPT';

/**
 * The data map for subject access and erasure: every table that holds data about a person,
 * the part of the export that answers for it, and what erasure does to it. A test compares
 * this map with the live database catalogue (foreign keys to `person`, columns named
 * `person_id` or `person_ids`, tables hanging off those by ON DELETE CASCADE, and JSON that
 * holds a person's id), so a new table about people fails the build until it is listed here.
 */
export const PERSON_DATA_MAP: Record<string, { parts: SubjectAccessPart[]; erasure: ErasureRule }> = {
  person: { parts: ['person', 'story', 'preferences', 'situation', 'risk'], erasure: 'DELETED' },
  person_need: { parts: ['needs'], erasure: 'DELETED' },
  person_lead: { parts: ['leadProfessionals'], erasure: 'DELETED' },
  sharing_agreement: { parts: ['sharingAgreements'], erasure: 'DELETED' },
  break_glass: { parts: ['breakGlassGrants'], erasure: 'DELETED' },
  break_glass_review: { parts: ['breakGlassGrants'], erasure: 'DELETED' },
  person_timeline: { parts: ['timeline'], erasure: 'DELETED' },
  person_change: { parts: ['changes'], erasure: 'DELETED' },
  audit_event: { parts: ['auditTrail'], erasure: 'KEPT' },
  audit_note: { parts: ['auditTrail', 'breakGlassGrants'], erasure: 'DELETED' },
  action: { parts: ['actions'], erasure: 'DELETED' },
  action_history: { parts: ['actions'], erasure: 'DELETED' },
  action_comment: { parts: ['actions'], erasure: 'DELETED' },
  notification: { parts: ['notifications'], erasure: 'DELETED' },
  caseload_entry: { parts: ['caseloads'], erasure: 'DELETED' },
  agenda_item: { parts: ['meetingNotes'], erasure: 'DELETED' },
  // The typing history of an item's shared notes and decisions: exported as the text it makes (in the item), deleted with the item.
  agenda_text_update: { parts: ['meetingNotes'], erasure: 'DELETED' },
  // Items about the person go with them; an action for them agreed at another item is taken out of that item's copy.
  meeting_minutes_item: { parts: ['minutes'], erasure: 'SCRUBBED' },
  release_plan: { parts: ['releasePlan'], erasure: 'DELETED' },
  release_plan_item: { parts: ['releasePlan'], erasure: 'DELETED' },
  appointment: { parts: ['appointments'], erasure: 'DELETED' },
  assessment: { parts: ['outcomes'], erasure: 'DELETED' },
  assessment_score: { parts: ['outcomes'], erasure: 'DELETED' },
  service_use: { parts: ['serviceUse'], erasure: 'DELETED' },
  // Corrections to an item of frozen minutes: exported with the item, deleted with it.
  minutes_correction: { parts: ['minutes'], erasure: 'DELETED' },
  rights_request: { parts: ['rightsRequests'], erasure: 'DELETED' },
  // The record's place on the retention review list; it goes with whatever it names.
  retention_review: { parts: ['retention'], erasure: 'DELETED' },
  // Sharing without agreement: each is in the audit trail (sections, organisation, and the reason as the act's purpose).
  sharing_without_agreement: { parts: ['auditTrail'], erasure: 'DELETED' },
  // Access requests: each request and answer is in the audit trail (sections, organisation, match evidence), and a grant is a sharing agreement.
  access_request: { parts: ['auditTrail', 'sharingAgreements'], erasure: 'DELETED' },
  // Referrals about the person (consent, message, answer) and each step on them; the sharing each granted is a sharing agreement.
  referral: { parts: ['referrals', 'sharingAgreements'], erasure: 'DELETED' },
  referral_event: { parts: ['referrals'], erasure: 'DELETED' },
  // Merges of duplicate records (the log to undo them) and pairs dismissed as not the same person: each act is in the audit trail.
  // A merge's kept record exports the merged record in full under mergedRecords.
  person_merge: { parts: ['auditTrail', 'mergedRecords'], erasure: 'DELETED' },
  duplicate_dismissal: { parts: ['auditTrail'], erasure: 'DELETED' },
  // The name as searched, once per organisation that may know of the person (kept by triggers for name search): exported as the record's name.
  person_search_key: { parts: ['person'], erasure: 'DELETED' },
};

const iso = (value: Date | string | null | undefined): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : value;
const isoOf = (value: Date | string): string => iso(value)!;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Everything held on one person, read inside the caller's (repeatable read) transaction.
 * Users and organisations are named rather than referred to by id. Records merged into this one
 * are exported with it, each in full (`mergedRecords`), so that nothing left under a duplicate's
 * id after a merge is missed.
 */
export async function buildSubjectAccessExport(
  tx: SqlRunner,
  personId: string,
  generatedBy: string,
  auditTrailOf: (personId: string) => Promise<SarAuditEntry[]>,
): Promise<SubjectAccessExport | null> {
  const record = await buildRecord(tx, personId, auditTrailOf, new Set());
  if (!record) return null;
  return { format: 'casehuddle-subject-access/3', generatedAt: new Date().toISOString(), generatedBy, ...record };
}

/**
 * The duplicate records merged into `personId` (merges not undone), oldest first, each with
 * everything still held under it (and, in turn, the records merged into it).
 */
async function mergedInto(
  tx: SqlRunner,
  personId: string,
  auditTrailOf: (personId: string) => Promise<SarAuditEntry[]>,
  seen: Set<string>,
): Promise<SarMergedRecord[]> {
  const merges = await rows<{ merged_person_id: string; merged_at: Date; merged_by: string | null; organisation: string }>(
    tx,
    `SELECT m.merged_person_id, m.merged_at, u.name AS merged_by, o.name AS organisation
       FROM person_merge m LEFT JOIN app_user u ON u.id = m.merged_by JOIN organisation o ON o.id = m.organisation_id
      WHERE m.kept_person_id = $1 AND m.undone_at IS NULL ORDER BY m.merged_at, m.id`,
    [personId],
  );
  const out: SarMergedRecord[] = [];
  for (const m of merges) {
    const record = await buildRecord(tx, m.merged_person_id, auditTrailOf, seen);
    if (record) out.push({ mergedAt: isoOf(m.merged_at), mergedBy: m.merged_by, organisation: m.organisation, record });
  }
  return out;
}

async function buildRecord(
  tx: SqlRunner,
  personId: string,
  auditTrailOf: (personId: string) => Promise<SarAuditEntry[]>,
  seen: Set<string>,
): Promise<SubjectAccessRecord | null> {
  if (seen.has(personId)) return null;
  seen.add(personId);
  const q = <T>(sql: string) => rows<T>(tx, sql, [personId]);
  const [person] = await q<{
    id: string;
    legal_name: string;
    preferred_name: string | null;
    pronouns: string | null;
    date_of_birth: string | null;
    council_area: string;
    nhs_number: string | null;
    prison_number: string | null;
    crn: string | null;
    owning_organisation: string;
    locked_down: boolean;
    processing_restricted: boolean;
    created_at: Date;
    created_by: string | null;
    updated_at: Date;
    story: string | null;
    story_person_agreed: boolean;
    story_recorded_by: string | null;
    story_recorded_at: Date | null;
    what_helps: string | null;
    what_to_avoid: string | null;
    contact_how: string | null;
    contact_when: string | null;
    time_of_day: string | null;
    situation_kind: string;
    establishment: string | null;
    release_date: string | null;
    accommodation_status: string | null;
    situation_notes: string | null;
    risk_summary: string | null;
    safety_plan: string | null;
  }>(
    `SELECT p.id, p.legal_name, p.preferred_name, p.pronouns, p.date_of_birth, p.council_area, p.nhs_number, p.prison_number, p.crn,
            o.name AS owning_organisation, p.locked_down, p.processing_restricted, p.created_at, cb.name AS created_by, p.updated_at,
            p.story, p.story_person_agreed, sr.name AS story_recorded_by, p.story_recorded_at,
            p.what_helps, p.what_to_avoid, p.contact_how, p.contact_when, p.time_of_day,
            p.situation_kind, p.establishment, p.release_date, p.accommodation_status, p.situation_notes, p.risk_summary, p.safety_plan
       FROM person p JOIN organisation o ON o.id = p.owning_organisation_id
       LEFT JOIN app_user cb ON cb.id = p.created_by LEFT JOIN app_user sr ON sr.id = p.story_recorded_by
      WHERE p.id = $1`,
  );
  if (!person) return null;

  const [
    needs,
    leads,
    agreements,
    timeline,
    changes,
    appointments,
    plans,
    assessments,
    serviceUse,
    actions,
    caseloads,
    meetingNotes,
    minutes,
    notifications,
    breakGlass,
    rightsRequests,
    retention,
  ] = await inOrder([
    () =>
      q<{ domain: string; status: string; notes: string | null; updated_at: Date; updated_by: string | null }>(
        `SELECT n.domain, n.status, n.notes, n.updated_at, u.name AS updated_by
         FROM person_need n LEFT JOIN app_user u ON u.id = n.updated_by WHERE n.person_id = $1 ORDER BY n.domain`,
      ),
    () =>
      q<{ organisation: string; name: string; assigned_at: Date }>(
        `SELECT o.name AS organisation, u.name, l.assigned_at
         FROM person_lead l JOIN organisation o ON o.id = l.organisation_id JOIN app_user u ON u.id = l.user_id
        WHERE l.person_id = $1 ORDER BY o.name`,
      ),
    () =>
      q<{
        organisations: string[] | null;
        sections: string[];
        agreed_on: string;
        expires_on: string;
        notes: string | null;
        recorded_by: string;
        recorded_at: Date;
        withdrawn_at: Date | null;
        withdrawn_by: string | null;
        withdrawal_reason: string | null;
      }>(
        `SELECT (SELECT array_agg(o.name ORDER BY o.name) FROM organisation o WHERE o.id = ANY (a.organisation_ids)) AS organisations,
              a.sections, a.agreed_on, a.expires_on, a.notes, r.name AS recorded_by, a.recorded_at, a.withdrawn_at, w.name AS withdrawn_by, a.withdrawal_reason
         FROM sharing_agreement a JOIN app_user r ON r.id = a.recorded_by LEFT JOIN app_user w ON w.id = a.withdrawn_by
        WHERE a.person_id = $1 ORDER BY a.recorded_at`,
      ),
    () =>
      q<{ at: Date; kind: string; section: string | null; summary: string; author: string | null; author_organisation: string | null }>(
        `SELECT t.at, t.kind, t.section, t.summary, u.name AS author, o.name AS author_organisation
         FROM person_timeline t LEFT JOIN app_user u ON u.id = t.author_id LEFT JOIN organisation o ON o.id = t.author_organisation_id
        WHERE t.person_id = $1 ORDER BY t.at, t.id`,
      ),
    () =>
      q<{ changed_at: Date; part: string; before: unknown; after: unknown; changed_by: string | null }>(
        `SELECT c.changed_at, c.part, c.before, c.after, u.name AS changed_by
         FROM person_change c LEFT JOIN app_user u ON u.id = c.changed_by WHERE c.person_id = $1 ORDER BY c.changed_at, c.id`,
      ),
    () =>
      q<{
        on_date: string;
        time_window: string;
        start_time: string | null;
        end_time: string | null;
        organisation: string;
        purpose: string;
        location: string | null;
        town: string | null;
        status: string;
        first_probation: boolean;
        booked_by: string | null;
        created_at: Date;
      }>(
        `SELECT a.on_date, a.time_window, to_char(a.start_time, 'HH24:MI') AS start_time, to_char(a.end_time, 'HH24:MI') AS end_time,
              o.name AS organisation, a.purpose, a.location, a.town, a.status, a.first_probation, u.name AS booked_by, a.created_at
         FROM appointment a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN app_user u ON u.id = a.created_by
        WHERE a.person_id = $1 ORDER BY a.on_date, a.start_time NULLS FIRST, a.created_at`,
      ),
    () =>
      q<{
        establishment_town: string | null;
        release_time: string | null;
        destination_council_area: string;
        created_by: string | null;
        created_at: Date;
        updated_at: Date;
        items: Array<Record<string, unknown>>;
      }>(
        `SELECT r.establishment_town, to_char(r.release_time, 'HH24:MI') AS release_time, r.destination_council_area, u.name AS created_by, r.created_at, r.updated_at,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('item', i.item, 'status', i.status, 'onDate', i.on_date, 'detail', i.detail,
                        'council', i.council, 'outcome', i.outcome, 'organisation', o.name, 'updatedBy', iu.name, 'updatedAt', i.updated_at)
                        ORDER BY array_position(ARRAY['DUTY_TO_REFER','ACCOMMODATION','UNIVERSAL_CREDIT','ID','BANK_ACCOUNT','GP_REGISTRATION','PRESCRIPTIONS','FIRST_PROBATION_APPOINTMENT','TRAVEL'], i.item)), '[]')
                 FROM release_plan_item i LEFT JOIN organisation o ON o.id = i.owning_organisation_id LEFT JOIN app_user iu ON iu.id = i.updated_by
                WHERE i.person_id = r.person_id) AS items
         FROM release_plan r LEFT JOIN app_user u ON u.id = r.created_by WHERE r.person_id = $1`,
      ),
    () =>
      q<{
        measure: string;
        acknowledgement: string | null;
        assessed_on: string;
        assessed_by: string;
        total: number;
        max_total: number;
        notes: string | null;
        scores: SarAssessment['scores'];
      }>(
        `SELECT m.name AS measure, m.acknowledgement, a.assessed_on, u.name AS assessed_by, a.total, a.notes,
              (SELECT sum(d.max_score * d.weight)::int FROM outcome_domain d WHERE d.measure_id = m.id) AS max_total,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('domain', s.domain_key, 'label', coalesce(d.label, s.domain_key), 'score', s.score,
                        'max', d.max_score, 'weight', d.weight) ORDER BY d.position), '[]')
                 FROM assessment_score s LEFT JOIN outcome_domain d ON d.measure_id = a.measure_id AND d.key = s.domain_key
                WHERE s.assessment_id = a.id) AS scores
         FROM assessment a JOIN outcome_measure m ON m.id = a.measure_id JOIN app_user u ON u.id = a.assessed_by
        WHERE a.person_id = $1 ORDER BY a.assessed_on, a.created_at`,
      ),
    () =>
      q<{
        quarter_start: string;
        evictions: number;
        arrests: number;
        nights_in_prison: number;
        ae_attendances: number;
        mh_inpatient_days: number;
        recorded_by: string | null;
        recorded_at: Date;
      }>(
        `SELECT s.quarter_start, s.evictions, s.arrests, s.nights_in_prison, s.ae_attendances, s.mh_inpatient_days, u.name AS recorded_by, s.recorded_at
         FROM service_use s LEFT JOIN app_user u ON u.id = s.recorded_by WHERE s.person_id = $1 ORDER BY s.quarter_start`,
      ),
    () =>
      q<{
        title: string;
        detail: string | null;
        status: string;
        status_reason: string | null;
        due_date: string;
        due_window: string | null;
        owner: string;
        organisation: string;
        created_by: string;
        created_at: Date;
        completed_at: Date | null;
        huddle: string | null;
        meeting_starts_at: Date | null;
        comments: SarAction['comments'];
        history: SarAction['history'];
      }>(
        `SELECT a.title, a.detail, a.status, a.status_reason, a.due_date, a.due_window, ou.name AS owner, oo.name AS organisation,
              cu.name AS created_by, a.created_at, a.completed_at, h.name AS huddle, m.starts_at AS meeting_starts_at,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('at', c.created_at, 'author', u.name, 'body', c.body) ORDER BY c.created_at, c.id), '[]')
                 FROM action_comment c JOIN app_user u ON u.id = c.author_id WHERE c.action_id = a.id) AS comments,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('at', x.at, 'actor', u.name, 'field', x.field, 'from', x.from_value, 'to', x.to_value) ORDER BY x.at, x.id), '[]')
                 FROM action_history x LEFT JOIN app_user u ON u.id = x.actor_id WHERE x.action_id = a.id) AS history
         FROM action a JOIN app_user ou ON ou.id = a.owner_user_id JOIN organisation oo ON oo.id = a.owner_organisation_id
         JOIN app_user cu ON cu.id = a.created_by LEFT JOIN huddle h ON h.id = a.huddle_id LEFT JOIN meeting m ON m.id = a.meeting_id
        WHERE a.person_id = $1 ORDER BY a.created_at, a.id`,
      ),
    () =>
      q<{
        huddle: string;
        council_area: string;
        referring_organisation: string;
        offer_of_help: string;
        coordinator: string;
        added_on: string;
        removed_on: string | null;
      }>(
        `SELECT h.name AS huddle, h.council_area, o.name AS referring_organisation, c.offer_of_help, u.name AS coordinator, c.added_on, c.removed_on
         FROM caseload_entry c JOIN huddle h ON h.id = c.huddle_id JOIN organisation o ON o.id = c.referring_organisation_id
         JOIN app_user u ON u.id = c.coordinator_id
        WHERE c.person_id = $1 ORDER BY c.added_on, h.name`,
      ),
    // The live agenda; once a meeting closes, its frozen minutes answer instead.
    () =>
      q<{
        huddle: string;
        starts_at: Date;
        status: string;
        kind: string;
        title: string;
        reason: string | null;
        notes: string;
        decisions: string;
        system_barrier: boolean;
        discussed: boolean;
      }>(
        `SELECT h.name AS huddle, m.starts_at, m.status, i.kind, i.title, i.reason, i.notes, i.decisions, i.system_barrier, i.discussed
         FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN huddle h ON h.id = m.huddle_id
        WHERE i.person_id = $1 AND NOT EXISTS (SELECT 1 FROM meeting_minutes_item mi WHERE mi.meeting_id = i.meeting_id AND mi.item_id = i.id)
        ORDER BY m.starts_at, i.position`,
      ),
    () =>
      q<{
        huddle: string;
        starts_at: Date;
        frozen_at: Date;
        kind: string;
        title: string;
        about_person: boolean;
        reason: string | null;
        notes: string | null;
        decisions: string | null;
        system_barrier: boolean;
        discussed: boolean;
        actions: Array<{ title: string; status: string; owner: string; organisation: string; dueDate: string }>;
        corrections: Array<{ addedAt: string; addedBy: string; text: string; reason: string }>;
      }>(
        `WITH theirs AS (SELECT id::text AS id FROM action WHERE person_id = $1)
       SELECT h.name AS huddle, m.starts_at, mm.frozen_at, mi.kind, mi.title, mi.person_id IS NOT DISTINCT FROM $1 AS about_person,
              CASE WHEN mi.person_id = $1 THEN mi.reason END AS reason,
              CASE WHEN mi.person_id = $1 THEN mi.notes END AS notes,
              CASE WHEN mi.person_id = $1 THEN mi.decisions END AS decisions,
              mi.system_barrier, mi.discussed,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('title', e->>'title', 'status', e->>'status', 'owner', e->>'owner',
                        'organisation', e->>'organisation', 'dueDate', e->>'dueDate') ORDER BY n), '[]')
                 FROM jsonb_array_elements(mi.actions) WITH ORDINALITY AS t(e, n)
                WHERE mi.person_id = $1 OR e->>'id' IN (SELECT id FROM theirs)) AS actions,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('addedAt', c.added_at, 'addedBy', c.added_by_name, 'text', c.text, 'reason', c.reason)
                        ORDER BY c.added_at, c.id), '[]')
                 FROM minutes_correction c WHERE c.meeting_id = mi.meeting_id AND c.item_id = mi.item_id AND mi.person_id = $1) AS corrections
         FROM meeting_minutes_item mi JOIN meeting_minutes mm ON mm.meeting_id = mi.meeting_id
         JOIN meeting m ON m.id = mi.meeting_id JOIN huddle h ON h.id = m.huddle_id
        WHERE mi.person_id = $1
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(mi.actions) e WHERE e->>'id' IN (SELECT id FROM theirs))
        ORDER BY m.starts_at, mi.position`,
      ),
    () =>
      q<{ created_at: Date; kind: string; recipient: string; message: string }>(
        `SELECT n.created_at, n.kind, u.name AS recipient, n.message
         FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.person_id = $1 OR n.action_id IN (SELECT id FROM action WHERE person_id = $1)
        ORDER BY n.created_at, n.id`,
      ),
    () =>
      q<{ granted_at: Date; expires_at: Date; user_name: string; reason: string }>(
        `SELECT b.granted_at, b.expires_at, u.name AS user_name, b.reason
         FROM break_glass b JOIN app_user u ON u.id = b.user_id WHERE b.person_id = $1 ORDER BY b.granted_at`,
      ),
    () =>
      q<SarRightsRequest>(
        `SELECT r.kind, to_char(r.received_on, 'YYYY-MM-DD') AS "receivedOn", r.status, to_char(r.due_on, 'YYYY-MM-DD') AS "dueOn",
                to_char(r.extended_due_on, 'YYYY-MM-DD') AS "extendedDueOn", r.extension_reason AS "extensionReason",
                to_char(r.identity_checked_on, 'YYYY-MM-DD') AS "identityCheckedOn", r.identity_check_method AS "identityCheckMethod",
                r.details, r.response, r.refusal_reason AS "refusalReason", to_char(r.closed_on, 'YYYY-MM-DD') AS "closedOn"
           FROM rights_request r WHERE r.person_id = $1 ORDER BY r.received_on, r.created_at`,
      ),
    () =>
      q<{ record_type: string; due_since: Date; erase_after: Date; status: string }>(
        `SELECT record_type, due_since, erase_after, status FROM retention_review
          WHERE person_id = $1 OR action_id IN (SELECT id FROM action WHERE person_id = $1) ORDER BY due_since`,
      ),
  ]);

  const referrals = await q<SarReferral>(
    `SELECT k.label AS kind, so.name AS "from", ro.name AS "to", su.name AS "sentBy", to_char(r.sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "sentAt",
            r.status, r.message,
            jsonb_build_object('method', r.consent_method, 'givenOn', to_char(r.consent_given_on, 'YYYY-MM-DD'), 'recordedBy', cu.name,
                               'personsWords', r.consent_words) AS consent,
            r.sections, to_char(r.expires_on, 'YYYY-MM-DD') AS "expiresOn", to_char(r.respond_by, 'YYYY-MM-DD') AS "respondBy",
            r.decline_reason AS "declineReason", r.withdraw_reason AS "withdrawReason", r.outcome,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'what', e.kind,
                                                          'by', eu.name, 'organisation', eo.name, 'note', e.note) ORDER BY e.at, e.id), '[]')
               FROM referral_event e LEFT JOIN app_user eu ON eu.id = e.actor_id LEFT JOIN organisation eo ON eo.id = e.organisation_id
              WHERE e.referral_id = r.id) AS steps
       FROM referral r JOIN referral_kind k ON k.code = r.kind
       JOIN organisation so ON so.id = r.sending_organisation_id JOIN organisation ro ON ro.id = r.receiving_organisation_id
       JOIN app_user su ON su.id = r.sent_by JOIN app_user cu ON cu.id = r.consent_recorded_by
      WHERE r.person_id = $1 ORDER BY r.sent_at`,
  );

  const names = await userNames(
    tx,
    changes.flatMap((c) => [...Object.values(asObject(c.before)), ...Object.values(asObject(c.after))]),
    actions.flatMap((a) => a.history.filter((h) => h.field === 'owner').flatMap((h) => [h.from, h.to])),
  );
  const named = (value: unknown) => (typeof value === 'string' && names.has(value) ? names.get(value)! : value);
  const plan = plans[0];
  const auditTrail = await auditTrailOf(personId);
  const mergedRecords = await mergedInto(tx, personId, auditTrailOf, seen);

  return {
    person: {
      id: person.id,
      legalName: person.legal_name,
      preferredName: person.preferred_name,
      pronouns: person.pronouns,
      dateOfBirth: person.date_of_birth,
      councilArea: person.council_area,
      nhsNumber: person.nhs_number,
      prisonNumber: person.prison_number,
      crn: person.crn,
      owningOrganisation: person.owning_organisation,
      lockedDown: person.locked_down,
      processingRestricted: person.processing_restricted,
      createdAt: isoOf(person.created_at),
      createdBy: person.created_by,
      updatedAt: isoOf(person.updated_at),
    },
    story: {
      text: person.story,
      personAgreed: person.story_person_agreed,
      recordedBy: person.story_recorded_by,
      recordedAt: iso(person.story_recorded_at),
    },
    needs: needs.map((n): SarNeed => ({
      domain: n.domain,
      status: n.status,
      notes: n.notes,
      updatedAt: isoOf(n.updated_at),
      updatedBy: n.updated_by,
    })),
    preferences: {
      whatHelps: person.what_helps,
      whatToAvoid: person.what_to_avoid,
      contactHow: person.contact_how,
      contactWhen: person.contact_when,
      timeOfDay: person.time_of_day,
    },
    situation: {
      kind: person.situation_kind,
      establishment: person.establishment,
      releaseDate: person.release_date,
      accommodationStatus: person.accommodation_status,
      notes: person.situation_notes,
    },
    risk: { summary: person.risk_summary, safetyPlan: person.safety_plan },
    leadProfessionals: leads.map((l): SarLeadProfessional => ({
      organisation: l.organisation,
      name: l.name,
      assignedAt: isoOf(l.assigned_at),
    })),
    sharingAgreements: agreements.map((a): SarSharingAgreement => ({
      organisations: a.organisations ?? [],
      sections: a.sections,
      agreedOn: a.agreed_on,
      expiresOn: a.expires_on,
      notes: a.notes,
      recordedBy: a.recorded_by,
      recordedAt: isoOf(a.recorded_at),
      withdrawnAt: iso(a.withdrawn_at),
      withdrawnBy: a.withdrawn_by,
      withdrawalReason: a.withdrawal_reason,
    })),
    timeline: timeline.map((t): SarTimelineEntry => ({
      at: isoOf(t.at),
      kind: t.kind,
      section: t.section,
      summary: t.summary,
      author: t.author,
      authorOrganisation: t.author_organisation,
    })),
    changes: changes.map((c): SarChange => {
      const before = asObject(c.before);
      const after = asObject(c.after);
      const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
      return {
        at: isoOf(c.changed_at),
        part: c.part,
        changedBy: c.changed_by,
        fields: fields.map((field) => ({ field, before: named(before[field] ?? null), after: named(after[field] ?? null) })),
      };
    }),
    appointments: appointments.map((a): SarAppointment => ({
      date: a.on_date,
      window: a.time_window,
      startTime: a.start_time,
      endTime: a.end_time,
      organisation: a.organisation,
      purpose: a.purpose,
      location: a.location,
      town: a.town,
      status: a.status,
      firstProbation: a.first_probation,
      bookedBy: a.booked_by,
      bookedAt: isoOf(a.created_at),
    })),
    releasePlan: plan
      ? ({
          establishmentTown: plan.establishment_town,
          releaseTime: plan.release_time,
          destinationCouncilArea: plan.destination_council_area,
          createdBy: plan.created_by,
          createdAt: isoOf(plan.created_at),
          updatedAt: isoOf(plan.updated_at),
          items: plan.items.map((i) => ({
            ...(i as SarReleasePlan['items'][number]),
            updatedAt: new Date(i['updatedAt'] as string).toISOString(),
          })),
        } satisfies SarReleasePlan)
      : null,
    outcomes: assessments.map((a): SarAssessment => ({
      measure: a.measure,
      acknowledgement: a.acknowledgement,
      assessedOn: a.assessed_on,
      assessedBy: a.assessed_by,
      total: a.total,
      maxTotal: a.max_total,
      notes: a.notes,
      scores: a.scores,
    })),
    serviceUse: serviceUse.map((s): SarServiceUse => ({
      quarterStart: s.quarter_start,
      evictions: s.evictions,
      arrests: s.arrests,
      nightsInPrison: s.nights_in_prison,
      aeAttendances: s.ae_attendances,
      mhInpatientDays: s.mh_inpatient_days,
      recordedBy: s.recorded_by,
      recordedAt: isoOf(s.recorded_at),
    })),
    actions: actions.map((a): SarAction => ({
      title: a.title,
      detail: a.detail,
      status: a.status,
      statusReason: a.status_reason,
      dueDate: a.due_date,
      dueWindow: a.due_window,
      owner: a.owner,
      organisation: a.organisation,
      createdBy: a.created_by,
      createdAt: isoOf(a.created_at),
      completedAt: iso(a.completed_at),
      huddle: a.huddle,
      meetingStartsAt: iso(a.meeting_starts_at),
      comments: a.comments.map((c) => ({ ...c, at: new Date(c.at).toISOString() })),
      history: a.history.map((h) => ({
        ...h,
        at: new Date(h.at).toISOString(),
        from: h.field === 'owner' ? (named(h.from) as string | null) : h.from,
        to: h.field === 'owner' ? (named(h.to) as string | null) : h.to,
      })),
    })),
    caseloads: caseloads.map((c): SarCaseloadEntry => ({
      huddle: c.huddle,
      councilArea: c.council_area,
      referringOrganisation: c.referring_organisation,
      offerOfHelp: c.offer_of_help,
      coordinator: c.coordinator,
      addedOn: c.added_on,
      removedOn: c.removed_on,
    })),
    meetingNotes: meetingNotes.map((i): SarAgendaItem => ({
      huddle: i.huddle,
      meetingStartsAt: isoOf(i.starts_at),
      meetingStatus: i.status,
      kind: i.kind,
      title: i.title,
      reason: i.reason,
      notes: i.notes,
      decisions: i.decisions,
      systemBarrier: i.system_barrier,
      discussed: i.discussed,
    })),
    minutes: minutes.map((m): SarMinutesItem => ({
      huddle: m.huddle,
      meetingStartsAt: isoOf(m.starts_at),
      frozenAt: isoOf(m.frozen_at),
      kind: m.kind,
      title: m.title,
      aboutPerson: m.about_person,
      reason: m.reason,
      notes: m.notes,
      decisions: m.decisions,
      systemBarrier: m.system_barrier,
      discussed: m.discussed,
      actions: m.actions,
      corrections: m.corrections,
    })),
    notifications: notifications.map((n): SarNotification => ({
      at: isoOf(n.created_at),
      kind: n.kind,
      recipient: n.recipient,
      message: n.message,
    })),
    breakGlassGrants: breakGlass.map((b): SarBreakGlass => ({
      grantedAt: isoOf(b.granted_at),
      expiresAt: isoOf(b.expires_at),
      user: b.user_name,
      reason: b.reason,
    })),
    rightsRequests,
    referrals,
    retention: retention.map((r): SarRetentionReview => ({
      recordType: r.record_type,
      dueSince: isoOf(r.due_since),
      eraseAfter: isoOf(r.erase_after),
      status: r.status,
    })),
    auditTrail,
    mergedRecords,
  };
}

/** Runs the reads one after another: they share the transaction's one connection. */
async function inOrder<const T extends ReadonlyArray<() => Promise<unknown>>>(
  reads: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Users named in change history (who recorded a story, a new action owner), looked up in one statement. */
async function userNames(tx: SqlRunner, ...values: unknown[][]): Promise<Map<string, string>> {
  const ids = [...new Set(values.flat().filter((v): v is string => typeof v === 'string' && UUID.test(v)))];
  if (ids.length === 0) return new Map();
  const found = await rows<{ id: string; name: string }>(tx, `SELECT id::text, name FROM app_user WHERE id = ANY ($1::uuid[])`, [ids]);
  return new Map(found.map((u) => [u.id, u.name]));
}
