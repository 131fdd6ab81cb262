import { addDays } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, readPerson, recordAgreement } from '../../../test/people.js';

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/** Access that ends by itself: emergency (break-glass) access after its hours, agreements to share on their date. */
describe('access that expires', () => {
  let app: TestApp;
  let owner: GqlClient;
  let partner: GqlClient;
  let partnerOrg: string;

  beforeAll(async () => {
    app = await startTestApp();
    const ownerOrg = (await buildOrganisation(app.dataSource, { kind: 'PROBATION', name: 'Expiry Probation' })).id;
    partnerOrg = (await buildOrganisation(app.dataSource, { kind: 'NHS_MENTAL_HEALTH', name: 'Expiry Health' })).id;
    const sign = async (organisationId: string) => {
      const user = await buildUser(app.dataSource, { organisationId, role: 'PRACTITIONER' });
      const client = new GqlClient(app.url);
      await client.login(user.email, TEST_PASSWORD);
      return client;
    };
    owner = await sign(ownerOrg);
    partner = await sign(partnerOrg);
  });
  afterAll(() => app.stop());

  it('ends break-glass access when its hours are up', async () => {
    const id = await createFullPerson(owner);
    expect(errorCode(await readPerson(partner, id))).toBe('FORBIDDEN');
    const grant = await partner.ok<{ breakGlass: { expiresAt: string } }>(
      `mutation ($id: ID!) { breakGlass(personId: $id, reason: "Found unwell at the hostel; need medication details") { expiresAt } }`,
      { id },
    );
    const during = (await readPerson(partner, id)).data!.person;
    expect(during.access.full).toBe(true);
    expect(new Date(during.access.breakGlassUntil!).getTime()).toBe(new Date(grant.breakGlass.expiresAt).getTime());

    // The hours pass (moved on in the database rather than waited for).
    await app.dataSource.query(`UPDATE break_glass SET expires_at = now() - interval '1 second' WHERE person_id = $1`, [id]);
    const after = await readPerson(partner, id);
    expect(errorCode(after)).toBe('FORBIDDEN');
    expect(after.data).toBeNull();
    // The grant stays on record for the audit.
    const grants = await app.dataSource.query(`SELECT count(*)::int AS n FROM break_glass WHERE person_id = $1`, [id]);
    expect(grants).toEqual([{ n: 1 }]);
  });

  it('shows an agreement as expiring within 30 days of its end, then expired, when it no longer shares anything', async () => {
    const id = await createFullPerson(owner);
    const state = async () => (await readPerson(owner, id)).data!.person.sharingAgreements.map((a) => a.state);

    await recordAgreement(owner, id, [partnerOrg], ['STORY'], addDays(today(), 31));
    expect(await state()).toEqual(['ACTIVE']);
    const agreementId = (await readPerson(owner, id)).data!.person.sharingAgreements[0]!.id;

    await app.dataSource.query(`UPDATE sharing_agreement SET agreed_on = $2::date - 60, expires_on = $2 WHERE id = $1`, [
      agreementId,
      addDays(today(), 30),
    ]);
    expect(await state()).toEqual(['EXPIRING']);
    // Still sharing while it is expiring.
    const shared = (await readPerson(partner, id)).data!.person;
    expect(shared.access.sections).toEqual(['STORY']);
    expect(shared.story?.text).toBe('My story in my own words.');

    await app.dataSource.query(`UPDATE sharing_agreement SET agreed_on = $2::date - 60, expires_on = $2 WHERE id = $1`, [
      agreementId,
      today(),
    ]);
    expect(await state()).toEqual(['EXPIRING']); // the last day still counts
    await app.dataSource.query(`UPDATE sharing_agreement SET agreed_on = $2::date - 60, expires_on = $2 WHERE id = $1`, [
      agreementId,
      addDays(today(), -1),
    ]);
    expect(await state()).toEqual(['EXPIRED']);
    expect(errorCode(await readPerson(partner, id))).toBe('FORBIDDEN');
  });
});
