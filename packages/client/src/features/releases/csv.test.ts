import { describe, expect, it } from 'vitest';
import { csvCell, forecastCsv, forecastFileName } from './csv';

describe('forecast CSV', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://example.test")')).toBe(`"'=HYPERLINK(""http://example.test"")"`);
    expect(csvCell('+44 area')).toBe("'+44 area");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Northvale')).toBe('Northvale');
  });

  it('quotes commas and quotes, and leaves numbers alone', () => {
    expect(csvCell('Eastbrook, North')).toBe('"Eastbrook, North"');
    expect(csvCell('The "new" area')).toBe('"The ""new"" area"');
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes one line per council area and month, under headings, with withheld counts as "fewer than 5"', () => {
    const csv = forecastCsv([
      { councilArea: 'Northvale', month: '2026-12', suppressed: false, due: 4, accommodationSecured: 1, dutyToReferMade: 3 },
      { councilArea: '=cmd|calc', month: '2027-01', suppressed: false, due: 1, accommodationSecured: 0, dutyToReferMade: 0 },
      { councilArea: 'Eastbrook', month: '2027-01', suppressed: true, due: null, accommodationSecured: null, dutyToReferMade: null },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Council area,Month,Due for release,Accommodation secured,Duty to Refer made',
      'Northvale,2026-12,4,1,3',
      "'=cmd|calc,2027-01,1,0,0",
      'Eastbrook,2027-01,fewer than 5,fewer than 5,fewer than 5',
      '',
    ]);
  });

  it('names the file after the day', () => {
    expect(forecastFileName(new Date('2026-11-23T10:00:00Z'))).toBe('casehuddle-release-forecast-2026-11-23.csv');
  });
});
