/**
 * Works a draft's instants and missing fields out of what the client said: the start is the
 * day at the said time, or when the said part of the day opens; the end is the start plus the
 * said duration, else the service's default.
 */
import { addMinutes, instantAtMinutes, parseClockTime } from '../../domain/zoned-time';
import type { MissingField, VisitParseContext, VisitRequestDraft } from './types';

type Said = Omit<VisitRequestDraft, 'start' | 'end' | 'durationMinutes' | 'missing'>;

/** What the client said, without what is worked out from it. */
export function saidPart(draft: VisitRequestDraft): Said {
  const {
    start: _start,
    end: _end,
    durationMinutes: _duration,
    missing: _missing,
    ...said
  } = draft;
  return said;
}

export function settleDraft(said: Said, context: VisitParseContext): VisitRequestDraft {
  const service = context.catalogue.find((s) => s.id === said.serviceId);
  const startMinutes =
    said.startMinutes ??
    (said.partOfDay ? parseClockTime(context.windows[said.partOfDay][0]) : undefined);
  const start =
    said.date && startMinutes !== undefined
      ? instantAtMinutes(said.date, startMinutes, context.timeZone)
      : undefined;
  const durationMinutes = said.saidMinutes ?? service?.defaultMinutes;
  const missing: MissingField[] = [];
  if (!service) missing.push('service');
  if (!said.date) missing.push('date');
  if (startMinutes === undefined) missing.push('time');
  return {
    ...said,
    ...(start ? { start } : {}),
    ...(start && durationMinutes !== undefined ? { end: addMinutes(start, durationMinutes) } : {}),
    ...(durationMinutes !== undefined ? { durationMinutes } : {}),
    missing,
  };
}
