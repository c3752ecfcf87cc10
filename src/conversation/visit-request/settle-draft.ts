/**
 * Works a draft's instants and missing fields out of what the client said: the start is the
 * day at the said time, or when the said part of the day opens (today, once it has begun, the
 * next half hour in it, and none once it is over: the time is then missing); the end is the start plus the
 * said duration, else the service's default.
 */
import {
  addMinutes,
  daysBetween,
  instantAtMinutes,
  minutesOfDay,
  parseClockTime,
  wallTime,
} from '../../domain/zoned-time';
import type { MissingField, PartOfDay, VisitParseContext, VisitRequestDraft } from './types';

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

const HALF_HOUR = 30;

/** Whether the part of the day the draft says, without a time, has begun on its day. */
export function partHasBegun(said: Said, context: VisitParseContext): boolean {
  if (!said.partOfDay || said.startMinutes !== undefined || !said.date) return false;
  const opens = parseClockTime(context.windows[said.partOfDay][0]);
  return instantAtMinutes(said.date, opens, context.timeZone) <= context.now;
}

/**
 * Where a part of the day said without a time starts: when its window opens, or, today once it
 * has begun, at the next half hour (never the current minute); nothing once it is over.
 */
function partStartMinutes(
  part: PartOfDay,
  date: Said['date'],
  context: VisitParseContext,
): number | undefined {
  const [opens, closes] = context.windows[part].map(parseClockTime) as [number, number];
  const wall = wallTime(context.now, context.timeZone);
  if (!date || daysBetween(wall, date) !== 0) return opens;
  const nextHalfHour = (Math.floor(minutesOfDay(wall) / HALF_HOUR) + 1) * HALF_HOUR;
  const start = Math.max(opens, nextHalfHour);
  return start < closes ? start : undefined;
}

export function settleDraft(said: Said, context: VisitParseContext): VisitRequestDraft {
  const service = context.catalogue.find((s) => s.id === said.serviceId);
  const startMinutes =
    said.startMinutes ??
    (said.partOfDay ? partStartMinutes(said.partOfDay, said.date, context) : undefined);
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
