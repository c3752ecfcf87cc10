import type { z } from 'zod';
import type { reportFigures, reportSummary } from '../schemas/report';
import { weekday } from '../../../../domain/zoned-time';
import {
  daysOf,
  formatLocalDate,
  localDateOf,
  parseLocalDate,
  type ReportRange,
} from './report-range';

type Figures = z.input<typeof reportFigures>;
type Counters = Omit<Figures, 'hoursConfirmed'> & { minutesConfirmed: number };

/** What a report counts, each loaded for the range and the caller's organisation. */
export interface ReportFacts {
  shifts: { start: Date; places: number; filled: number; cancelled: boolean }[];
  records: { kind: string; at: Date; minutes?: number | null; chargeCents?: number | null }[];
  /** Hours the organisation's workers worked on partners' shifts, confirmed. */
  earned: { at: Date; chargeCents?: number | null }[];
  outbound: {
    createdAt: Date;
    sentAt?: Date | null;
    status?: string | null;
    suppressed?: string | null;
  }[];
  inbound: { receivedAt: Date; unknownSender?: boolean | null }[];
}

const empty = (): Counters => ({
  shiftsPosted: 0,
  places: 0,
  placesFilled: 0,
  shiftsCancelled: 0,
  noShows: 0,
  drops: 0,
  minutesConfirmed: 0,
  chargeCents: 0,
  chargesEarnedCents: 0,
  messagesSent: 0,
  messagesDelivered: 0,
  messagesFailed: 0,
  messagesSuppressed: 0,
  inboundReceived: 0,
  unknownSenders: 0,
});

const DELIVERED = new Set(['delivered', 'read']);
const FAILED = new Set(['failed', 'undelivered']);

/** Adds each fact to the counters of its local day in `zone`. */
function tallyDays(facts: ReportFacts, zone: string, counters: Map<string, Counters>): void {
  const on = (instant: Date) => counters.get(formatLocalDate(localDateOf(instant, zone)));
  for (const shift of facts.shifts) {
    const day = on(shift.start);
    if (!day) continue;
    day.shiftsPosted += 1;
    day.places += shift.places;
    if (shift.cancelled) day.shiftsCancelled += 1;
    else day.placesFilled += shift.filled;
  }
  for (const record of facts.records) {
    const day = on(record.at);
    if (!day) continue;
    if (record.kind === 'no_show') day.noShows += 1;
    if (record.kind === 'drop') day.drops += 1;
    if (record.kind === 'hours_confirmed') {
      day.minutesConfirmed += record.minutes ?? 0;
      day.chargeCents += record.chargeCents ?? 0;
    }
  }
  for (const record of facts.earned) {
    const day = on(record.at);
    if (day) day.chargesEarnedCents += record.chargeCents ?? 0;
  }
  for (const message of facts.outbound) {
    const day = on(message.createdAt);
    if (!day) continue;
    if (message.sentAt) day.messagesSent += 1;
    if (DELIVERED.has(message.status ?? '')) day.messagesDelivered += 1;
    if (FAILED.has(message.status ?? '')) day.messagesFailed += 1;
    if (message.suppressed) day.messagesSuppressed += 1;
  }
  for (const message of facts.inbound) {
    const day = on(message.receivedAt);
    if (!day) continue;
    day.inboundReceived += 1;
    if (message.unknownSender) day.unknownSenders += 1;
  }
}

function figuresOf({ minutesConfirmed, ...counts }: Counters): Figures {
  return { ...counts, hoursConfirmed: Math.round((minutesConfirmed / 60) * 100) / 100 };
}

function sum(all: Counters[]): Counters {
  const total = empty();
  for (const day of all) {
    for (const key of Object.keys(total) as (keyof Counters)[]) total[key] += day[key];
  }
  return total;
}

const MONDAY = 1;

/** The days' counters in runs from Monday to Sunday (the first and last run may be shorter). */
function weeksOf(days: [string, Counters][]): { from: string; to: string; days: Counters[] }[] {
  const weeks: { from: string; to: string; days: Counters[] }[] = [];
  for (const [date, day] of days) {
    const week = weeks.at(-1);
    if (!week || weekday(parseLocalDate(date)) === MONDAY)
      weeks.push({ from: date, to: date, days: [day] });
    else {
      week.to = date;
      week.days.push(day);
    }
  }
  return weeks;
}

/** Per local day of the range, per week and in total; facts outside the range are ignored. */
export function tallyReport(
  facts: ReportFacts,
  range: ReportRange,
  zone: string,
): z.input<typeof reportSummary> {
  const counters = new Map(daysOf(range).map((day) => [formatLocalDate(day), empty()]));
  tallyDays(facts, zone, counters);
  return {
    from: formatLocalDate(range.from),
    to: formatLocalDate(range.to),
    timeZone: zone,
    days: [...counters].map(([date, day]) => ({ date, ...figuresOf(day) })),
    weeks: weeksOf([...counters]).map(({ from, to, days }) => ({
      from,
      to,
      ...figuresOf(sum(days)),
    })),
    totals: figuresOf(sum([...counters.values()])),
  };
}
