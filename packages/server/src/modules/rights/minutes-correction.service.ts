import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { notShared } from '../disclosure/gate.js';
import { decideMembership } from '../huddle-membership/huddle-membership.js';
import type { PersonPolicy } from '../person/person.policy.js';
import type { AddMinutesCorrectionInput } from './dto/rights.inputs.js';
import type { MinutesCorrection } from './rights.types.js';

/**
 * Rectification of minutes: frozen minutes never change, so a correction is appended to an item
 * (text, reason, who, when) and shown after the original. Corrections cannot be edited (the
 * database refuses); a later correction follows an earlier one. They are read with the item,
 * under the same rule as the item's notes (the disclosure gate's DISCUSSION, on the item's mark).
 */
export class MinutesCorrectionService {
  constructor(private readonly deps: { dataSource: DataSource; policy: PersonPolicy; audit: AuditService }) {}

  /** Adds a correction: the huddle's chairs and its member organisations' coordinators, on closed minutes only. */
  async add(viewer: Viewer, input: AddMinutesCorrectionInput): Promise<string> {
    const meetingId = parseId(input.meetingId, 'meetingId');
    const itemId = parseId(input.itemId, 'itemId');
    return this.deps.dataSource.transaction(async (tx) => {
      const [facts] = await rows<{ person_id: string | null; member: boolean; chair: boolean; isa_signed: boolean }>(
        tx,
        `SELECT mi.person_id,
                EXISTS (SELECT 1 FROM huddle_member hm WHERE hm.huddle_id = m.huddle_id AND hm.organisation_id = $3) AS member,
                EXISTS (SELECT 1 FROM huddle_chair hc WHERE hc.huddle_id = m.huddle_id AND hc.user_id = $4) AS chair,
                huddle_isa_signed(m.huddle_id, $3) AS isa_signed
           FROM meeting_minutes_item mi JOIN meeting m ON m.id = mi.meeting_id
          WHERE mi.meeting_id = $1 AND mi.item_id = $2
          FOR SHARE OF mi`,
        [meetingId, itemId, viewer.organisationId, viewer.id],
      );
      if (!facts) throw new DomainError('NOT_FOUND', 'That item is not in the minutes of a closed meeting.');
      const membership = decideMembership(viewer, facts);
      if (!membership.chair && !(membership.member && viewer.role === 'COORDINATOR'))
        throw new DomainError('FORBIDDEN', 'Only the huddle’s chairs and coordinators can add a correction to its minutes.');
      if (facts.person_id) {
        // As for changing the item while live: more than the person's name must be shared.
        const access = (await this.deps.policy.accessFor(tx, viewer, [facts.person_id])).get(facts.person_id);
        if (!access?.canKnow) throw notShared(true);
        if (!access.canSeeProfile || access.basis === 'BREAK_GLASS') throw notShared(false);
      }
      const [created] = await rows<{ id: string }>(
        tx,
        `INSERT INTO minutes_correction (meeting_id, item_id, text, reason, added_by, added_by_name)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [meetingId, itemId, input.text.trim(), input.reason.trim(), viewer.id, viewer.name],
      );
      if (facts.person_id)
        await this.deps.audit.record(tx, viewer, [
          { action: 'MINUTES_CORRECTION', personId: facts.person_id, detail: { meetingId, itemId, correctionId: created!.id } },
        ]);
      return created!.id;
    });
  }

  /** Every correction to a meeting's minutes, by item, oldest first. The caller decides who sees which item. */
  async forMeeting(meetingId: string): Promise<Map<string, MinutesCorrection[]>> {
    const found = await rows<{ id: string; item_id: string; text: string; reason: string; added_by_name: string; added_at: Date }>(
      this.deps.dataSource,
      `SELECT id, item_id, text, reason, added_by_name, added_at FROM minutes_correction WHERE meeting_id = $1 ORDER BY added_at, id`,
      [meetingId],
    );
    const byItem = new Map<string, MinutesCorrection[]>();
    for (const c of found) {
      const list = byItem.get(c.item_id) ?? [];
      list.push({ id: c.id, itemId: c.item_id, text: c.text, reason: c.reason, addedBy: c.added_by_name, addedAt: c.added_at });
      byItem.set(c.item_id, list);
    }
    return byItem;
  }
}
