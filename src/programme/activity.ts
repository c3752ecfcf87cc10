import { ledgerState, type LedgerEntry } from '../domain/programme';
import { wallTime } from '../domain/zoned-time';
import type { EngineRuntime } from '../engine/runtime/types';
import type { Programme } from '../models/programme';
import { termsOf } from './ledger';
import { slotMinutes } from './budget';

/** One period of a programme's activity. Minutes and cents are whole numbers. */
export interface ActivityBucket {
  period: string;
  minutesOffered: number;
  minutesTaken: number;
  minutesConfirmed: number;
  slotsFilled: number;
  /** Ids of the distinct participants holding the places filled: for counting, never shown. */
  filledBy: string[];
  noShows: number;
  budgetSpentCents: number;
  /** Distinct participants offered work in the period. */
  peopleReached: number;
  /** Ids of the distinct participants with confirmed minutes debited: for counting, never shown. */
  workedBy: string[];
}

/** Who a period's people counts are of, while it is tallied. */
interface Sets {
  reached: Set<string>;
  filled: Set<string>;
  worked: Set<string>;
}

/** "2026-11-28": the local date of an instant. */
export function localDate(instant: Date, zone: string): string {
  const t = wallTime(instant, zone);
  return [t.year, t.month, t.day].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
}

/**
 * A programme's activity grouped by `periodOf`, each fact in the period it happened: places
 * offered, taken and filled by the shift's start; no-shows when recorded; people reached when
 * offered; confirmed minutes, budget spent and people who worked when the supervisor confirmed
 * (as the ledger granted them, so caps are respected). Periods sort as strings.
 */
export async function programmeActivity(
  runtime: EngineRuntime,
  programme: Programme,
  periodOf: (instant: Date) => string,
): Promise<ActivityBucket[]> {
  const { Shift, Assignment, Offer, WorkRecord } = runtime.models;
  const shifts = await Shift.find(
    { programme: programme._id, state: { $ne: 'cancelled' } },
    { start: 1, end: 1, places: 1 },
  ).lean();
  const shiftIds = shifts.map((s) => s._id);
  const [assignments, offers, records] = await Promise.all([
    Assignment.find({ shift: { $in: shiftIds } }, { shift: 1, person: 1 }).lean(),
    Offer.find({ shift: { $in: shiftIds } }, { person: 1, createdAt: 1 }).lean(),
    WorkRecord.find(
      { shift: { $in: shiftIds }, kind: { $in: ['hours_confirmed', 'no_show'] } },
      { kind: 1, person: 1, minutes: 1, at: 1 },
    )
      .sort({ at: 1, _id: 1 })
      .lean(),
  ]);
  type Tallied = Omit<ActivityBucket, 'filledBy' | 'workedBy'> & Sets;
  const buckets = new Map<string, Tallied>();
  const bucket = (instant: Date) => {
    const period = periodOf(instant);
    let found = buckets.get(period);
    if (!found) {
      found = {
        period,
        minutesOffered: 0,
        minutesTaken: 0,
        minutesConfirmed: 0,
        slotsFilled: 0,
        noShows: 0,
        budgetSpentCents: 0,
        peopleReached: 0,
        reached: new Set(),
        filled: new Set(),
        worked: new Set(),
      };
      buckets.set(period, found);
    }
    return found;
  };

  for (const shift of shifts) {
    const minutes = slotMinutes(shift.start, shift.end);
    const filled = assignments.filter((a) => a.shift.equals(shift._id));
    const b = bucket(shift.start);
    b.minutesOffered += shift.places * minutes;
    b.minutesTaken += filled.length * minutes;
    b.slotsFilled += filled.length;
    for (const a of filled) b.filled.add(a.person.toString());
  }
  for (const offer of offers) bucket(offer.createdAt).reached.add(offer.person.toString());
  for (const record of records) if (record.kind === 'no_show') bucket(record.at).noShows += 1;
  addConfirmed(programme, records, bucket);

  return [...buckets.values()]
    .map(({ reached, filled, worked, ...b }) => ({
      ...b,
      peopleReached: reached.size,
      filledBy: [...filled],
      workedBy: [...worked],
    }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

/** Each period's share of the ledger: the balances after it, less the balances before it. */
function addConfirmed(
  programme: Programme,
  records: {
    kind: string;
    person?: { toString(): string } | null;
    minutes?: number | null;
    at: Date;
  }[],
  bucket: (instant: Date) => Pick<ActivityBucket, 'budgetSpentCents' | 'minutesConfirmed'> & Sets,
): void {
  const terms = termsOf(programme);
  const entries: LedgerEntry[] = [];
  let before = ledgerState(terms, entries);
  const confirmed = records.filter((r) => r.kind === 'hours_confirmed' && r.person);
  confirmed.forEach((record, i) => {
    entries.push({
      kind: 'confirmed',
      participantId: record.person!.toString(),
      minutes: Math.max(0, Math.round(record.minutes ?? 0)),
      at: record.at,
      payType: 'wage',
    });
    const next = confirmed[i + 1];
    const b = bucket(record.at);
    if (next && b === bucket(next.at)) return;
    const after = ledgerState(terms, entries);
    b.budgetSpentCents += after.spentCents - before.spentCents;
    for (const [id, balance] of after.byParticipant) {
      const worked = balance.usedMinutes - (before.byParticipant.get(id)?.usedMinutes ?? 0);
      b.minutesConfirmed += worked;
      if (worked > 0) b.worked.add(id);
    }
    before = after;
  });
}
