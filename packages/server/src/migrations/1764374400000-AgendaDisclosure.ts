import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The part of a person's record that an agenda item's kind, title and reason were drafted from
 * (a release date is OFFENDING for custody and HEALTH for hospital). The disclosure gate shows
 * them only to viewers who may see that part; others see a neutral title and kind. Frozen
 * minutes carry it too, set once here for minutes frozen before it existed.
 */
export class AgendaDisclosure1764374400000 implements MigrationInterface {
  name = 'AgendaDisclosure1764374400000';

  public async up(q: QueryRunner): Promise<void> {
    const check = `CHECK (disclosure_section IN ('STORY','NEEDS','HEALTH','RISK','OFFENDING','CONTACT'))`;
    await q.query(`ALTER TABLE agenda_item ADD COLUMN disclosure_section text ${check}`);
    await q.query(`ALTER TABLE meeting_minutes_item ADD COLUMN disclosure_section text ${check}`);
    const fromSituation = `(SELECT CASE WHEN p.situation_kind = 'HOSPITAL' THEN 'HEALTH' ELSE 'OFFENDING' END FROM person p WHERE p.id = t.person_id)`;
    const released = `(t.kind = 'RELEASE_SOON' OR (t.kind = 'CARRIED_OVER' AND t.title LIKE 'Release due %'))`;
    await q.query(`UPDATE agenda_item t SET disclosure_section = coalesce(${fromSituation}, 'OFFENDING') WHERE ${released}`);
    await q.query(`ALTER TABLE meeting_minutes_item DISABLE TRIGGER meeting_minutes_item_no_update`);
    await q.query(`UPDATE meeting_minutes_item t SET disclosure_section = coalesce(${fromSituation}, 'OFFENDING') WHERE ${released}`);
    await q.query(`ALTER TABLE meeting_minutes_item ENABLE TRIGGER meeting_minutes_item_no_update`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_minutes_item DROP COLUMN disclosure_section`);
    await q.query(`ALTER TABLE agenda_item DROP COLUMN disclosure_section`);
  }
}
