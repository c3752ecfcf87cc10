import type { Types } from 'mongoose';
import type { Availability, WeeklyWindow } from '../../domain/availability';
import type { Candidate } from '../../domain/ranking-types';
import { parseClockTime } from '../../domain/zoned-time';
import type { EngineRuntime } from './types';

/** A worker's past as ranking reads it, derived from Assignments and WorkRecords. */

const DAY_MS = 86_400_000;
const RELIABILITY_DAYS = 90;

/** Each worker's places on shifts not cancelled. */
export async function bookingsOf(runtime: EngineRuntime, people: Types.ObjectId[]) {
  const { Assignment, Shift: Shifts } = runtime.models;
  const assignments = await Assignment.find(
    { person: { $in: people } },
    { shift: 1, person: 1 },
  ).lean();
  const shifts = await Shifts.find(
    { _id: { $in: assignments.map((a) => a.shift) }, state: { $ne: 'cancelled' } },
    { start: 1, end: 1 },
  ).lean();
  const byId = new Map(shifts.map((s) => [s._id.toString(), s]));
  const result = new Map<string, Candidate['bookings']>();
  for (const a of assignments) {
    const s = byId.get(a.shift.toString());
    if (!s) continue;
    const list = result.get(a.person.toString()) ?? [];
    list.push({ shiftId: s._id.toString(), start: s.start, end: s.end });
    result.set(a.person.toString(), list);
  }
  return result;
}

/** No-shows and drops of the last 90 days, each drop with its reason (unwell) if it gave one. */
export async function reliabilityOf(runtime: EngineRuntime, people: Types.ObjectId[], now: Date) {
  const records = await runtime.models.WorkRecord.find(
    {
      person: { $in: people },
      kind: { $in: ['no_show', 'drop'] },
      at: { $gte: new Date(now.getTime() - RELIABILITY_DAYS * DAY_MS) },
    },
    { person: 1, kind: 1, at: 1, data: 1 },
  ).lean();
  const result = new Map<string, Candidate['reliability']>();
  for (const r of records) {
    if (!r.person || (r.kind !== 'no_show' && r.kind !== 'drop')) continue;
    const list = result.get(r.person.toString()) ?? [];
    const unwell = r.kind === 'drop' && r.data.reason === 'unwell';
    list.push({ kind: r.kind, at: r.at, ...(unwell ? { reason: 'unwell' as const } : {}) });
    result.set(r.person.toString(), list);
  }
  return result;
}

/** Confirmed minutes over the last seven days (confirmation time, not the shift's). */
export async function minutesThisWeek(runtime: EngineRuntime, people: Types.ObjectId[], now: Date) {
  const records = await runtime.models.WorkRecord.find(
    {
      person: { $in: people },
      kind: 'hours_confirmed',
      at: { $gte: new Date(now.getTime() - 7 * DAY_MS) },
    },
    { person: 1, minutes: 1 },
  ).lean();
  const result = new Map<string, number>();
  for (const r of records) {
    if (!r.person) continue;
    const key = r.person.toString();
    result.set(key, (result.get(key) ?? 0) + (r.minutes ?? 0));
  }
  return result;
}

/** Stored availability, checked: an unreadable window is dropped (never available then). */
export function toAvailability(value: unknown): Availability {
  if (value === 'anytime' || value === undefined || value === null) return 'anytime';
  if (!Array.isArray(value)) return [];
  return value.filter((w: unknown): w is WeeklyWindow => {
    if (typeof w !== 'object' || w === null) return false;
    const { weekday, start, end } = w as Record<string, unknown>;
    if (typeof weekday !== 'number' || typeof start !== 'string' || typeof end !== 'string') {
      return false;
    }
    try {
      return parseClockTime(start) < parseClockTime(end);
    } catch {
      return false;
    }
  });
}
