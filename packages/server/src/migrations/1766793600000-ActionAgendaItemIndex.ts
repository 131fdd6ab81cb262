import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The actions at agenda items are found by item (`agenda_item_id = ANY (…)`: the agenda
 * statement, ActionService.forItems, the minutes), which had no index: each agenda read scanned
 * the whole action table. See docs/performance.md, "December 2026 (4)".
 */
export class ActionAgendaItemIndex1766793600000 implements MigrationInterface {
  name = 'ActionAgendaItemIndex1766793600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX action_agenda_item_idx ON action (agenda_item_id) WHERE agenda_item_id IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX action_agenda_item_idx`);
  }
}
