import { addDays, referralRespondBy } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import { rows } from '../core/sql.js';

const todayUk = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

interface DemoReferral {
  personId: string;
  kind: string;
  responseDays: number;
  from: string;
  to: string;
  sentBy: string;
  sentDaysAgo: number;
  message: string;
  consentWords: string | null;
  sections: string[];
  status: 'SENT' | 'ACKNOWLEDGED' | 'ACCEPTED';
  answeredBy?: string;
  /** A peer mentoring referral: the peer mentor named on accepting it. */
  mentor?: string;
}

/**
 * A few referrals between the demo organisations (synthetic), so the inbox and the referral
 * pages have something to show: a Duty to Refer from the prison to the council's housing
 * options service waiting for an answer (with the release plan's item linked to it), a
 * substance-use referral from probation accepted by the recovery service, and a mental-health
 * referral from the housing service acknowledged but past its response target, and a peer
 * mentoring referral from probation accepted by the peer mentors, naming the mentor (who then
 * sees that person's story and contact preferences, and nobody else).
 */
export async function seedDemoReferrals(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (tx) => {
    const orgs = await rows<{ key: string; id: string; name: string }>(
      tx,
      `SELECT CASE name WHEN 'HMP Northvale' THEN 'prison' WHEN 'Northvale Council Housing Options' THEN 'housing'
                        WHEN 'Northvale Probation Delivery Unit' THEN 'probation' WHEN 'Northvale Recovery Service' THEN 'recovery'
                        WHEN 'Northvale NHS Community Mental Health Team' THEN 'mental-health'
                        WHEN 'Northvale Peer Mentors' THEN 'peers' END AS key, id, name
         FROM organisation`,
    );
    const org = (key: string) => orgs.find((o) => o.key === key);
    const user = async (email: string) => (await rows<{ id: string }>(tx, `SELECT id FROM app_user WHERE email = $1`, [email]))[0]?.id;
    const kinds = new Map(
      (await rows<{ code: string; response_working_days: number }>(tx, `SELECT code, response_working_days FROM referral_kind`)).map(
        (k) => [k.code, k.response_working_days],
      ),
    );
    // Someone in custody at HMP Northvale with a release plan, due out in the coming months (not Aaron, whose journey
    // starts without one). The prison's resettlement worker is one of their lead professionals, so holds the record.
    const [prisoner] = await rows<{ id: string }>(
      tx,
      `SELECT p.id FROM person p JOIN release_plan rp ON rp.person_id = p.id
        WHERE p.situation_kind = 'CUSTODY' AND p.establishment = 'HMP Northvale' AND p.release_date > current_date + 14
          AND p.legal_name NOT LIKE 'Aaron %' AND NOT EXISTS (SELECT 1 FROM person_lead l WHERE l.person_id = p.id AND l.organisation_id = $1)
        ORDER BY p.release_date LIMIT 1`,
      [org('prison')?.id],
    );
    const resettlement = await user('resettlement@casehuddle.test');
    if (prisoner && resettlement)
      await tx.query(`INSERT INTO person_lead (person_id, organisation_id, user_id, assigned_by) VALUES ($1, $2, $3, $3)`, [
        prisoner.id,
        org('prison')!.id,
        resettlement,
      ]);
    const [probationCase] = await rows<{ id: string }>(
      tx,
      `SELECT id FROM person WHERE owning_organisation_id = $1 AND legal_name NOT LIKE 'Aaron %' ORDER BY created_at, legal_name LIMIT 1`,
      [org('probation')?.id],
    );
    const [tenant] = await rows<{ id: string }>(
      tx,
      `SELECT id FROM person WHERE owning_organisation_id = $1 AND legal_name NOT LIKE 'Aaron %' ORDER BY created_at, legal_name LIMIT 1`,
      [org('housing')?.id],
    );
    const referrals: DemoReferral[] = [];
    if (prisoner && org('prison') && org('housing'))
      referrals.push({
        personId: prisoner.id,
        kind: 'DUTY_TO_REFER',
        responseDays: kinds.get('DUTY_TO_REFER') ?? 2,
        from: 'prison',
        to: 'housing',
        sentBy: 'resettlement@casehuddle.test',
        sentDaysAgo: 0,
        message:
          'Due for release in the coming weeks with no address to go to. Lost a private tenancy while in custody. Would like to stay in Northvale near family.',
        consentWords: 'I agree to you telling the council so they can help me find somewhere.',
        sections: ['STORY', 'NEEDS', 'CONTACT'],
        status: 'SENT',
      });
    if (probationCase && org('probation') && org('recovery'))
      referrals.push({
        personId: probationCase.id,
        kind: 'SUBSTANCE_USE',
        responseDays: kinds.get('SUBSTANCE_USE') ?? 5,
        from: 'probation',
        to: 'recovery',
        sentBy: 'probation@casehuddle.test',
        sentDaysAgo: 12,
        message: 'Wants help to cut down drinking; has asked for a worker who can meet in the afternoons.',
        consentWords: null,
        sections: ['STORY', 'NEEDS'],
        status: 'ACCEPTED',
        answeredBy: 'recovery@casehuddle.test',
      });
    if (tenant && org('housing') && org('mental-health'))
      referrals.push({
        personId: tenant.id,
        kind: 'MENTAL_HEALTH',
        responseDays: kinds.get('MENTAL_HEALTH') ?? 5,
        from: 'housing',
        to: 'mental-health',
        sentBy: 'housing@casehuddle.test',
        sentDaysAgo: 15,
        message: 'Low mood and not leaving the flat since the winter; has asked to talk to someone.',
        consentWords: 'Yes, as long as they ring before they visit.',
        sections: ['STORY', 'CONTACT'],
        status: 'ACKNOWLEDGED',
        answeredBy: 'nurse@casehuddle.test',
      });

    if (probationCase && org('probation') && org('peers'))
      referrals.push({
        personId: probationCase.id,
        kind: 'PEER_MENTORING',
        responseDays: kinds.get('PEER_MENTORING') ?? 10,
        from: 'probation',
        to: 'peers',
        sentBy: 'probation@casehuddle.test',
        sentDaysAgo: 8,
        message: 'Would like someone who has been through recovery to meet for a coffee once a week.',
        consentWords: 'Yes, someone who gets it would be good.',
        sections: ['STORY', 'CONTACT'],
        status: 'ACCEPTED',
        answeredBy: 'peer@casehuddle.test',
        mentor: 'mentor@casehuddle.test',
      });

    for (const r of referrals) {
      const sender = await user(r.sentBy);
      if (!sender) continue;
      const sentOn = addDays(todayUk(), -r.sentDaysAgo);
      const from = org(r.from)!;
      const to = org(r.to)!;
      const [agreement] = await rows<{ id: string }>(
        tx,
        `INSERT INTO sharing_agreement (person_id, organisation_ids, sections, agreed_on, expires_on, notes, recorded_by,
                                        article6_basis, article9_condition, schedule1_conditions, common_law_basis)
         VALUES ($1, ARRAY[$2::uuid], $3, $4, $4::date + 90, $5, $6, 'ART6_1_E', 'ART9_2_H', ARRAY['SCH1_P2'], 'CL_AGREEMENT') RETURNING id`,
        [r.personId, to.id, r.sections, sentOn, `Shared with a referral to ${to.name}.`, sender],
      );
      const answerer = r.answeredBy ? await user(r.answeredBy) : null;
      const [referral] = await rows<{ id: string }>(
        tx,
        `INSERT INTO referral (person_id, kind, sending_organisation_id, receiving_organisation_id, sent_by, sent_at, sent_on, respond_by, message,
                               consent_method, consent_given_on, consent_recorded_by, consent_words, sections, expires_on, sharing_agreement_id,
                               status, acknowledged_at, acknowledged_by, answered_at, answered_by)
         VALUES ($1, $2, $3, $4, $5, $6::date + time '10:15', $6, $7, $8, $9, $6, $5, $10, $11, $6::date + 90, $12,
                 $13, CASE WHEN $13 <> 'SENT' THEN $6::date + time '15:40' END, CASE WHEN $13 <> 'SENT' THEN $14::uuid END,
                 CASE WHEN $13 = 'ACCEPTED' THEN $6::date + 2 + time '11:00' END, CASE WHEN $13 = 'ACCEPTED' THEN $14::uuid END)
         RETURNING id`,
        [
          r.personId,
          r.kind,
          from.id,
          to.id,
          sender,
          sentOn,
          referralRespondBy(sentOn, r.responseDays),
          r.message,
          r.consentWords ? 'WRITTEN' : 'SPOKEN',
          r.consentWords,
          r.sections,
          agreement!.id,
          r.status,
          answerer ?? null,
        ],
      );
      await tx.query(
        `INSERT INTO referral_event (referral_id, kind, at, actor_id, organisation_id, note)
         SELECT $1, 'SENT', r.sent_at, r.sent_by, r.sending_organisation_id, NULL FROM referral r WHERE r.id = $1
         UNION ALL
         SELECT $1, 'ACKNOWLEDGED', r.acknowledged_at, r.acknowledged_by, r.receiving_organisation_id, NULL FROM referral r WHERE r.id = $1 AND r.acknowledged_at IS NOT NULL
         UNION ALL
         SELECT $1, 'ACCEPTED', r.answered_at, r.answered_by, r.receiving_organisation_id, NULL FROM referral r WHERE r.id = $1 AND r.status = 'ACCEPTED'`,
        [referral!.id],
      );
      const mentor = r.mentor ? await user(r.mentor) : null;
      if (mentor) await tx.query(`UPDATE referral SET mentor_id = $2 WHERE id = $1`, [referral!.id, mentor]);
      if (r.kind === 'DUTY_TO_REFER') {
        await tx.query(
          `UPDATE release_plan_item SET status = 'DONE', on_date = $2, council = $3, outcome = 'Referral sent: awaiting an answer', referral_id = $4,
                  version = version + 1, updated_at = now()
            WHERE person_id = $1 AND item = 'DUTY_TO_REFER'`,
          [r.personId, sentOn, to.name, referral!.id],
        );
      }
    }
  });
}
