import {
  formatDate,
  median,
  NOTIFICATION_PERSON_PLACEHOLDER,
  neutraliseCsvFormula,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STEP_SIDE,
  referralRespondBy,
  referralStepResult,
  SHARING_SECTION_LABELS,
  SHARING_SECTIONS,
  SMALL_NUMBER,
  type ReferralStatus,
  type ReferralStep,
  type SharingSection,
} from '@casehuddle/shared';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import type { PgEventBus } from '../../core/pubsub.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { disclose, NO_ACCESS } from '../disclosure/gate.js';
import type { MeetingEventLog } from '../meeting/meeting-events.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { PersonPolicy } from '../person/person.policy.js';
import { fieldsFrom, type PersonService } from '../person/person.service.js';
import { bookJointAppointment, clashesWithBooked, linkDutyToRefer, updateDutyToReferOutcome } from '../release/referral-links.js';
import type { SharingService } from '../sharing/sharing.service.js';
import './referral.topics.js';
import type { ReferralChangedEvent } from './referral.topics.js';
import type {
  Referral,
  ReferralEvent,
  ReferralEventKind,
  ReferralFigureRow,
  ReferralFigures,
  ReferralFilter,
  ReferralInboxSummary,
  ReferralKind,
  ReferralStepInput,
  SendReferralInput,
} from './referral.types.js';

interface ReferralRow {
  id: string;
  person_id: string;
  kind: string;
  kind_label: string;
  kind_days: number;
  kind_active: boolean;
  sending_organisation_id: string;
  sending_organisation_name: string;
  sending_organisation_kind: string;
  receiving_organisation_id: string;
  receiving_organisation_name: string;
  receiving_organisation_kind: string;
  sent_by: string;
  sent_by_name: string;
  sent_at: Date;
  sent_on: string;
  respond_by: string;
  message: string;
  consent_method: 'SPOKEN' | 'WRITTEN';
  consent_given_on: string;
  consent_recorded_by_name: string;
  consent_recorded_at: Date;
  consent_words: string | null;
  sections: SharingSection[];
  expires_on: string;
  sharing_agreement_id: string | null;
  status: ReferralStatus;
  version: number;
  overdue: boolean;
  acknowledged_at: Date | null;
  answered_at: Date | null;
  decline_reason: string | null;
  withdraw_reason: string | null;
  outcome: string | null;
  closed_at: Date | null;
  appointment_date: string | null;
  appointment_window: 'MORNING' | 'AFTERNOON' | 'EXACT' | null;
  appointment_start: string | null;
  appointment_end: string | null;
  appointment_location: string | null;
  appointment_town: string | null;
  appointment_id: string | null;
  mentor_id: string | null;
  mentor_name: string | null;
}

/** Open and waiting for the receiver, and past the day it should have been answered by. */
const OVERDUE_SQL = `(r.status IN ('SENT', 'ACKNOWLEDGED') AND r.respond_by < current_date)`;

const REFERRAL_SELECT = `
  SELECT r.id, r.person_id, r.kind, k.label AS kind_label, k.response_working_days AS kind_days, k.active AS kind_active,
         r.sending_organisation_id, so.name AS sending_organisation_name, so.kind AS sending_organisation_kind,
         r.receiving_organisation_id, ro.name AS receiving_organisation_name, ro.kind AS receiving_organisation_kind,
         r.sent_by, su.name AS sent_by_name, r.sent_at, r.sent_on::text, r.respond_by::text, r.message,
         r.consent_method, r.consent_given_on::text, cu.name AS consent_recorded_by_name, r.consent_recorded_at, r.consent_words,
         r.sections, r.expires_on::text, r.sharing_agreement_id, r.status, r.version, ${OVERDUE_SQL} AS overdue,
         r.acknowledged_at, r.answered_at, r.decline_reason, r.withdraw_reason, r.outcome, r.closed_at,
         r.appointment_date::text, r.appointment_window, to_char(r.appointment_start, 'HH24:MI') AS appointment_start,
         to_char(r.appointment_end, 'HH24:MI') AS appointment_end, r.appointment_location, r.appointment_town, r.appointment_id,
         r.mentor_id, mu.name AS mentor_name
    FROM referral r
    JOIN referral_kind k ON k.code = r.kind
    JOIN organisation so ON so.id = r.sending_organisation_id
    JOIN organisation ro ON ro.id = r.receiving_organisation_id
    JOIN app_user su ON su.id = r.sent_by
    JOIN app_user cu ON cu.id = r.consent_recorded_by
    LEFT JOIN app_user mu ON mu.id = r.mentor_id`;

/** The roles that send and answer referrals for their organisation. */
const PARTY_ROLES = new Set(['PRACTITIONER', 'COORDINATOR', 'MANAGER']);

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const inOrder = (sections: readonly SharingSection[]) => SHARING_SECTIONS.filter((s) => sections.includes(s));
const sectionList = (sections: readonly SharingSection[]) => sections.map((s) => SHARING_SECTION_LABELS[s]).join(', ');
const day = (d: string) => formatDate(`${d}T12:00:00Z`);

const STEP_EVENT: Record<ReferralStep, ReferralEventKind> = {
  ACKNOWLEDGE: 'ACKNOWLEDGED',
  ACCEPT: 'ACCEPTED',
  DECLINE: 'DECLINED',
  WITHDRAW: 'WITHDRAWN',
  CLOSE: 'CLOSED',
};

const STEP_WORDS: Record<ReferralStep, string> = {
  ACKNOWLEDGE: 'acknowledged',
  ACCEPT: 'accepted',
  DECLINE: 'declined',
  WITHDRAW: 'withdrew',
  CLOSE: 'closed',
};

/**
 * Referrals from one organisation to another about one person, with the person's consent
 * (issue #17). Sending records an agreement to share exactly the chosen sections with the
 * receiving organisation (through the sharing service, so the policy and the disclosure gate see
 * it like any agreement); declining or withdrawing ends that agreement and nothing else, so
 * access that existed before, or that another agreement grants, stays. Each step is a row in
 * the referral's timeline, audited, told to the other side, and published on REFERRAL_CHANGED.
 */
export class ReferralService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      bus: PgEventBus;
      policy: PersonPolicy;
      audit: AuditService;
      people: PersonService;
      sharing: SharingService;
      notifications: NotificationService;
      meetingEvents: MeetingEventLog;
    },
  ) {}

  /** The kinds of referral, in their configured order. */
  async kinds(): Promise<ReferralKind[]> {
    return rows<ReferralKind>(
      this.deps.dataSource,
      `SELECT code, label, response_working_days AS "responseWorkingDays", active FROM referral_kind ORDER BY position, label`,
    );
  }

  // ---------------------------------------------------------------- sending

  /**
   * Sends a referral. The sender must hold the record (as for any agreement to share) and record
   * the person's consent. `now` is the day it is sent (today in the UK), from which the response
   * target is counted in working days.
   */
  async send(viewer: Viewer, input: SendReferralInput, now = today()): Promise<string> {
    if (!PARTY_ROLES.has(viewer.role)) throw new DomainError('FORBIDDEN', 'You do not have permission to send referrals.');
    const personId = parseId(input.personId, 'personId');
    const receiverId = parseId(input.receivingOrganisationId, 'receivingOrganisationId');
    const fields: Record<string, string> = {};
    const consent = input.consent;
    if (!consent) fields.consent = 'Record the person’s consent: a referral is made only with it.';
    else if (consent.givenOn > now) fields['consent.givenOn'] = 'The day the person gave consent cannot be in the future.';
    const message = input.message.trim();
    if (!message) fields.message = 'Write a message to the receiving organisation.';
    if (input.expiresOn < now) fields.expiresOn = 'The date the sharing ends must be today or later.';
    if (receiverId === viewer.organisationId) fields.receivingOrganisationId = 'Choose another organisation.';
    const sections = inOrder(input.sections);
    if (sections.length === 0) fields.sections = 'Choose at least one section to share.';
    const slot = input.proposedAppointment;
    if (slot) {
      if (slot.window === 'ALL_DAY') fields['proposedAppointment.window'] = 'Choose morning, afternoon or a set time.';
      else if (slot.window === 'EXACT' && !slot.startTime) fields['proposedAppointment.startTime'] = 'Enter the time of the appointment.';
      else if (slot.window !== 'EXACT' && (slot.startTime || slot.endTime))
        fields['proposedAppointment.window'] = 'Choose "At a set time" to give a time, or leave the times empty.';
      if (slot.date < now) fields['proposedAppointment.date'] = 'The appointment must be today or later.';
    }
    if (Object.keys(fields).length > 0) throw validationFailed(fields);

    return this.deps.dataSource.transaction(async (tx) => {
      const [kind] = await rows<{ code: string; label: string; response_working_days: number }>(
        tx,
        `SELECT code, label, response_working_days FROM referral_kind WHERE code = $1 AND active`,
        [input.kind],
      );
      if (!kind) throw validationFailed({ kind: 'Choose a kind of referral.' });
      const [receiver] = await rows<{ name: string }>(tx, `SELECT name FROM organisation WHERE id = $1 AND active`, [receiverId]);
      if (!receiver) throw validationFailed({ receivingOrganisationId: 'Choose an active organisation.' });
      const [sender] = await rows<{ name: string }>(tx, `SELECT name FROM organisation WHERE id = $1`, [viewer.organisationId]);

      // The agreement to share: exactly these sections, with the receiver, until the expiry.
      // recordIn checks that the viewer holds the record (and refuses break-glass and restriction).
      const agreementId = await this.deps.sharing.recordIn(tx, viewer, {
        personId,
        organisationIds: [receiverId],
        sections,
        agreedOn: consent!.givenOn,
        expiresOn: input.expiresOn,
        lawfulBasis: input.lawfulBasis,
        notes: `Shared with a referral to ${receiver.name} (${kind.label}).`,
      });
      // Checked only now that the viewer is known to hold the record, so a refusal tells an outsider nothing.
      if (slot) {
        const clashes = await clashesWithBooked(tx, personId, {
          date: slot.date,
          window: slot.window,
          startTime: slot.startTime ?? null,
          endTime: slot.endTime ?? null,
          town: slot.town?.trim() || null,
        });
        if (clashes.length > 0) throw validationFailed({ proposedAppointment: `This clashes with a booked appointment: ${clashes[0]}` });
      }

      const [created] = await rows<{ id: string }>(
        tx,
        `INSERT INTO referral (person_id, kind, sending_organisation_id, receiving_organisation_id, sent_by, sent_on, respond_by, message,
                               consent_method, consent_given_on, consent_recorded_by, consent_words, sections, expires_on, sharing_agreement_id,
                               appointment_date, appointment_window, appointment_start, appointment_end, appointment_location, appointment_town)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $5, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id`,
        [
          personId,
          kind.code,
          viewer.organisationId,
          receiverId,
          viewer.id,
          now,
          referralRespondBy(now, kind.response_working_days),
          message,
          consent!.method,
          consent!.givenOn,
          consent!.personsWords?.trim() || null,
          sections,
          input.expiresOn,
          agreementId,
          slot?.date ?? null,
          slot?.window ?? null,
          slot?.window === 'EXACT' ? slot.startTime : null,
          slot?.window === 'EXACT' ? (slot.endTime ?? null) : null,
          slot?.location?.trim() || null,
          slot?.town?.trim() || null,
        ],
      );
      const id = created!.id;
      await this.event(tx, id, 'SENT', viewer, null);
      if (kind.code === 'DUTY_TO_REFER') {
        // The plan's checklist item is done when the referral is made; its outcome follows the answer.
        await linkDutyToRefer(tx, {
          personId,
          referralId: id,
          status: 'DONE',
          council: receiver.name,
          outcome: 'Referral sent: awaiting an answer',
          onDate: now,
          owningOrganisationId: viewer.organisationId,
          userId: viewer.id,
        });
      }
      await this.notifyOrganisation(
        tx,
        receiverId,
        personId,
        `${sender!.name} sent a referral (${kind.label}) about ${NOTIFICATION_PERSON_PLACEHOLDER}, sharing ${sectionList(sections)}.`,
        `REFERRAL_SENT:${id}`,
      );
      await this.deps.audit.record(tx, viewer, [
        {
          action: 'REFERRAL',
          personId,
          sections,
          detail: { referralId: id, step: 'SEND', kind: kind.code, receivingOrganisationId: receiverId, agreementId },
        },
      ]);
      await this.publish(tx, { id, status: 'SENT', version: 1, sender: viewer.organisationId, receiver: receiverId });
      return id;
    });
  }

  // ---------------------------------------------------------------- steps

  /**
   * The peer mentor named when a PEER_MENTORING referral is accepted: an active PEER_MENTOR of the
   * receiving organisation, and required (a mentoring referral accepted without one would be seen
   * by no mentor, and there is no later step to name one). Any other step, or any other kind,
   * names no mentor.
   */
  private async mentorFor(tx: SqlRunner, step: ReferralStep, r: ReferralRow, given: string | null | undefined): Promise<string | null> {
    const naming = step === 'ACCEPT' && r.kind === 'PEER_MENTORING';
    if (!given) {
      if (naming) throw validationFailed({ mentorId: 'Choose the peer mentor who will work with the person.' });
      return null;
    }
    if (!naming) {
      throw validationFailed({ mentorId: 'A peer mentor is named only when accepting a peer mentoring referral.' });
    }
    const mentorId = parseId(given, 'mentorId');
    const [mentor] = await rows<{ id: string }>(
      tx,
      `SELECT id FROM app_user WHERE id = $1 AND organisation_id = $2 AND role = 'PEER_MENTOR' AND active`,
      [mentorId, r.receiving_organisation_id],
    );
    if (!mentor) throw validationFailed({ mentorId: 'Choose a peer mentor from your organisation.' });
    return mentor.id;
  }

  /**
   * Takes one step on a referral. The receiver acknowledges, accepts or declines; the sender
   * withdraws; either closes. A step not allowed from the current status is INVALID_TRANSITION;
   * a stale version is VERSION_CONFLICT.
   */
  async step(viewer: Viewer, step: ReferralStep, input: ReferralStepInput): Promise<string> {
    const id = parseId(input.id, 'id');
    const note = input.note?.trim() || null;
    if (step === 'DECLINE' && !note) throw validationFailed({ reason: 'Say why the referral is declined.' });
    if (step === 'CLOSE' && !note) throw validationFailed({ outcome: 'Record the outcome.' });
    return this.deps.dataSource.transaction(async (tx) => {
      const [r] = await rows<ReferralRow>(tx, `${REFERRAL_SELECT} WHERE r.id = $1 FOR UPDATE OF r`, [id]);
      const isSender = r?.sending_organisation_id === viewer.organisationId;
      const isReceiver = r?.receiving_organisation_id === viewer.organisationId;
      if (!r || !PARTY_ROLES.has(viewer.role) || (!isSender && !isReceiver)) {
        throw new DomainError('NOT_FOUND', 'That referral was not found.');
      }
      const side = REFERRAL_STEP_SIDE[step];
      if ((side === 'RECEIVER' && !isReceiver) || (side === 'SENDER' && !isSender)) {
        throw new DomainError(
          'FORBIDDEN',
          side === 'RECEIVER'
            ? 'Only the organisation the referral was sent to can do that.'
            : 'Only the organisation that sent the referral can withdraw it.',
        );
      }
      if (r.version !== input.version) {
        throw new DomainError('VERSION_CONFLICT', 'This referral has changed since you opened it. Check the change, then try again.', {
          current: { status: r.status, version: r.version },
        });
      }
      const next = referralStepResult(r.status, step);
      if (!next) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `A referral that is ${REFERRAL_STATUS_LABELS[r.status].toLowerCase()} cannot be ${STEP_WORDS[step] === 'withdrew' ? 'withdrawn' : STEP_WORDS[step]}.`,
          { status: r.status },
        );
      }
      const mentorId = await this.mentorFor(tx, step, r, input.mentorId);
      // Each step sets its own columns; $3 is the viewer, $4 the note (reason or outcome).
      const set = {
        ACKNOWLEDGE: 'acknowledged_at = now(), acknowledged_by = $3::uuid',
        ACCEPT: `acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = coalesce(acknowledged_by, $3::uuid),
                 answered_at = now(), answered_by = $3::uuid`,
        DECLINE: `acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = coalesce(acknowledged_by, $3::uuid),
                  answered_at = now(), answered_by = $3::uuid, decline_reason = $4::text`,
        WITHDRAW: 'withdraw_reason = $4::text',
        CLOSE: 'closed_at = now(), closed_by = $3::uuid, outcome = $4::text',
      }[step];
      const [saved] = await rows<{ version: number }>(
        tx,
        `UPDATE referral SET status = $5, version = version + 1, updated_at = now(), ${set}
          WHERE id = $1 AND version = $2 AND ($3::uuid IS NOT NULL OR $4::text IS NULL) RETURNING version`,
        [id, input.version, viewer.id, note, next],
      );
      if (!saved) throw new DomainError('VERSION_CONFLICT', 'This referral has changed since you opened it.');
      await this.event(tx, id, STEP_EVENT[step], viewer, note);
      if (mentorId) await tx.query(`UPDATE referral SET mentor_id = $2 WHERE id = $1`, [id, mentorId]);

      let appointmentId: string | null = null;
      if (step === 'ACCEPT' && r.appointment_date && r.appointment_window) {
        // The warm handover: the proposed first joint appointment is booked for the person, with the receiving organisation.
        appointmentId = await bookJointAppointment(tx, {
          personId: r.person_id,
          organisationId: r.receiving_organisation_id,
          date: r.appointment_date,
          window: r.appointment_window,
          startTime: r.appointment_start,
          endTime: r.appointment_end,
          town: r.appointment_town,
          location: r.appointment_location,
          purpose: `First joint appointment: ${r.receiving_organisation_name} with ${r.sending_organisation_name} (${r.kind_label} referral)`,
          userId: viewer.id,
        });
        await tx.query(`UPDATE referral SET appointment_id = $2 WHERE id = $1`, [id, appointmentId]);
        await this.event(tx, id, 'APPOINTMENT_BOOKED', viewer, `${day(r.appointment_date)}, ${windowWords(r)}`);
        await this.deps.people.publish(tx, viewer, { personId: r.person_id, part: 'PREFERENCES', version: null, section: 'CONTACT' });
      }
      if ((step === 'DECLINE' || step === 'WITHDRAW') && r.sharing_agreement_id) {
        // Only the agreement this referral recorded ends: sharing that existed before, or that another agreement grants, stays.
        await this.deps.sharing.endIn(
          tx,
          viewer,
          r.sharing_agreement_id,
          step === 'DECLINE'
            ? `The referral to ${r.receiving_organisation_name} was declined.`
            : `The referral to ${r.receiving_organisation_name} was withdrawn.`,
        );
      }
      if (r.kind === 'DUTY_TO_REFER') {
        if (step === 'ACCEPT')
          await updateDutyToReferOutcome(tx, id, { outcome: `Accepted by ${r.receiving_organisation_name}`, userId: viewer.id });
        if (step === 'DECLINE') await updateDutyToReferOutcome(tx, id, { outcome: `Declined: ${note}`, userId: viewer.id });
        if (step === 'WITHDRAW')
          await updateDutyToReferOutcome(tx, id, { status: 'IN_PROGRESS', outcome: 'Referral withdrawn', userId: viewer.id });
        if (step === 'CLOSE') await updateDutyToReferOutcome(tx, id, { outcome: `Closed: ${note}`, userId: viewer.id });
      }

      // Tell the other side.
      const actorOrg = isReceiver ? r.receiving_organisation_name : r.sending_organisation_name;
      // Once withdrawn, the receiver may no longer know of the person: the message does not name them.
      const about = step === 'WITHDRAW' ? `sent on ${day(r.sent_on)}` : `about ${NOTIFICATION_PERSON_PLACEHOLDER}`;
      const message = `${actorOrg} ${STEP_WORDS[step]} the referral (${r.kind_label}) ${about}${
        step === 'DECLINE'
          ? `: ${note}`
          : step === 'ACCEPT' && appointmentId
            ? `. The first joint appointment is booked for ${day(r.appointment_date!)}`
            : ''
      }.`;
      if (isReceiver) {
        await this.deps.notifications.notify(tx, {
          userId: r.sent_by,
          kind: 'REFERRAL',
          actionId: null,
          personId: r.person_id,
          message,
          dedupeKey: `REFERRAL_${step}:${id}:${saved.version}`,
        });
      } else {
        await this.notifyOrganisation(tx, r.receiving_organisation_id, r.person_id, message, `REFERRAL_${step}:${id}:${saved.version}`);
      }
      await this.deps.audit.record(tx, viewer, [
        {
          action: 'REFERRAL',
          personId: r.person_id,
          sections: step === 'ACCEPT' && appointmentId ? ['CONTACT'] : [],
          detail: { referralId: id, step, status: next, appointmentId },
        },
      ]);
      await this.publish(tx, {
        id,
        status: next,
        version: saved.version,
        sender: r.sending_organisation_id,
        receiver: r.receiving_organisation_id,
      });
      return id;
    });
  }

  // ---------------------------------------------------------------- overdue

  /**
   * Flags referrals not answered by their response target, once each: both sides are told, and
   * the referral is proposed on the next planned meeting of every huddle the person is on.
   * Safe to run on every process at once (the flag is claimed with the row lock). Returns how
   * many were flagged.
   */
  async flagOverdue(): Promise<number> {
    return this.deps.dataSource.transaction(async (tx) => {
      const due = await rows<ReferralRow>(
        tx,
        `${REFERRAL_SELECT} WHERE ${OVERDUE_SQL} AND r.overdue_flagged_at IS NULL ORDER BY r.respond_by FOR UPDATE OF r SKIP LOCKED`,
      );
      for (const r of due) {
        await tx.query(`UPDATE referral SET overdue_flagged_at = now() WHERE id = $1`, [r.id]);
        await this.event(tx, r.id, 'OVERDUE', null, `Not answered by ${day(r.respond_by)}`);
        const message = `The referral (${r.kind_label}) from ${r.sending_organisation_name} to ${r.receiving_organisation_name} about ${NOTIFICATION_PERSON_PLACEHOLDER} was due an answer by ${day(r.respond_by)}.`;
        await this.deps.notifications.notify(tx, {
          userId: r.sent_by,
          kind: 'REFERRAL',
          actionId: null,
          personId: r.person_id,
          message,
          dedupeKey: `REFERRAL_OVERDUE:${r.id}:${r.sent_by}`,
        });
        await this.notifyOrganisation(tx, r.receiving_organisation_id, r.person_id, message, `REFERRAL_OVERDUE:${r.id}`);
        await this.proposeOnAgenda(tx, r);
        await this.publish(tx, {
          id: r.id,
          status: r.status,
          version: r.version,
          sender: r.sending_organisation_id,
          receiver: r.receiving_organisation_id,
        });
      }
      return due.length;
    });
  }

  /** Adds the overdue referral to the next planned meeting of each huddle with the person on its caseload. */
  private async proposeOnAgenda(tx: SqlRunner, r: ReferralRow): Promise<void> {
    const added = await rows<{ id: string; meeting_id: string }>(
      tx,
      `WITH next AS (
         SELECT DISTINCT ON (m.huddle_id) m.id
           FROM caseload_entry c JOIN meeting m ON m.huddle_id = c.huddle_id
          WHERE c.person_id = $1 AND c.removed_on IS NULL AND m.status = 'PLANNED' AND m.starts_at > now()
          ORDER BY m.huddle_id, m.starts_at)
       INSERT INTO agenda_item (meeting_id, position, kind, person_id, title, reason)
       SELECT n.id, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = n.id), 'RAISED', $1, $2, $3
         FROM next n
       RETURNING id, meeting_id`,
      [
        r.person_id,
        'Referral not answered in time',
        `A referral from ${r.sending_organisation_name} to ${r.receiving_organisation_name} was due an answer by ${day(r.respond_by)}.`,
      ],
    );
    for (const item of added) await this.deps.meetingEvents.record(tx, null, item.meeting_id, 'ITEM_ADDED', { itemId: item.id });
  }

  // ---------------------------------------------------------------- reading

  /**
   * Referrals the viewer's organisation sent or received, newest first. The person is shown as
   * the viewer may see them: a receiver sees what the referral (and any other agreement) shares,
   * and nothing once its sharing has ended.
   */
  async list(
    viewer: Viewer,
    filter: ReferralFilter | null | undefined,
    personFields: Set<string>,
    onlyId: string | null = null,
  ): Promise<Referral[]> {
    if (!PARTY_ROLES.has(viewer.role)) return [];
    const personId = filter?.personId ? parseId(filter.personId, 'personId') : null;
    const found = await rows<ReferralRow>(
      this.deps.dataSource,
      `${REFERRAL_SELECT}
        WHERE (($2::text IS NULL OR $2 = 'OUTGOING') AND r.sending_organisation_id = $1
            OR ($2::text IS NULL OR $2 = 'INCOMING') AND r.receiving_organisation_id = $1)
          AND ($3::text[] IS NULL OR r.status = ANY ($3))
          AND (NOT $4::boolean OR ${OVERDUE_SQL})
          AND ($5::uuid IS NULL OR r.person_id = $5)
          AND ($6::text IS NULL OR r.kind = $6)
          AND ($7::uuid IS NULL OR r.id = $7)
        ORDER BY r.sent_at DESC
        LIMIT 300`,
      [
        viewer.organisationId,
        filter?.direction ?? null,
        filter?.statuses?.length ? filter.statuses : null,
        filter?.overdueOnly ?? false,
        personId,
        filter?.kind ?? null,
        onlyId,
      ],
    );
    if (found.length === 0) return [];
    const personIds = [...new Set(found.map((r) => r.person_id))];
    const [accessById, people, events] = await Promise.all([
      this.deps.policy.accessFor(this.deps.dataSource, viewer, personIds),
      personFields.size > 0
        ? this.deps.people.views(viewer, personIds, fieldsFrom(personFields), { action: 'READ', context: 'Referrals' })
        : Promise.resolve([]),
      rows<{
        referral_id: string;
        id: string;
        kind: ReferralEventKind;
        at: Date;
        by: string | null;
        org_id: string | null;
        org_name: string | null;
        org_kind: string | null;
        note: string | null;
      }>(
        this.deps.dataSource,
        `SELECT e.referral_id, e.id, e.kind, e.at, u.name AS by, o.id AS org_id, o.name AS org_name, o.kind AS org_kind, e.note
           FROM referral_event e LEFT JOIN app_user u ON u.id = e.actor_id LEFT JOIN organisation o ON o.id = e.organisation_id
          WHERE e.referral_id = ANY ($1::uuid[]) ORDER BY e.at, e.id`,
        [found.map((r) => r.id)],
      ),
    ]);
    const personById = new Map(people.map((p) => [p.id, p]));
    const timelineOf = new Map<string, ReferralEvent[]>();
    for (const e of events) {
      const list = timelineOf.get(e.referral_id) ?? [];
      list.push({
        id: e.id,
        kind: e.kind,
        at: e.at,
        by: e.by,
        organisation: e.org_id ? { id: e.org_id, name: e.org_name!, kind: e.org_kind! } : null,
        note: e.note,
      });
      timelineOf.set(e.referral_id, list);
    }
    return found.map((r) => {
      const incoming = r.receiving_organisation_id === viewer.organisationId;
      const outgoing = r.sending_organisation_id === viewer.organisationId;
      const can = (step: ReferralStep) => {
        const side = REFERRAL_STEP_SIDE[step];
        const onSide = side === 'EITHER' || (side === 'RECEIVER' ? incoming : outgoing);
        return onSide && referralStepResult(r.status, step) !== null;
      };
      const referral: Referral = {
        id: r.id,
        direction: incoming ? 'INCOMING' : 'OUTGOING',
        kind: { code: r.kind, label: r.kind_label, responseWorkingDays: r.kind_days, active: r.kind_active },
        status: r.status,
        personId: r.person_id,
        person: personById.get(r.person_id) ?? null,
        sendingOrganisation: { id: r.sending_organisation_id, name: r.sending_organisation_name, kind: r.sending_organisation_kind },
        receivingOrganisation: {
          id: r.receiving_organisation_id,
          name: r.receiving_organisation_name,
          kind: r.receiving_organisation_kind,
        },
        sentBy: r.sent_by_name,
        sentAt: r.sent_at,
        message: r.message,
        consent: {
          method: r.consent_method,
          givenOn: r.consent_given_on,
          recordedBy: r.consent_recorded_by_name,
          recordedAt: r.consent_recorded_at,
          personsWords: r.consent_words,
        },
        sections: inOrder(r.sections),
        expiresOn: r.expires_on,
        respondBy: r.respond_by,
        overdue: r.overdue,
        acknowledgedAt: r.acknowledged_at,
        answeredAt: r.answered_at,
        declineReason: r.decline_reason,
        withdrawReason: r.withdraw_reason,
        outcome: r.outcome,
        closedAt: r.closed_at,
        proposedAppointment:
          r.appointment_date && r.appointment_window
            ? {
                date: r.appointment_date,
                window: r.appointment_window,
                startTime: r.appointment_start,
                endTime: r.appointment_end,
                location: r.appointment_location,
                town: r.appointment_town,
                appointmentId: r.appointment_id,
              }
            : null,
        mentor:
          r.mentor_id && r.mentor_name
            ? {
                id: r.mentor_id,
                name: r.mentor_name,
                organisation: { id: r.receiving_organisation_id, name: r.receiving_organisation_name, kind: r.receiving_organisation_kind },
              }
            : null,
        timeline: timelineOf.get(r.id) ?? [],
        canAcknowledge: can('ACKNOWLEDGE'),
        canAccept: can('ACCEPT'),
        canDecline: can('DECLINE'),
        canWithdraw: can('WITHDRAW'),
        canClose: can('CLOSE'),
        version: r.version,
      };
      return disclose(referral, { access: accessById.get(r.person_id) ?? NO_ACCESS });
    });
  }

  /** One referral the viewer's organisation is party to; NOT_FOUND otherwise (whether or not it exists). */
  async one(viewer: Viewer, id: string, personFields: Set<string>): Promise<Referral> {
    const [referral] = await this.list(viewer, null, personFields, parseId(id, 'id'));
    if (!referral) throw new DomainError('NOT_FOUND', 'That referral was not found.');
    return referral;
  }

  /**
   * The viewer's own organisation's active peer mentors (staff names only), for naming one when
   * accepting a peer mentoring referral sent to it. Nobody else's peer mentors are listed.
   */
  async peerMentors(
    viewer: Viewer,
  ): Promise<Array<{ id: string; name: string; organisation: { id: string; name: string; kind: string } }>> {
    if (!PARTY_ROLES.has(viewer.role))
      throw new DomainError('FORBIDDEN', 'You do not have permission to see your organisation’s peer mentors.');
    const found = await rows<{ id: string; name: string; org_id: string; org_name: string; org_kind: string }>(
      this.deps.dataSource,
      `SELECT u.id, u.name, o.id AS org_id, o.name AS org_name, o.kind AS org_kind
         FROM app_user u JOIN organisation o ON o.id = u.organisation_id
        WHERE u.organisation_id = $1 AND u.role = 'PEER_MENTOR' AND u.active AND o.active
        ORDER BY u.name, u.id`,
      [viewer.organisationId],
    );
    return found.map((u) => ({ id: u.id, name: u.name, organisation: { id: u.org_id, name: u.org_name, kind: u.org_kind } }));
  }

  /** Counts for the organisation's inbox, in one statement. */
  async inbox(viewer: Viewer): Promise<ReferralInboxSummary> {
    if (!PARTY_ROLES.has(viewer.role)) return { new: 0, overdue: 0, accepted: 0, awaitingAnswer: 0 };
    const [counts] = await rows<ReferralInboxSummary>(
      this.deps.dataSource,
      `SELECT count(*) FILTER (WHERE r.receiving_organisation_id = $1 AND r.status = 'SENT')::int AS new,
              count(*) FILTER (WHERE r.receiving_organisation_id = $1 AND ${OVERDUE_SQL})::int AS overdue,
              count(*) FILTER (WHERE r.receiving_organisation_id = $1 AND r.status = 'ACCEPTED')::int AS accepted,
              count(*) FILTER (WHERE r.sending_organisation_id = $1 AND r.status IN ('SENT', 'ACKNOWLEDGED'))::int AS "awaitingAnswer"
         FROM referral r WHERE r.receiving_organisation_id = $1 OR r.sending_organisation_id = $1`,
      [viewer.organisationId],
    );
    return counts!;
  }

  /** Whether a live change may be told to this viewer: re-checked on every event against the stored referral. */
  async changeVisibleTo(viewer: Viewer, event: ReferralChangedEvent): Promise<boolean> {
    if (!PARTY_ROLES.has(viewer.role)) return false;
    if (viewer.organisationId !== event.sendingOrganisationId && viewer.organisationId !== event.receivingOrganisationId) return false;
    const [party] = await rows<{ ok: boolean }>(
      this.deps.dataSource,
      `SELECT true AS ok FROM referral WHERE id = $1 AND (sending_organisation_id = $2 OR receiving_organisation_id = $2)`,
      [event.referralId, viewer.organisationId],
    );
    return Boolean(party);
  }

  // ---------------------------------------------------------------- figures

  /**
   * Referrals the manager's organisation sent, by kind and receiving organisation: sent,
   * accepted, declined, overdue now, and the median days to acknowledge and to accept. Groups
   * about fewer than 5 people are withheld unless the manager may know of every one.
   */
  async figures(viewer: Viewer, from: string | null, to: string | null): Promise<ReferralFigures> {
    if (viewer.role !== 'MANAGER') throw new DomainError('FORBIDDEN', 'You do not have permission to see referral figures.');
    const until = to ?? today();
    const since = from ?? `${Number(until.slice(0, 4)) - 1}${until.slice(4)}`;
    if (since > until) throw validationFailed({ from: 'The start must be on or before the end.' });
    const groups = await rows<{
      kind: string;
      kind_label: string;
      org_id: string;
      org_name: string;
      org_kind: string;
      person_ids: string[];
      sent: number;
      accepted: number;
      declined: number;
      overdue_now: number;
      days_to_acknowledge: number[];
      days_to_accept: number[];
    }>(
      this.deps.dataSource,
      `SELECT r.kind, k.label AS kind_label, o.id AS org_id, o.name AS org_name, o.kind AS org_kind,
              array_agg(DISTINCT r.person_id) AS person_ids,
              count(*)::int AS sent,
              count(*) FILTER (WHERE r.answered_at IS NOT NULL AND r.decline_reason IS NULL)::int AS accepted,
              count(*) FILTER (WHERE r.decline_reason IS NOT NULL)::int AS declined,
              count(*) FILTER (WHERE ${OVERDUE_SQL})::int AS overdue_now,
              coalesce(array_agg(extract(epoch FROM r.acknowledged_at - r.sent_at) / 86400) FILTER (WHERE r.acknowledged_at IS NOT NULL), '{}') AS days_to_acknowledge,
              coalesce(array_agg(extract(epoch FROM r.answered_at - r.sent_at) / 86400)
                       FILTER (WHERE r.answered_at IS NOT NULL AND r.decline_reason IS NULL), '{}') AS days_to_accept
         FROM referral r JOIN referral_kind k ON k.code = r.kind JOIN organisation o ON o.id = r.receiving_organisation_id
        WHERE r.sending_organisation_id = $1 AND r.sent_on BETWEEN $2 AND $3
        GROUP BY r.kind, k.label, k.position, o.id, o.name, o.kind
        ORDER BY k.position, o.name`,
      [viewer.organisationId, since, until],
    );
    const access = await this.deps.policy.accessFor(this.deps.dataSource, viewer, [...new Set(groups.flatMap((g) => g.person_ids))]);
    const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
    const result: ReferralFigureRow[] = groups.map((g) => {
      const seesEveryone = g.person_ids.every((id) => access.get(id)?.canKnow);
      const suppressed = !seesEveryone && g.person_ids.length < SMALL_NUMBER;
      return {
        kind: g.kind,
        kindLabel: g.kind_label,
        receivingOrganisation: { id: g.org_id, name: g.org_name, kind: g.org_kind },
        suppressed,
        sent: suppressed ? null : g.sent,
        accepted: suppressed ? null : g.accepted,
        declined: suppressed ? null : g.declined,
        overdueNow: suppressed ? null : g.overdue_now,
        medianDaysToAcknowledge: suppressed ? null : round(median(g.days_to_acknowledge.map(Number))),
        medianDaysToAccept: suppressed ? null : round(median(g.days_to_accept.map(Number))),
      };
    });
    return { from: since, to: until, rows: result };
  }

  /** The figures as CSV; withheld figures are written "fewer than 5". */
  async figuresCsv(viewer: Viewer, from: string | null, to: string | null): Promise<string> {
    const figures = await this.figures(viewer, from, to);
    const header = [
      'Kind',
      'Receiving organisation',
      'Sent',
      'Accepted',
      'Declined',
      'Overdue now',
      'Median days to acknowledge',
      'Median days to accept',
    ];
    const cell = (row: ReferralFigureRow, n: number | null) =>
      row.suppressed ? `fewer than ${SMALL_NUMBER}` : n === null ? '' : String(n);
    const data = figures.rows.map((r) => [
      r.kindLabel,
      r.receivingOrganisation.name,
      cell(r, r.sent),
      cell(r, r.accepted),
      cell(r, r.declined),
      cell(r, r.overdueNow),
      cell(r, r.medianDaysToAcknowledge),
      cell(r, r.medianDaysToAccept),
    ]);
    return stringify([header, ...data], { cast: { string: (value) => neutraliseCsvFormula(value) }, quoted_match: /[",\n\r]/ });
  }

  // ---------------------------------------------------------------- helpers

  private async event(tx: SqlRunner, referralId: string, kind: ReferralEventKind, viewer: Viewer | null, note: string | null) {
    await tx.query(`INSERT INTO referral_event (referral_id, kind, actor_id, organisation_id, note) VALUES ($1, $2, $3, $4, $5)`, [
      referralId,
      kind,
      viewer?.id ?? null,
      viewer?.organisationId ?? null,
      note,
    ]);
  }

  /** Tells the organisation's practitioners, coordinators and managers. */
  private async notifyOrganisation(tx: SqlRunner, organisationId: string, personId: string, message: string, dedupeKey: string) {
    const users = await rows<{ id: string }>(
      tx,
      `SELECT id FROM app_user WHERE organisation_id = $1 AND active AND role IN ('PRACTITIONER', 'COORDINATOR', 'MANAGER')`,
      [organisationId],
    );
    for (const u of users) {
      await this.deps.notifications.notify(tx, {
        userId: u.id,
        kind: 'REFERRAL',
        actionId: null,
        personId,
        message,
        dedupeKey: `${dedupeKey}:${u.id}`,
      });
    }
  }

  /** Announces a change after commit (NOTIFY is delivered only when the transaction commits). */
  private async publish(
    tx: SqlRunner,
    e: { id: string; status: ReferralStatus; version: number; sender: string; receiver: string },
  ): Promise<void> {
    await this.deps.bus.publish(
      'REFERRAL_CHANGED',
      { referralId: e.id, status: e.status, version: e.version, sendingOrganisationId: e.sender, receivingOrganisationId: e.receiver },
      tx as never,
    );
  }
}

const windowWords = (r: ReferralRow) =>
  r.appointment_window === 'EXACT' ? `at ${r.appointment_start}` : r.appointment_window === 'MORNING' ? 'morning' : 'afternoon';
