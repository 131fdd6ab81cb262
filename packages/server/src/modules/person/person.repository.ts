import type {
  AccommodationStatus,
  AgreementState,
  NeedDomain,
  NeedStatus,
  SharingSection,
  SituationKind,
  TimeOfDay,
} from '@casehuddle/shared';
import { rows, type SqlRunner } from '../../core/sql.js';

/** A row of `person`, with the names a view needs joined in. */
export interface PersonRow {
  id: string;
  owning_organisation_id: string;
  owning_organisation_name: string;
  owning_organisation_kind: string;
  legal_name: string;
  preferred_name: string | null;
  pronouns: string | null;
  date_of_birth: string | null;
  council_area: string;
  nhs_number: string | null;
  prison_number: string | null;
  crn: string | null;
  profile_version: number;
  situation_kind: SituationKind;
  establishment: string | null;
  release_date: string | null;
  accommodation_status: AccommodationStatus | null;
  situation_notes: string | null;
  situation_version: number;
  story: string | null;
  story_recorded_by: string | null;
  story_recorded_by_name: string | null;
  story_recorded_by_org_id: string | null;
  story_recorded_by_org_name: string | null;
  story_recorded_by_org_kind: string | null;
  story_recorded_at: Date | null;
  story_person_agreed: boolean;
  story_version: number;
  what_helps: string | null;
  what_to_avoid: string | null;
  contact_how: string | null;
  contact_when: string | null;
  time_of_day: TimeOfDay | null;
  preferences_version: number;
  risk_summary: string | null;
  safety_plan: string | null;
  risk_version: number;
  locked_down: boolean;
  processing_restricted: boolean;
  created_at: Date;
  updated_at: Date;
}

export interface NeedRow {
  person_id: string;
  domain: NeedDomain;
  status: NeedStatus;
  notes: string | null;
  version: number;
  updated_at: Date;
}

export interface LeadRow {
  person_id: string;
  organisation_id: string;
  organisation_name: string;
  organisation_kind: string;
  user_id: string;
  user_name: string;
}

export interface AgreementRow {
  id: string;
  person_id: string;
  organisations: Array<{ id: string; name: string; kind: string }>;
  sections: SharingSection[];
  agreed_on: string;
  expires_on: string;
  state: AgreementState;
  notes: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_by_org_id: string;
  recorded_by_org_name: string;
  recorded_by_org_kind: string;
  recorded_at: Date;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
}

export interface TimelineRow {
  id: string;
  person_id: string;
  at: Date;
  kind: 'CHANGE' | 'NOTE';
  section: SharingSection | null;
  summary: string;
  author_id: string | null;
  author_name: string | null;
  author_org_id: string | null;
  author_org_name: string | null;
  author_org_kind: string | null;
}

/** The state of an agreement today: computed, so expiry needs nobody to act. */
export const AGREEMENT_STATE_SQL = `CASE
  WHEN a.withdrawn_at IS NOT NULL THEN 'WITHDRAWN'
  WHEN a.expires_on < current_date THEN 'EXPIRED'
  WHEN a.expires_on - current_date <= 30 THEN 'EXPIRING'
  ELSE 'ACTIVE' END`;

/**
 * Loads records in batches: each function is one SQL statement whatever the number of
 * people, so a page or agenda runs a fixed number of statements.
 */
export const PERSON_ROW_SELECT = `p.*, o.name AS owning_organisation_name, o.kind AS owning_organisation_kind,
  su.name AS story_recorded_by_name, so.id AS story_recorded_by_org_id, so.name AS story_recorded_by_org_name, so.kind AS story_recorded_by_org_kind`;
/**
 * Just the columns a summary (names, pronouns, owner, lock-down) needs: lists of many people
 * (agendas, caseloads, search results) read these and nothing more of the record.
 */
export const PERSON_SUMMARY_SELECT = `p.id, p.owning_organisation_id, o.name AS owning_organisation_name, o.kind AS owning_organisation_kind,
  p.legal_name, p.preferred_name, p.pronouns, p.situation_kind, p.locked_down, p.processing_restricted`;
export const PERSON_ROW_FROM = `FROM person p
  JOIN organisation o ON o.id = p.owning_organisation_id
  LEFT JOIN app_user su ON su.id = p.story_recorded_by
  LEFT JOIN organisation so ON so.id = su.organisation_id`;

export const personRepository = {
  people(runner: SqlRunner, ids: string[]): Promise<PersonRow[]> {
    return rows<PersonRow>(runner, `SELECT ${PERSON_ROW_SELECT} ${PERSON_ROW_FROM} WHERE p.id = ANY ($1::uuid[])`, [ids]);
  },

  needs(runner: SqlRunner, ids: string[]): Promise<NeedRow[]> {
    return rows<NeedRow>(
      runner,
      `SELECT person_id, domain, status, notes, version, updated_at FROM person_need WHERE person_id = ANY ($1::uuid[]) ORDER BY domain`,
      [ids],
    );
  },

  agreements(runner: SqlRunner, ids: string[]): Promise<AgreementRow[]> {
    return rows<AgreementRow>(
      runner,
      `SELECT a.id, a.person_id, a.sections, to_char(a.agreed_on, 'YYYY-MM-DD') AS agreed_on, to_char(a.expires_on, 'YYYY-MM-DD') AS expires_on,
              ${AGREEMENT_STATE_SQL} AS state, a.notes, a.recorded_at, a.withdrawn_at, a.withdrawal_reason,
              u.id AS recorded_by, u.name AS recorded_by_name, uo.id AS recorded_by_org_id, uo.name AS recorded_by_org_name, uo.kind AS recorded_by_org_kind,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind) ORDER BY o.name), '[]')
                 FROM organisation o WHERE o.id = ANY (a.organisation_ids)) AS organisations
         FROM sharing_agreement a JOIN app_user u ON u.id = a.recorded_by JOIN organisation uo ON uo.id = u.organisation_id
        WHERE a.person_id = ANY ($1::uuid[])
        ORDER BY a.recorded_at DESC`,
      [ids],
    );
  },

  timeline(runner: SqlRunner, ids: string[], perPerson = 100): Promise<TimelineRow[]> {
    return rows<TimelineRow>(
      runner,
      `SELECT * FROM (
         SELECT t.id, t.person_id, t.at, t.kind, t.section, t.summary, t.author_id,
                u.name AS author_name, o.id AS author_org_id, o.name AS author_org_name, o.kind AS author_org_kind,
                row_number() OVER (PARTITION BY t.person_id ORDER BY t.at DESC, t.id) AS n
           FROM person_timeline t LEFT JOIN app_user u ON u.id = t.author_id LEFT JOIN organisation o ON o.id = t.author_organisation_id
          WHERE t.person_id = ANY ($1::uuid[])
       ) ranked WHERE n <= $2 ORDER BY at DESC, id`,
      [ids, perPerson],
    );
  },
};
