import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';

const dayInMonth = (offset: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 15)).toISOString().slice(0, 10);
};

interface Cell {
  councilArea: string;
  month: string;
  due: number | null;
  accommodationSecured: number | null;
  dutyToReferMade: number | null;
  suppressed: boolean;
}

/**
 * The release forecast is an aggregate: a cell of fewer than 5 people is withheld from a viewer who
 * may not see the release facts (custody: OFFENDING; hospital: HEALTH) of every one of them.
 *
 * Fixture, all owned by the prison: Smallvale next month ×2 in custody; Smallvale the month after
 * ×1 in hospital; Bigvale next month ×5 in custody, one with accommodation secured.
 */
describe('the release forecast: small numbers', () => {
  let app: TestApp;
  const orgs: Record<string, string> = {};
  const c: Record<string, GqlClient> = {};
  const m1 = dayInMonth(1);
  const m2 = dayInMonth(2);
  let smallCustody: string[];
  let smallHospital: string;

  /** A person due out on `releaseDate` from custody or hospital, going to `area`. */
  async function due(releaseDate: string, area: string, kind: 'CUSTODY' | 'HOSPITAL' = 'CUSTODY'): Promise<string> {
    const id = await createFullPerson(c.owner!);
    await c.owner!.ok(`mutation ($input: UpdatePersonSituationInput!) { updatePersonSituation(input: $input) { id } }`, {
      input: {
        personId: id,
        expectedVersion: 1,
        situation: { kind, establishment: kind === 'CUSTODY' ? 'HMP Test' : 'Testshire General', releaseDate },
      },
    });
    await c.owner!.ok(`mutation ($input: UpdateReleasePlanInput!) { updateReleasePlan(input: $input) { version } }`, {
      input: { personId: id, expectedVersion: 0, destinationCouncilArea: area, establishmentTown: 'Testford' },
    });
    return id;
  }

  const forecast = async (client: GqlClient, councilArea: string | null = null) =>
    (
      await client.ok<{ releaseForecast: { councilAreas: string[]; cells: Cell[] } }>(
        `query ($area: String) { releaseForecast(months: 6, councilArea: $area) {
           councilAreas cells { councilArea month due accommodationSecured dutyToReferMade suppressed } } }`,
        { area: councilArea },
      )
    ).releaseForecast;
  const cell = (cells: Cell[], councilArea: string, day: string) =>
    cells.find((x) => x.councilArea === councilArea && x.month === day.slice(0, 7));
  const withheld = (councilArea: string, day: string): Cell => ({
    councilArea,
    month: day.slice(0, 7),
    due: null,
    accommodationSecured: null,
    dutyToReferMade: null,
    suppressed: true,
  });

  beforeAll(async () => {
    app = await startTestApp();
    for (const [key, kind] of [
      ['prison', 'PRISON'],
      ['housing', 'COUNCIL_HOUSING'],
      ['police', 'POLICE'],
    ] as const) {
      orgs[key] = (await buildOrganisation(app.dataSource, { kind, name: `Org ${key}` })).id;
    }
    for (const [key, org] of [
      ['owner', 'prison'],
      ['housing', 'housing'],
      ['police', 'police'],
    ] as const) {
      const user = await buildUser(app.dataSource, { organisationId: orgs[org]!, role: 'PRACTITIONER' });
      c[key] = new GqlClient(app.url);
      await c[key].login(user.email, TEST_PASSWORD);
    }
    smallCustody = [await due(m1, 'Smallvale'), await due(m1, 'Smallvale')];
    smallHospital = await due(m2, 'Smallvale', 'HOSPITAL');
    const big: string[] = [];
    for (let i = 0; i < 5; i++) big.push(await due(m1, 'Bigvale'));
    await c.owner!.ok(`mutation ($input: UpdateReleasePlanItemInput!) { updateReleasePlanItem(input: $input) { version } }`, {
      input: { personId: big[0], expectedVersion: 0, item: 'ACCOMMODATION', status: 'DONE', detail: 'Hostel' },
    });
  });
  afterAll(() => app.stop());

  it('shows the owner, who may see every record, the exact counts', async () => {
    const { cells } = await forecast(c.owner!);
    expect(cells).toEqual([
      { councilArea: 'Bigvale', month: m1.slice(0, 7), due: 5, accommodationSecured: 1, dutyToReferMade: 0, suppressed: false },
      { councilArea: 'Smallvale', month: m1.slice(0, 7), due: 2, accommodationSecured: 0, dutyToReferMade: 0, suppressed: false },
      { councilArea: 'Smallvale', month: m2.slice(0, 7), due: 1, accommodationSecured: 0, dutyToReferMade: 0, suppressed: false },
    ]);
  });

  it('withholds a cell of 1 to 4 people from another organisation with nothing shared, and shows a cell of 5 or more', async () => {
    const { cells, councilAreas } = await forecast(c.police!);
    expect(councilAreas).toEqual(['Bigvale', 'Smallvale']);
    expect(cell(cells, 'Smallvale', m1)).toEqual(withheld('Smallvale', m1));
    expect(cell(cells, 'Smallvale', m2)).toEqual(withheld('Smallvale', m2));
    expect(cell(cells, 'Bigvale', m1)).toEqual({
      councilArea: 'Bigvale',
      month: m1.slice(0, 7),
      due: 5,
      accommodationSecured: 1,
      dutyToReferMade: 0,
      suppressed: false,
    });
    // Narrowing to the area changes nothing.
    expect((await forecast(c.police!, 'Smallvale')).cells).toEqual([withheld('Smallvale', m1), withheld('Smallvale', m2)]);
  });

  it('shows a small cell only once the viewer may see the release facts of everyone in it', async () => {
    // One of the two in custody shared (OFFENDING): still withheld.
    await recordAgreement(c.owner!, smallCustody[0]!, [orgs.housing!], ['STORY', 'OFFENDING']);
    expect(cell((await forecast(c.housing!)).cells, 'Smallvale', m1)).toEqual(withheld('Smallvale', m1));
    // The other shared without OFFENDING: knowing of someone is not enough.
    await recordAgreement(c.owner!, smallCustody[1]!, [orgs.housing!], ['STORY', 'NEEDS', 'CONTACT']);
    expect(cell((await forecast(c.housing!)).cells, 'Smallvale', m1)).toEqual(withheld('Smallvale', m1));
    await recordAgreement(c.owner!, smallCustody[1]!, [orgs.housing!], ['OFFENDING']);
    expect(cell((await forecast(c.housing!)).cells, 'Smallvale', m1)).toMatchObject({ due: 2, suppressed: false });

    // A discharge from hospital follows HEALTH, not OFFENDING.
    await recordAgreement(c.owner!, smallHospital, [orgs.housing!], ['STORY', 'OFFENDING']);
    expect(cell((await forecast(c.housing!)).cells, 'Smallvale', m2)).toEqual(withheld('Smallvale', m2));
    await recordAgreement(c.owner!, smallHospital, [orgs.housing!], ['HEALTH']);
    expect(cell((await forecast(c.housing!)).cells, 'Smallvale', m2)).toMatchObject({ due: 1, suppressed: false });

    // Someone else's view is unchanged.
    expect(cell((await forecast(c.police!)).cells, 'Smallvale', m1)).toEqual(withheld('Smallvale', m1));
  });
});
