import { ACTION_STATUSES, type ActionStatus } from '@casehuddle/shared';
import type { ActionFilter } from '../../generated/graphql';

/** The manager review filters, as chosen in the form and kept in the address bar. */
export interface ReviewFilters {
  organisationId: string;
  ownerId: string;
  statuses: ActionStatus[];
  dueFrom: string;
  dueTo: string;
  overdueOnly: boolean;
}

export const NO_FILTERS: ReviewFilters = { organisationId: '', ownerId: '', statuses: [], dueFrom: '', dueTo: '', overdueOnly: false };

/** The figures that can be opened to show the actions behind them. */
export const DRILL_KINDS = ['total', 'open', 'overdue', 'done', 'blocked'] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

/** What the actions table shows, within the filters: the actions behind one figure or one bar. */
export type Drill = { kind: DrillKind } | { kind: 'overdueAt'; organisationId: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const DRILL_STATUSES: Partial<Record<DrillKind, readonly ActionStatus[]>> = {
  open: ['OPEN', 'IN_PROGRESS'],
  done: ['DONE'],
  blocked: ['NOT_POSSIBLE', 'NOT_UNDERTAKEN'],
};

/** Reads the filters from the address bar, ignoring anything malformed (a hand-edited link, say). */
export function readFilters(params: URLSearchParams): ReviewFilters {
  const id = (value: string | null) => (value && ID.test(value) ? value : '');
  const date = (value: string | null) => (value && ISO_DATE.test(value) ? value : '');
  const statuses = params.getAll('status').filter((s): s is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(s));
  return {
    organisationId: id(params.get('organisation')),
    ownerId: id(params.get('owner')),
    // In the order the form lists them, once each.
    statuses: ACTION_STATUSES.filter((s) => statuses.includes(s)),
    dueFrom: date(params.get('dueFrom')),
    dueTo: date(params.get('dueTo')),
    overdueOnly: params.get('overdue') === 'yes',
  };
}

export function readDrill(params: URLSearchParams): Drill | null {
  const show = params.get('show');
  if (show === 'overdueAt') {
    const organisationId = params.get('showOrganisation');
    return organisationId && ID.test(organisationId) ? { kind: 'overdueAt', organisationId } : null;
  }
  return (DRILL_KINDS as readonly string[]).includes(show ?? '') ? { kind: show as DrillKind } : null;
}

/** The address bar's query string for these filters and drill-down. */
export function writeParams(filters: ReviewFilters, drill: Drill | null = null): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.organisationId) params.set('organisation', filters.organisationId);
  if (filters.ownerId) params.set('owner', filters.ownerId);
  for (const status of filters.statuses) params.append('status', status);
  if (filters.dueFrom) params.set('dueFrom', filters.dueFrom);
  if (filters.dueTo) params.set('dueTo', filters.dueTo);
  if (filters.overdueOnly) params.set('overdue', 'yes');
  if (drill) {
    params.set('show', drill.kind);
    if (drill.kind === 'overdueAt') params.set('showOrganisation', drill.organisationId);
  }
  return params;
}

/** The API's filter for these choices; null when nothing narrows the actions. */
export function toActionFilter(filters: ReviewFilters): ActionFilter | null {
  const filter: ActionFilter = {};
  if (filters.organisationId) filter.organisationId = filters.organisationId;
  if (filters.ownerId) filter.ownerId = filters.ownerId;
  if (filters.statuses.length > 0) filter.statuses = filters.statuses;
  if (filters.dueFrom) filter.dueFrom = filters.dueFrom;
  if (filters.dueTo) filter.dueTo = filters.dueTo;
  if (filters.overdueOnly) filter.overdueOnly = true;
  return Object.keys(filter).length > 0 ? filter : null;
}

/**
 * The filter for the actions behind a figure: the review filters narrowed further. Returns 'none'
 * when the two cannot both hold (done actions, when the filters ask only for open ones), because
 * the API treats an empty status list as no filter at all.
 */
export function drillFilter(filters: ReviewFilters, drill: Drill | null): ActionFilter | null | 'none' {
  const base = toActionFilter(filters) ?? {};
  if (!drill || drill.kind === 'total') return Object.keys(base).length > 0 ? base : null;
  if (drill.kind === 'overdue') return { ...base, overdueOnly: true };
  if (drill.kind === 'overdueAt') {
    if (base.organisationId && base.organisationId !== drill.organisationId) return 'none';
    return { ...base, organisationId: drill.organisationId, overdueOnly: true };
  }
  const wanted = DRILL_STATUSES[drill.kind] ?? [];
  const statuses = filters.statuses.length > 0 ? wanted.filter((s) => filters.statuses.includes(s)) : [...wanted];
  if (statuses.length === 0) return 'none';
  return { ...base, statuses };
}

/** Whether any filter is set (for "Clear filters"). */
export function hasFilters(filters: ReviewFilters): boolean {
  return toActionFilter(filters) !== null;
}
