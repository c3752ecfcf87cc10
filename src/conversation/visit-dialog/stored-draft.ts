/** A visit draft to and from the flow's context, where instants are ISO strings. Pure. */
import type { StoredDraft } from '../../../flows/visit-request';
import type { VisitRequestDraft } from '../visit-request/types';

export function storeDraft(draft: VisitRequestDraft): StoredDraft {
  const { start, end, ...rest } = draft;
  return {
    ...rest,
    ...(start ? { start: start.toISOString() } : {}),
    ...(end ? { end: end.toISOString() } : {}),
  };
}

export function loadDraft(stored: StoredDraft): VisitRequestDraft {
  const { start, end, ...rest } = stored;
  return {
    ...rest,
    ...(start ? { start: new Date(start) } : {}),
    ...(end ? { end: new Date(end) } : {}),
  };
}
