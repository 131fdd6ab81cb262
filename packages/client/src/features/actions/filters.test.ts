import { describe, expect, it } from 'vitest';
import { drillFilter, NO_FILTERS, readDrill, readFilters, writeParams } from './filters';

const ORG = '20000000-0000-4000-8000-000000000002';
const OTHER = '20000000-0000-4000-8000-000000000003';

describe('review filters in the address bar', () => {
  it('round-trips every filter and the drill-down', () => {
    const filters = {
      organisationId: ORG,
      ownerId: '',
      statuses: ['OPEN', 'DONE'] as const,
      dueFrom: '2026-11-01',
      dueTo: '2026-11-30',
      overdueOnly: true,
    };
    const params = writeParams({ ...filters, statuses: [...filters.statuses] }, { kind: 'overdueAt', organisationId: ORG });
    expect(params.toString()).toBe(
      `organisation=${ORG}&status=OPEN&status=DONE&dueFrom=2026-11-01&dueTo=2026-11-30&overdue=yes&show=overdueAt&showOrganisation=${ORG}`,
    );
    expect(readFilters(params)).toEqual({ ...filters, statuses: ['OPEN', 'DONE'] });
    expect(readDrill(params)).toEqual({ kind: 'overdueAt', organisationId: ORG });
  });

  it('ignores anything malformed in a hand-edited address', () => {
    const params = new URLSearchParams('organisation=not-an-id&status=LOST&status=DONE&dueFrom=yesterday&overdue=1&show=everything');
    expect(readFilters(params)).toEqual({ ...NO_FILTERS, statuses: ['DONE'] });
    expect(readDrill(params)).toBeNull();
  });
});

describe('drillFilter', () => {
  it('narrows the filters to the actions behind a figure', () => {
    expect(drillFilter(NO_FILTERS, null)).toBeNull();
    expect(drillFilter(NO_FILTERS, { kind: 'overdue' })).toEqual({ overdueOnly: true });
    expect(drillFilter(NO_FILTERS, { kind: 'blocked' })).toEqual({ statuses: ['NOT_POSSIBLE', 'NOT_UNDERTAKEN'] });
    expect(drillFilter({ ...NO_FILTERS, statuses: ['DONE', 'NOT_POSSIBLE'] }, { kind: 'blocked' })).toEqual({ statuses: ['NOT_POSSIBLE'] });
    expect(drillFilter({ ...NO_FILTERS, dueTo: '2026-12-01' }, { kind: 'overdueAt', organisationId: ORG })).toEqual({
      dueTo: '2026-12-01',
      organisationId: ORG,
      overdueOnly: true,
    });
  });

  it('says when no action can match, rather than sending an empty status list (which means all)', () => {
    expect(drillFilter({ ...NO_FILTERS, statuses: ['OPEN'] }, { kind: 'done' })).toBe('none');
    expect(drillFilter({ ...NO_FILTERS, organisationId: OTHER }, { kind: 'overdueAt', organisationId: ORG })).toBe('none');
  });
});
