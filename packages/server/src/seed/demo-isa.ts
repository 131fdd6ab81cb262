import type { DataSource } from 'typeorm';
import { rows } from '../core/sql.js';

/**
 * Puts the demo huddles under one information sharing agreement that every member organisation
 * has signed (by its manager where it has one), and counts existing members as having joined
 * before the first meeting, so the demo's minutes stay readable.
 */
export async function seedDemoIsa(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (tx) => {
    const [isa] = await rows<{ id: string }>(
      tx,
      `INSERT INTO information_sharing_agreement (title, purposes, article6_bases, article9_conditions, article10_conditions, schedule1_conditions,
                                                  common_law_bases, sections, retention, review_on, past_minutes_visible_to_new_parties)
       VALUES ('Northvale multiple disadvantage partnership ISA',
               'Agreeing and coordinating support for adults facing multiple disadvantage at the Northvale case huddles (MEAM Approach).',
               ARRAY['ART6_1_E'], ARRAY['ART9_2_H','ART9_2_G'], ARRAY['ART10_SCHEDULE_1'], ARRAY['SCH1_P2','SCH1_P6','SCH1_P10','SCH1_P18'],
               ARRAY['CL_AGREEMENT','CL_PUBLIC_INTEREST'], ARRAY['STORY','NEEDS','HEALTH','RISK','OFFENDING','CONTACT'],
               'Kept while the person is on a caseload and for 6 years after their last contact, then reviewed for erasure.',
               current_date + 20, false)
       RETURNING id`,
    );
    await tx.query(`INSERT INTO isa_party (isa_id, organisation_id) SELECT DISTINCT $1::uuid, organisation_id FROM huddle_member`, [
      isa!.id,
    ]);
    await tx.query(
      `INSERT INTO isa_version (isa_id, version, terms) SELECT i.id, 1, to_jsonb(i) - 'id' FROM information_sharing_agreement i WHERE i.id = $1`,
      [isa!.id],
    );
    await tx.query(
      `INSERT INTO isa_signature (isa_id, version, organisation_id, signed_by, signatory_name, signatory_role)
       SELECT $1, 1, p.organisation_id, u.id, coalesce(u.name, 'Partnership lead'), CASE WHEN u.role = 'MANAGER' THEN 'Service manager' ELSE 'Partnership lead' END
         FROM isa_party p
         LEFT JOIN LATERAL (SELECT id, name, role FROM app_user WHERE organisation_id = p.organisation_id AND role <> 'ADMIN'
                             ORDER BY (role = 'MANAGER') DESC, name LIMIT 1) u ON true
        WHERE p.isa_id = $1`,
      [isa!.id],
    );
    await tx.query(`UPDATE huddle SET isa_id = $1`, [isa!.id]);
    await tx.query(
      `UPDATE huddle_member hm SET joined_at = LEAST(hm.joined_at, coalesce((SELECT min(m.starts_at) FROM meeting m WHERE m.huddle_id = hm.huddle_id), hm.joined_at) - interval '1 day')`,
    );
  });
}
