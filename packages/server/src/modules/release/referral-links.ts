import { findClashes, type AppointmentSlot, type AppointmentWindow, type ReleaseItemStatus } from '@casehuddle/shared';
import { rows, type SqlRunner } from '../../core/sql.js';

/**
 * What the release plan and the appointment book offer referrals (modules/referral): the Duty
 * to Refer checklist item linked to the referral that made it, the same clash checks as any
 * booking, and the booking of a first joint appointment. Each runs inside the caller's
 * transaction; the caller has checked that the viewer is party to the referral.
 */

/**
 * Links the person's Duty to Refer checklist item to a referral and sets its status, council and
 * outcome. Does nothing when the person has no release plan. Returns whether a plan was updated.
 */
export async function linkDutyToRefer(
  tx: SqlRunner,
  item: {
    personId: string;
    referralId: string;
    status: ReleaseItemStatus;
    council: string;
    outcome: string;
    onDate: string;
    owningOrganisationId: string;
    userId: string;
  },
): Promise<boolean> {
  const updated = await rows<{ person_id: string }>(
    tx,
    `INSERT INTO release_plan_item (person_id, item, owning_organisation_id, status, on_date, council, outcome, referral_id, updated_by)
     SELECT p.person_id, 'DUTY_TO_REFER', $2, $3, $4, left($5, 120), left($6, 300), $7, $8 FROM release_plan p WHERE p.person_id = $1
     ON CONFLICT (person_id, item) DO UPDATE
        SET status = EXCLUDED.status, on_date = EXCLUDED.on_date, council = EXCLUDED.council, outcome = EXCLUDED.outcome,
            referral_id = EXCLUDED.referral_id, owning_organisation_id = coalesce(release_plan_item.owning_organisation_id, EXCLUDED.owning_organisation_id),
            version = release_plan_item.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now()
     RETURNING person_id`,
    [item.personId, item.owningOrganisationId, item.status, item.onDate, item.council, item.outcome, item.referralId, item.userId],
  );
  return updated.length > 0;
}

/**
 * When a release plan is created after a Duty to Refer was already sent, its checklist item is
 * linked to that referral and marked as made, with the outcome the referral has reached. The
 * latest Duty to Refer about the person counts unless it was declined or withdrawn (also when it
 * was closed afterwards). Runs in the transaction that created the plan; returns whether an item
 * was linked.
 */
export async function linkSentDutyToRefer(tx: SqlRunner, personId: string, userId: string): Promise<boolean> {
  const [sent] = await rows<{
    id: string;
    status: string;
    sent_on: string;
    sending_organisation_id: string;
    council: string;
    outcome: string | null;
  }>(
    tx,
    `SELECT r.id, r.status, r.sent_on::text, r.sending_organisation_id, o.name AS council, r.outcome
       FROM referral r JOIN organisation o ON o.id = r.receiving_organisation_id
      WHERE r.person_id = $1 AND r.kind = 'DUTY_TO_REFER' AND r.status NOT IN ('DECLINED', 'WITHDRAWN')
        AND NOT EXISTS (SELECT 1 FROM referral_event e WHERE e.referral_id = r.id AND e.kind IN ('DECLINED', 'WITHDRAWN'))
      ORDER BY r.sent_at DESC, r.id LIMIT 1`,
    [personId],
  );
  if (!sent) return false;
  const outcome =
    sent.status === 'ACCEPTED'
      ? `Accepted by ${sent.council}`
      : sent.status === 'CLOSED'
        ? `Closed: ${sent.outcome ?? ''}`.trim()
        : 'Referral sent: awaiting an answer';
  return linkDutyToRefer(tx, {
    personId,
    referralId: sent.id,
    status: 'DONE',
    council: sent.council,
    outcome,
    onDate: sent.sent_on,
    owningOrganisationId: sent.sending_organisation_id,
    userId,
  });
}

/** Updates the outcome (and status) of the Duty to Refer item made by a referral, if it still names it. */
export async function updateDutyToReferOutcome(
  tx: SqlRunner,
  referralId: string,
  change: { status?: ReleaseItemStatus; outcome: string; userId: string },
): Promise<void> {
  await tx.query(
    `UPDATE release_plan_item SET status = coalesce($2, status), outcome = left($3, 300), version = version + 1, updated_by = $4, updated_at = now()
      WHERE referral_id = $1 AND item = 'DUTY_TO_REFER'`,
    [referralId, change.status ?? null, change.outcome, change.userId],
  );
}

export interface ProposedSlot {
  date: string;
  window: AppointmentWindow;
  startTime: string | null;
  endTime: string | null;
  town: string | null;
}

/** The clash messages a proposed appointment would have with the person's booked appointments (the rules of packages/shared). */
export async function clashesWithBooked(tx: SqlRunner, personId: string, slot: ProposedSlot): Promise<string[]> {
  const booked = await rows<AppointmentSlot & { status: NonNullable<AppointmentSlot['status']> }>(
    tx,
    `SELECT id, on_date::text AS date, time_window AS window, to_char(start_time, 'HH24:MI') AS "startTime",
            to_char(end_time, 'HH24:MI') AS "endTime", town, status
       FROM appointment WHERE person_id = $1 AND on_date BETWEEN $2::date - 1 AND $2::date + 1`,
    [personId, slot.date],
  );
  const proposed: AppointmentSlot = { id: 'proposed', ...slot, status: 'BOOKED' };
  return findClashes([proposed, ...booked])
    .filter((c) => c.a === 'proposed' || c.b === 'proposed')
    .map((c) => c.message);
}

/** Books the first joint appointment of an accepted referral for the person, with the receiving organisation. Returns its id. */
export async function bookJointAppointment(
  tx: SqlRunner,
  a: ProposedSlot & { personId: string; organisationId: string; location: string | null; purpose: string; userId: string },
): Promise<string> {
  const [row] = await rows<{ id: string }>(
    tx,
    `INSERT INTO appointment (person_id, organisation_id, on_date, time_window, start_time, end_time, location, town, purpose, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, left($9, 300), $10) RETURNING id`,
    [
      a.personId,
      a.organisationId,
      a.date,
      a.window,
      a.window === 'EXACT' ? a.startTime : null,
      a.window === 'EXACT' ? a.endTime : null,
      a.location,
      a.town,
      a.purpose,
      a.userId,
    ],
  );
  return row!.id;
}
