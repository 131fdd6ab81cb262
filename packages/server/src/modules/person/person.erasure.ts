import { type SqlRunner } from '../../core/sql.js';

/**
 * The session setting that tells the minutes' freeze trigger which person is being erased. It
 * is set for the erasing transaction only (`set_config(…, true)`), and the trigger then allows
 * one kind of change to frozen minutes: taking out the actions for that person.
 */
export const ERASING_PERSON_SETTING = 'casehuddle.erasing_person';

/**
 * Removes what is derived from a person from rows that outlive them, inside the erasing
 * transaction and before the person's row (and with it, by cascade, their actions) is deleted:
 * an action for them agreed at an item not about them (such as "Review of incomplete actions")
 * is copied into that item's frozen minutes, and is taken out of the copy here.
 */
export async function eraseDerivedData(tx: SqlRunner, personId: string): Promise<void> {
  await tx.query(`SELECT set_config($1, $2, true)`, [ERASING_PERSON_SETTING, personId]);
  await tx.query(
    `WITH theirs AS (SELECT id::text AS id FROM action WHERE person_id = $1)
     UPDATE meeting_minutes_item mi
        SET actions = (SELECT coalesce(jsonb_agg(e ORDER BY n), '[]'::jsonb)
                         FROM jsonb_array_elements(mi.actions) WITH ORDINALITY AS t(e, n)
                        WHERE e->>'id' IS NULL OR e->>'id' NOT IN (SELECT id FROM theirs))
      WHERE mi.person_id IS DISTINCT FROM $1
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(mi.actions) e WHERE e->>'id' IN (SELECT id FROM theirs))`,
    [personId],
  );
  await tx.query(`SELECT set_config($1, '', true)`, [ERASING_PERSON_SETTING]);
}
