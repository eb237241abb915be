import { isAuditAction, type AuditAction, type Language } from '@spillover/domain';
import type { AuditEventFilter } from '../../generated/graphql';

/** The audit page's filters as they live in its URL, so a filtered view can be linked. */
export interface AuditFilterState {
  actions: AuditAction[];
  objectType: string | null;
  objectId: string | null;
  /** Shown on the object's filter chip; not sent to the API. */
  objectName: string | null;
  actorId: string | null;
  actorName: string | null;
  /** Calendar days (YYYY-MM-DD) in the user's time zone, both included. */
  from: string | null;
  to: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filterStateOf(params: URLSearchParams): AuditFilterState {
  const day = (name: string) => {
    const value = params.get(name);
    return value && DAY.test(value) ? value : null;
  };
  return {
    actions: (params.get('actions') ?? '').split(',').filter(isAuditAction),
    objectType: params.get('objectType'),
    objectId: params.get('objectId'),
    objectName: params.get('objectName'),
    actorId: params.get('actorId'),
    actorName: params.get('actorName'),
    from: day('from'),
    to: day('to'),
  };
}

export function paramsOf(state: AuditFilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.actions.length > 0) params.set('actions', state.actions.join(','));
  for (const name of [
    'objectType',
    'objectId',
    'objectName',
    'actorId',
    'actorName',
    'from',
    'to',
  ] as const) {
    const value = state[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** Midnight at the start of a calendar day in the user's time zone, as an instant. */
const startOfDay = (day: string): Date => new Date(`${day}T00:00:00`);
const nextDay = (day: string): Date => {
  const date = startOfDay(day);
  date.setDate(date.getDate() + 1);
  return date;
};

/** What the API is asked: the period's days become [first midnight, midnight after the last). */
export function apiFilterOf(state: AuditFilterState): AuditEventFilter {
  return {
    ...(state.actions.length > 0 ? { actions: state.actions } : {}),
    ...(state.objectType ? { objectType: state.objectType } : {}),
    ...(state.objectId ? { objectId: state.objectId } : {}),
    ...(state.actorId ? { actorId: state.actorId } : {}),
    ...(state.from ? { since: startOfDay(state.from).toISOString() } : {}),
    ...(state.to ? { until: nextDay(state.to).toISOString() } : {}),
  };
}

/** The CSV export of the same filtered view, labelled in the user's language. */
export function exportHref(state: AuditFilterState, language: Language): string {
  const filter = apiFilterOf(state);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (Array.isArray(value)) params.set(name, value.join(','));
    else if (typeof value === 'string') params.set(name, value);
  }
  params.set('language', language);
  return `/exports/audit-events.csv?${params.toString()}`;
}
