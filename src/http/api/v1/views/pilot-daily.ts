import type { Types } from 'mongoose';
import { tallyPilotDays, type PilotFigures } from '../../../../domain/pilot-days';
import type { Pilot } from '../../../../models/pilot';
import type { Runtime } from '../../../../runtime';
import { toCsv, type CsvCell } from '../../../csv';
import type { PilotDailyAnswer } from '../schemas/pilot';
import { daysOf, formatLocalDate, instantsOf, localDateOf, type ReportRange } from './report-range';

/**
 * A pilot's figures for a range of days, in three finds, each by an index: the organisation's
 * shifts starting in the range (as the reports read them), then the places held on them and the
 * hours confirmed on them. Only the organisation's own shifts count: where the cohort worked for
 * another organisation is that organisation's to tell.
 */
export async function pilotDaily(
  runtime: Runtime,
  pilot: Pilot,
  range: ReportRange,
  zone: string,
): Promise<PilotDailyAnswer> {
  const { Shift, Assignment, WorkRecord } = runtime.models;
  const between = instantsOf(range, zone);
  const shifts = (
    await Shift.find(
      { organisation: pilot.organisation, start: { $gte: between.start, $lt: between.end } },
      { start: 1, area: 1, place: 1, places: 1, state: 1, requiredSkills: 1, requiredBadges: 1 },
    ).lean()
  ).filter((s) => s.state !== 'cancelled');
  const ids = shifts.map((s) => s._id);
  const [held, confirmed] = await Promise.all([
    Assignment.find({ shift: { $in: ids } }, { shift: 1, person: 1 }).lean(),
    WorkRecord.find(
      { shift: { $in: ids }, kind: 'hours_confirmed' },
      { shift: 1, person: 1, minutes: 1 },
    ).lean(),
  ]);
  const text = (id: Types.ObjectId | null | undefined) => id?.toString() ?? '';
  const tally = tallyPilotDays({
    days: daysOf(range).map(formatLocalDate),
    badge: pilot.badge,
    cohort: pilot.cohort.map(text),
    shifts: shifts.map((s) => ({
      id: text(s._id),
      day: formatLocalDate(localDateOf(s.start, zone)),
      area: s.area ?? s.place,
      places: s.places,
      requires: [...s.requiredSkills, ...s.requiredBadges],
    })),
    held: held.map((a) => ({ shift: text(a.shift), person: text(a.person) })),
    confirmed: confirmed.map((r) => ({
      shift: text(r.shift),
      person: text(r.person),
      minutes: r.minutes ?? 0,
    })),
  });
  return {
    pilotId: pilot._id.toString(),
    badge: pilot.badge,
    from: formatLocalDate(range.from),
    to: formatLocalDate(range.to),
    timeZone: zone,
    ...tally,
  };
}

const COLUMNS = [
  'date',
  'figure',
  'name',
  'bookings',
  'hours_confirmed',
  'places',
  'filled',
  'unfilled',
];

/** A day's (or the totals') lines: the cohort's, then one per area, then one per other skill. */
function linesOf(date: string, figures: PilotFigures): CsvCell[][] {
  return [
    [date, 'cohort', '', figures.bookings, figures.hoursConfirmed, '', '', ''],
    ...figures.areas.map((a) => [date, 'area', a.area, a.bookings, a.hoursConfirmed, '', '', '']),
    ...figures.otherSkills.map((s) => [
      date,
      'other_skill',
      s.skill,
      '',
      '',
      s.places,
      s.filled,
      s.unfilled,
    ]),
  ];
}

/**
 * Every figure of the answer, one line each: per day the cohort's bookings and hours, each area
 * it worked in, each other skill's demand; then the same for the whole range, dated "total".
 */
export function pilotDailyCsv(answer: PilotDailyAnswer): string {
  const rows = [
    ...answer.days.flatMap((day) => linesOf(day.date, day)),
    ...linesOf('total', answer.totals),
  ];
  return toCsv(COLUMNS, rows);
}
