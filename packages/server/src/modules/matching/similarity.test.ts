import { describe, expect, it } from 'vitest';
import { dateOfBirthDifference, dateOfBirthVariants, nameSimilarity, oneEditApart, scorePair } from './similarity.js';

const aaron = { name: 'Aaron Ashworth', dateOfBirth: '1981-05-23', councilArea: 'Northvale' };

describe('"already known?" matching rules', () => {
  it('matches the errors people make at a front desk', () => {
    for (const name of ['Aron Ashworth', 'Aaron Ashwort', 'Ashworth Aaron', 'AARON ASHWORTH', 'Aaron Ashworth-Smith']) {
      expect(scorePair({ ...aaron, name }, aaron).reason, name).not.toBeNull();
    }
    // A recorded short form counts as the same given name.
    expect(
      scorePair({ name: 'Bill Turner', dateOfBirth: '1970-02-03' }, { name: 'William Turner', dateOfBirth: '1970-02-03' }).reason,
    ).toBe('Name and date of birth');
    // Day and month swapped; two digits transposed; the century's digits swapped.
    expect(scorePair({ name: 'Sam Lee', dateOfBirth: '1990-03-07' }, { name: 'Sam Lee', dateOfBirth: '1990-07-03' }).reason).toBe(
      'Name and similar date of birth',
    );
    expect(scorePair({ ...aaron, dateOfBirth: '1981-05-32' }, aaron).reason).not.toBeNull();
    expect(scorePair({ ...aaron, dateOfBirth: '1918-05-23' }, aaron).reason).toBe('Name and similar date of birth');
  });

  it('does not match different people who share a common name or a birthday', () => {
    expect(
      scorePair({ name: 'Jacob Johnson', dateOfBirth: '1982-05-06' }, { name: 'Jack Johnson', dateOfBirth: '1982-05-06' }).reason,
    ).toBeNull();
    expect(
      scorePair({ name: 'Isla Wilson', dateOfBirth: '2001-10-31' }, { name: 'Isla Williams', dateOfBirth: '2001-10-31' }).reason,
    ).toBeNull();
    expect(
      scorePair({ name: 'Ian Smith', dateOfBirth: '1977-03-11' }, { name: 'John Smith', dateOfBirth: '1977-03-11' }).reason,
    ).toBeNull();
    // The same name with a date one digit out, in another area: not enough.
    expect(scorePair({ ...aaron, dateOfBirth: '1981-05-28', councilArea: 'Southmere' }, aaron).reason).toBeNull();
    expect(scorePair({ ...aaron, dateOfBirth: '1981-05-28' }, aaron).reason).not.toBeNull();
    expect(scorePair({ ...aaron, dateOfBirth: '1975-01-02' }, aaron).reason).toBeNull();
  });

  it('lets exact identifiers decide', () => {
    expect(
      scorePair(
        { name: 'A Person', dateOfBirth: '1990-01-01', nhsNumber: '9990001112' },
        { name: 'Someone Else', dateOfBirth: '1990-01-01', nhsNumber: '9990001112' },
      ).reason,
    ).toBe('NHS number and date of birth');
    // An NHS number with a different date of birth is not taken on its own.
    expect(
      scorePair(
        { name: 'A Person', dateOfBirth: '1990-01-01', nhsNumber: '9990001112' },
        { name: 'Someone Else', dateOfBirth: '1991-06-01', nhsNumber: '9990001112' },
      ).reason,
    ).toBeNull();
    expect(
      scorePair({ name: 'A Person', dateOfBirth: null, crn: 'X123456' }, { name: 'B Person', dateOfBirth: null, crn: 'X123456' }).reason,
    ).toBe('CRN');
  });

  it('classifies how dates differ, and lists every date to look under', () => {
    expect(dateOfBirthDifference('1981-05-23', '1981-05-23')).toBe('SAME');
    expect(dateOfBirthDifference('1981-05-03', '1981-03-05')).toBe('SWAPPED');
    expect(dateOfBirthDifference('1981-05-23', '1981-05-32')).toBe('TRANSPOSED');
    expect(dateOfBirthDifference('1981-05-23', '1981-05-28')).toBe('ONE_DIGIT');
    expect(dateOfBirthDifference('1979-05-23', '1980-05-23')).toBe('YEAR');
    const variants = dateOfBirthVariants('1981-05-03');
    for (const d of ['1981-05-03', '1981-03-05', '1980-05-03', '1918-05-03', '1981-05-04']) expect(variants).toContain(d);
    expect(variants.every((d) => !Number.isNaN(Date.parse(d)))).toBe(true);
    expect(variants).not.toContain('1981-05-00');
  });

  it('scores names symmetrically enough and knows one edit', () => {
    expect(nameSimilarity('Aaron Ashworth', 'Aaron Ashworth')).toBe(1);
    expect(nameSimilarity('Aaron Ashworth', 'Zed Quill')).toBeLessThan(0.6);
    expect(oneEditApart('aron', 'aaron')).toBe(true);
    expect(oneEditApart('jones', 'jnoes')).toBe(true);
    expect(oneEditApart('jacob', 'jack')).toBe(false);
  });
});
