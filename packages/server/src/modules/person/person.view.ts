import { NEED_DOMAINS, sectionForNeed, sectionForSituation, type SharingSection } from '@casehuddle/shared';
import type { Viewer } from '../../core/context.js';
import { disclose } from '../disclosure/gate.js';
import { canSee, type PersonAccess } from './person.policy.js';
import type { AgreementRow, LeadRow, NeedRow, PersonRow, TimelineRow } from './person.repository.js';
import type { OrganisationRef, Person, UserRef } from './person.types.js';

/** The loaded rows for one person; absent arrays were not requested. */
export interface LoadedPerson {
  row: PersonRow;
  needs?: NeedRow[];
  leads: LeadRow[];
  agreements?: AgreementRow[];
  timeline?: TimelineRow[];
}

const org = (id: string | null, name: string | null, kind: string | null): OrganisationRef | null =>
  id && name && kind ? { id, name, kind } : null;
const user = (id: string | null, name: string | null, o: OrganisationRef | null): UserRef | null =>
  id && name && o ? { id, name, organisation: o } : null;

/**
 * Builds what one viewer may see of one record, and names the parts disclosed (for the
 * audit). Sections the viewer may not see are null or empty: the data never leaves the
 * server.
 */
export function buildPersonView(
  viewer: Viewer,
  access: PersonAccess,
  selected: Set<string>,
  loaded: LoadedPerson,
): { person: Person; disclosed: string[] } {
  const { row } = loaded;
  const disclosed = new Set<string>(['IDENTITY']);
  const asked = (field: string) => selected.has(field);
  const sees = (section: SharingSection) => {
    const ok = canSee(access, section);
    if (ok) disclosed.add(section);
    return ok;
  };
  /** A value of a section, recorded as disclosed only when there is one to show. */
  const shown = <T>(section: SharingSection, value: T | null): T | null => {
    if (value === null || !canSee(access, section)) return null;
    disclosed.add(section);
    return value;
  };
  const owning: OrganisationRef = {
    id: row.owning_organisation_id,
    name: row.owning_organisation_name,
    kind: row.owning_organisation_kind,
  };
  const agencies = new Map<string, OrganisationRef>([[owning.id, owning]]);
  for (const lead of loaded.leads)
    agencies.set(lead.organisation_id, { id: lead.organisation_id, name: lead.organisation_name, kind: lead.organisation_kind });

  const profile =
    asked('profile') && access.canSeeProfile
      ? {
          dateOfBirth: row.date_of_birth,
          councilArea: row.council_area,
          nhsNumber: shown('HEALTH', row.nhs_number),
          prisonNumber: shown('OFFENDING', row.prison_number),
          crn: shown('OFFENDING', row.crn),
          version: row.profile_version,
        }
      : null;
  if (profile) disclosed.add('PROFILE');

  const situation =
    asked('situation') && sees(sectionForSituation(row.situation_kind))
      ? {
          kind: row.situation_kind,
          establishment: row.establishment,
          releaseDate: row.release_date,
          accommodationStatus: row.accommodation_status,
          notes: row.situation_notes,
          version: row.situation_version,
        }
      : null;

  const story =
    asked('story') && sees('STORY')
      ? {
          text: row.story,
          recordedBy: user(
            row.story_recorded_by,
            row.story_recorded_by_name,
            org(row.story_recorded_by_org_id, row.story_recorded_by_org_name, row.story_recorded_by_org_kind),
          ),
          recordedAt: row.story_recorded_at,
          personAgreed: row.story_person_agreed,
          version: row.story_version,
        }
      : null;

  const needs = (loaded.needs ?? [])
    .filter((n) => sees(sectionForNeed(n.domain)))
    .sort((a, b) => NEED_DOMAINS.indexOf(a.domain) - NEED_DOMAINS.indexOf(b.domain))
    .map((n) =>
      disclose(
        {
          domain: n.domain,
          status: n.status,
          notes: n.notes,
          section: sectionForNeed(n.domain),
          version: n.version,
          updatedAt: n.updated_at,
        },
        { access, section: sectionForNeed(n.domain) },
      ),
    );

  const preferences =
    asked('preferences') && sees('CONTACT')
      ? {
          whatHelps: row.what_helps,
          whatToAvoid: row.what_to_avoid,
          contactHow: row.contact_how,
          contactWhen: row.contact_when,
          timeOfDay: row.time_of_day,
          version: row.preferences_version,
        }
      : null;

  const risk = asked('risk') && sees('RISK') ? { summary: row.risk_summary, safetyPlan: row.safety_plan, version: row.risk_version } : null;

  // On a locked-down record, others learn which agencies are involved but not who.
  const namesVisible = access.canSeeProfile;
  // Lead professionals' names are given only where they were asked for (and so audited): a
  // summary built for an agenda or an action list names the organisations alone.
  const leadNames = namesVisible && asked('leadProfessionals');
  if (leadNames && loaded.leads.length > 0) disclosed.add('LEAD_PROFESSIONALS');
  const leadProfessionals = loaded.leads.map((l) => {
    const o = { id: l.organisation_id, name: l.organisation_name, kind: l.organisation_kind };
    return { organisation: o, user: leadNames ? { id: l.user_id, name: l.user_name, organisation: o } : null };
  });

  const timeline = (loaded.timeline ?? [])
    .filter((t) => (t.section ? sees(t.section) : access.canSeeProfile))
    .map((t) =>
      disclose(
        {
          id: t.id,
          at: t.at,
          kind: t.kind,
          section: t.section,
          summary: t.summary,
          author: user(t.author_id, t.author_name, org(t.author_org_id, t.author_org_name, t.author_org_kind)),
        },
        { access, section: t.section },
      ),
    );
  if (loaded.timeline && access.canSeeProfile) disclosed.add('TIMELINE');

  const sharingAgreements = access.canSeeProfile
    ? (loaded.agreements ?? []).map((a) => ({
        id: a.id,
        organisations: a.organisations,
        sections: a.sections,
        agreedOn: a.agreed_on,
        expiresOn: a.expires_on,
        state: a.state,
        notes: access.full ? a.notes : null,
        recordedBy: {
          id: a.recorded_by,
          name: a.recorded_by_name,
          organisation: { id: a.recorded_by_org_id, name: a.recorded_by_org_name, kind: a.recorded_by_org_kind },
        },
        recordedAt: a.recorded_at,
        withdrawnAt: a.withdrawn_at,
        withdrawalReason: access.full ? a.withdrawal_reason : null,
      }))
    : [];
  if (loaded.agreements && access.canSeeProfile) disclosed.add('SHARING');

  const person: Person = {
    id: row.id,
    legalName: row.legal_name,
    preferredName: row.preferred_name,
    displayName: row.preferred_name || row.legal_name,
    pronouns: row.pronouns,
    lockedDown: row.locked_down,
    processingRestricted: row.processing_restricted,
    access: {
      basis: access.basis,
      full: access.full,
      sections: access.sections,
      breakGlassUntil: access.basis === 'BREAK_GLASS' ? access.breakGlassUntil : null,
      canSeeAccessLog: canSeeAccessLog(viewer, access),
      canManageSharing: access.full && access.basis !== 'BREAK_GLASS' && !row.processing_restricted,
    },
    owningOrganisation: owning,
    agenciesInvolved: [...agencies.values()],
    profile,
    situation,
    story,
    needs,
    preferences,
    risk,
    leadProfessionals,
    timeline,
    sharingAgreements,
  };
  disclose(person, { access, section: sectionForSituation(row.situation_kind) });
  return { person, disclosed: [...disclosed] };
}

/** "Who has seen this record" is for the person's lead professionals and the owning organisation's managers. */
export function canSeeAccessLog(viewer: Viewer, access: PersonAccess): boolean {
  return viewer.role !== 'ADMIN' && (access.isLead || (access.isOwner && viewer.role === 'MANAGER'));
}

/** Every part of a person record, for loading a person selected through a fragment. */
export const WHOLE_PERSON_FIELDS = [
  'id',
  'displayName',
  'legalName',
  'profile',
  'situation',
  'story',
  'needs',
  'preferences',
  'risk',
  'leadProfessionals',
  'timeline',
  'sharingAgreements',
] as const;
