import {
  formatDate,
  NOTIFICATION_PERSON_PLACEHOLDER,
  SHARING_SECTION_LABELS,
  SHARING_SECTIONS,
  type SharingSection,
} from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, forbidden, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { disclose, NO_ACCESS, notShared } from '../disclosure/gate.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { PersonPolicy } from '../person/person.policy.js';
import { fieldsFrom, type PersonService } from '../person/person.service.js';
import type { SharingService } from '../sharing/sharing.service.js';
import { ANSWERING_ROLES, notifyHolders } from './access.holders.js';
import type {
  AccessRequest,
  AccessRequestFilter,
  AccessRequestSource,
  AccessRequestStatus,
  AnswerAccessRequestInput,
  RequestAccessInput,
} from './access.types.js';

interface RequestRow {
  id: string;
  person_id: string;
  owning_organisation_id: string;
  owning_organisation_name: string;
  owning_organisation_kind: string;
  requesting_organisation_id: string;
  requesting_organisation_name: string;
  requesting_organisation_kind: string;
  requested_by: string;
  requested_by_name: string;
  source: AccessRequestSource;
  sections: SharingSection[];
  reason: string;
  match_reason: string | null;
  new_person_id: string | null;
  status: AccessRequestStatus;
  version: number;
  answered_by_name: string | null;
  answered_at: Date | null;
  granted_sections: SharingSection[] | null;
  expires_on: string | null;
  decline_reason: string | null;
  created_at: Date;
}

const REQUEST_SELECT = `
  SELECT r.id, r.person_id, p.owning_organisation_id, oo.name AS owning_organisation_name, oo.kind AS owning_organisation_kind,
         r.requesting_organisation_id, ro.name AS requesting_organisation_name, ro.kind AS requesting_organisation_kind,
         r.requested_by, ru.name AS requested_by_name, r.source, r.sections, r.reason, r.match_reason, r.new_person_id,
         r.status, r.version, au.name AS answered_by_name, r.answered_at, r.granted_sections, r.expires_on::text, r.decline_reason, r.created_at
    FROM access_request r
    JOIN person p ON p.id = r.person_id
    JOIN organisation oo ON oo.id = p.owning_organisation_id
    JOIN organisation ro ON ro.id = r.requesting_organisation_id
    JOIN app_user ru ON ru.id = r.requested_by
    LEFT JOIN app_user au ON au.id = r.answered_by`;

const sectionList = (sections: readonly SharingSection[]) => sections.map((s) => SHARING_SECTION_LABELS[s]).join(', ');
const inOrder = (sections: readonly SharingSection[]) => SHARING_SECTIONS.filter((s) => sections.includes(s));
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Access requests: where a record (or a section of it) is not shared with an organisation, its
 * users ask the holder for named sections with a reason. The holder's practitioners,
 * coordinators and managers answer: granting records the person's agreement and an agreement to
 * share through the sharing service; declining records a reason. The requester hears either way.
 */
export class AccessRequestService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      policy: PersonPolicy;
      audit: AuditService;
      people: PersonService;
      sharing: SharingService;
      notifications: NotificationService;
    },
  ) {}

  /** Asks the holder for sections the viewer's organisation cannot see. The viewer must know of the person. */
  async request(viewer: Viewer, input: RequestAccessInput): Promise<string> {
    if (viewer.role === 'ADMIN') throw forbidden('ask for access to a record');
    const personId = parseId(input.personId, 'personId');
    const reason = input.reason.trim();
    if (!reason) throw validationFailed({ reason: 'Say why you need these sections.' });
    return this.deps.dataSource.transaction(async (tx) => {
      const access = await this.deps.policy.accessTo(tx, viewer, personId);
      if (!access.canKnow) throw notShared(true);
      if (access.full) throw validationFailed({ sections: 'Your organisation can already see the whole record.' });
      const wanted = inOrder(input.sections.filter((s) => !access.sections.includes(s)));
      if (wanted.length === 0) throw validationFailed({ sections: 'These sections are already shared with your organisation.' });
      const [created] = await rows<{ id: string }>(
        tx,
        `INSERT INTO access_request (person_id, requesting_organisation_id, requested_by, source, sections, reason)
         VALUES ($1, $2, $3, 'USER', $4, $5)
         ON CONFLICT (person_id, requesting_organisation_id) WHERE status = 'PENDING' DO NOTHING RETURNING id`,
        [personId, viewer.organisationId, viewer.id, wanted, reason],
      );
      if (!created) {
        throw new DomainError('ALREADY_EXISTS', 'Your organisation has already asked for access to this record. Wait for the answer.');
      }
      const [org] = await rows<{ name: string }>(tx, `SELECT name FROM organisation WHERE id = $1`, [viewer.organisationId]);
      await notifyHolders(
        tx,
        this.deps.notifications,
        personId,
        created.id,
        (name) => `${org!.name} asked for access to ${name}’s record (${sectionList(wanted)}).`,
      );
      await this.deps.audit.record(tx, viewer, [
        { action: 'ACCESS_REQUESTED', personId, sections: wanted, detail: { requestId: created.id, source: 'USER' } },
      ]);
      return created.id;
    });
  }

  /** The holder's answer. Granting shares exactly the sections granted with the requesting organisation. */
  async answer(viewer: Viewer, input: AnswerAccessRequestInput): Promise<string> {
    const id = parseId(input.id, 'id');
    return this.deps.dataSource.transaction(async (tx) => {
      const [req] = await rows<RequestRow>(tx, `${REQUEST_SELECT} WHERE r.id = $1 FOR UPDATE OF r`, [id]);
      const holder = req && req.owning_organisation_id === viewer.organisationId && ANSWERING_ROLES.has(viewer.role);
      if (!req || (!holder && req.requesting_organisation_id !== viewer.organisationId)) {
        throw new DomainError('NOT_FOUND', 'That access request was not found.');
      }
      if (!holder) throw new DomainError('FORBIDDEN', 'Only the organisation that holds the record can answer this request.');
      if (req.status !== 'PENDING') throw new DomainError('VERSION_CONFLICT', 'This request has already been answered.');
      if (req.version !== input.version) throw new DomainError('VERSION_CONFLICT', 'This request has changed since you opened it.');

      let agreementId: string | null = null;
      let granted: SharingSection[] | null = null;
      const declineReason = input.reason?.trim() || null;
      if (input.grant) {
        granted = inOrder(input.sections?.length ? input.sections : req.sections);
        const fields: Record<string, string> = {};
        if (!input.personAgreed) fields.personAgreed = 'Grant access only when the person has agreed to the sharing.';
        if (!input.expiresOn) fields.expiresOn = 'Enter the date the sharing ends.';
        else if (input.expiresOn < today()) fields.expiresOn = 'The date the sharing ends must be today or later.';
        if (!input.lawfulBasis) fields['lawfulBasis.article6'] = 'Choose the lawful basis under Article 6.';
        if (granted.length === 0) fields.sections = 'Choose at least one section.';
        if (Object.keys(fields).length > 0) throw validationFailed(fields);
        agreementId = await this.deps.sharing.recordIn(tx, viewer, {
          personId: req.person_id,
          organisationIds: [req.requesting_organisation_id],
          sections: granted,
          agreedOn: today(),
          expiresOn: input.expiresOn!,
          lawfulBasis: input.lawfulBasis!,
          notes: `Granted on request from ${req.requesting_organisation_name}: ${req.reason}`.slice(0, 2000),
        });
      } else if (!declineReason) {
        throw validationFailed({ reason: 'Say why the request is declined.' });
      }

      await tx.query(
        `UPDATE access_request
            SET status = $3, version = version + 1, answered_by = $4, answered_at = now(), granted_sections = $5,
                person_agreed = $6, expires_on = $7, decline_reason = $8, sharing_agreement_id = $9
          WHERE id = $1 AND version = $2`,
        [
          id,
          input.version,
          input.grant ? 'GRANTED' : 'DECLINED',
          viewer.id,
          granted,
          input.grant ? input.personAgreed : null,
          input.grant ? input.expiresOn : null,
          input.grant ? null : declineReason,
          agreementId,
        ],
      );
      // The name is put in when the notification is read, only while the requester may know of the person.
      const person = NOTIFICATION_PERSON_PLACEHOLDER;
      // A request raised by the registration check told its requester nothing; a refusal still tells them nothing.
      const message = input.grant
        ? `${req.owning_organisation_name} granted access to ${person}’s record (${sectionList(granted!)}) until ${formatDate(input.expiresOn!)}.`
        : req.source === 'REGISTRATION_CHECK'
          ? 'A request for access raised when your organisation registered someone was declined.'
          : `${req.owning_organisation_name} declined your request for access to ${person}’s record: ${declineReason}`;
      await this.deps.notifications.notify(tx, {
        userId: req.requested_by,
        kind: 'ACCESS_REQUEST',
        actionId: null,
        personId: req.person_id,
        message,
        dedupeKey: `ACCESS_ANSWERED:${id}`,
      });
      await this.deps.audit.record(tx, viewer, [
        {
          action: 'ACCESS_REQUEST_ANSWERED',
          personId: req.person_id,
          sections: granted ?? [],
          detail: { requestId: id, granted: input.grant, agreementId, requestingOrganisationId: req.requesting_organisation_id },
        },
      ]);
      return id;
    });
  }

  /**
   * Requests to the viewer's organisation (as holder) and from it. Outgoing requests show only
   * what the viewer may already see; those raised by the registration check are listed only
   * once granted, so the registering user learns nothing of a record until its holder shares it.
   */
  async list(
    viewer: Viewer,
    filter: AccessRequestFilter | null | undefined,
    personFields: Set<string>,
    onlyId: string | null = null,
  ): Promise<AccessRequest[]> {
    if (!ANSWERING_ROLES.has(viewer.role)) return [];
    const direction = filter?.direction ?? null;
    const found = await rows<RequestRow>(
      this.deps.dataSource,
      `${REQUEST_SELECT}
        WHERE (($3::text IS NULL OR $3 = 'INCOMING') AND p.owning_organisation_id = $1
            OR ($3::text IS NULL OR $3 = 'OUTGOING') AND r.requesting_organisation_id = $1 AND p.owning_organisation_id <> $1
               AND (r.source = 'USER' OR r.status = 'GRANTED'))
          AND (NOT $2::boolean OR r.status = 'PENDING')
          AND ($4::uuid IS NULL OR r.id = $4)
        ORDER BY (r.status = 'PENDING') DESC, r.created_at DESC
        LIMIT 200`,
      [viewer.organisationId, filter?.pendingOnly ?? false, direction, onlyId],
    );
    const personIds = [...new Set(found.map((r) => r.person_id))];
    const [accessById, people] = await Promise.all([
      this.deps.policy.accessFor(this.deps.dataSource, viewer, personIds),
      personFields.size > 0
        ? this.deps.people.views(viewer, personIds, fieldsFrom(personFields), { action: 'READ', context: 'Access requests' })
        : Promise.resolve([]),
    ]);
    const personById = new Map(people.map((p) => [p.id, p]));
    return found.map((r) => {
      const incoming = r.owning_organisation_id === viewer.organisationId;
      const request: AccessRequest = {
        id: r.id,
        direction: incoming ? 'INCOMING' : 'OUTGOING',
        source: r.source,
        status: r.status,
        person: personById.get(r.person_id) ?? null,
        holdingOrganisation: { id: r.owning_organisation_id, name: r.owning_organisation_name, kind: r.owning_organisation_kind },
        requestingOrganisation: {
          id: r.requesting_organisation_id,
          name: r.requesting_organisation_name,
          kind: r.requesting_organisation_kind,
        },
        requestedBy: r.requested_by_name,
        sections: inOrder(r.sections),
        reason: r.reason,
        matchReason: r.match_reason,
        newPersonId: r.new_person_id,
        createdAt: r.created_at,
        answeredAt: r.answered_at,
        answeredBy: r.answered_by_name,
        grantedSections: r.granted_sections ? inOrder(r.granted_sections) : null,
        expiresOn: r.expires_on,
        declineReason: r.decline_reason,
        canAnswer: incoming && r.status === 'PENDING',
        version: r.version,
      };
      return disclose(request, { access: accessById.get(r.person_id) ?? NO_ACCESS });
    });
  }
}
