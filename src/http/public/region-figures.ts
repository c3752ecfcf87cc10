import type { Types } from 'mongoose';
import { minutesToHours } from '../../domain/hours';
import { showCell, showSum, type Counted, type Shown } from '../../domain/small-numbers';
import { startOfWeek } from '../../domain/week';
import { addDays, instantAtMinutes, wallTime } from '../../domain/zoned-time';
import {
  REGION_DASHBOARD_ID,
  type DashboardFigure,
  type RegionDashboard,
} from '../../models/region-dashboard';
import type { Programme } from '../../models/programme';
import { localDate } from '../../programme/activity';
import { programmeGrants } from '../../programme/ledger';
import type { Runtime } from '../../runtime';

/** Until the operator sets it: every figure, of nobody, over 12 weeks. */
export const DEFAULT_DASHBOARD = {
  figures: ['hoursWorked', 'peopleWorked', 'programmes', 'placesFilled', 'moneySpent'],
  organisations: [],
  programmes: [],
  timeZone: null,
  weeks: 12,
} satisfies Omit<RegionDashboard, '_id' | 'updatedAt' | 'updatedBy'>;

export async function dashboardSettings(runtime: Runtime) {
  const saved = await runtime.models.RegionDashboard.findById(REGION_DASHBOARD_ID).lean();
  return saved ?? { ...DEFAULT_DASHBOARD, updatedAt: null, updatedBy: null };
}

export interface FundingSource {
  name: string;
  slug: string;
}

/** One week, Monday to Sunday; only the figures the operator chose. */
export interface RegionWeek {
  weekStarting: string;
  weekEnding: string;
  hoursWorked?: Shown;
  peopleWorked?: Shown;
  programmes?: Shown;
  placesFilled?: Shown;
  moneySpentCents?: { bySource: (FundingSource & Shown)[]; total: Shown };
}

/**
 * What the public may know of the region: per week, totals only, each computed with the
 * number of distinct people behind it and shown or withheld by src/domain/small-numbers.ts.
 * Built field by field from aggregates, so no name, number or id of a person can reach it.
 */
export interface PublicRegion {
  timeZone: string;
  organisations: string[];
  fundingSources: FundingSource[];
  figures: DashboardFigure[];
  weeks: RegionWeek[];
}

/** A week's tally: a figure's value and the distinct people behind it. */
class Tally {
  value = 0;
  readonly people = new Set<string>();
  add(value: number, person: string) {
    this.value += value;
    this.people.add(person);
  }
  counted(value = this.value): Counted {
    return { value, people: this.people.size };
  }
}

const MIDNIGHT = 0;

export async function publicRegion(runtime: Runtime): Promise<PublicRegion> {
  const settings = await dashboardSettings(runtime);
  const { Organisation, Programme } = runtime.models;
  const [organisations, programmes] = await Promise.all([
    Organisation.find({ _id: { $in: settings.organisations } }, { name: 1, timeZone: 1 }).lean(),
    Programme.find({ _id: { $in: settings.programmes } }).lean<Programme[]>(),
  ]);
  const inOrder = <T extends { _id: Types.ObjectId }>(found: T[], ids: Types.ObjectId[]) =>
    ids.flatMap((id) => found.filter((f) => f._id.equals(id)));
  const orgs = inOrder(organisations, settings.organisations);
  const sources = inOrder(programmes, settings.programmes);
  const zone = settings.timeZone ?? orgs[0]?.timeZone ?? 'UTC';

  // Whole weeks only, the last ending before this one began: a week's figures are final.
  const thisMonday = wallTime(startOfWeek(runtime.clock.now(), zone), zone);
  const mondays = Array.from({ length: settings.weeks }, (_, i) =>
    addDays(thisMonday, 7 * (i - settings.weeks)),
  );
  const at = (date: (typeof mondays)[number]) => instantAtMinutes(date, MIDNIGHT, zone);
  const between = { $gte: at(mondays[0]!), $lt: at(thisMonday) };
  const weekOf = (instant: Date) => localDate(startOfWeek(instant, zone), zone);
  const weeks = new Map(
    mondays.map((monday) => [
      localDate(at(monday), zone),
      {
        ending: localDate(at(addDays(monday, 6)), zone),
        hours: new Tally(),
        programmes: new Set<string>(),
        programmePeople: new Tally(),
        places: new Tally(),
        spent: sources.map(() => new Tally()),
      },
    ]),
  );
  const figures = new Set(settings.figures);
  const included = orgs.map((o) => o._id);
  const sourceIds = new Set(sources.map((p) => p._id.toString()));

  const [confirmed, filled, grants] = await Promise.all([
    confirmedWork(runtime, included, between),
    placesFilled(runtime, included, between),
    Promise.all(sources.map((programme) => programmeGrants(runtime, programme))),
  ]);
  for (const work of confirmed) {
    const week = weeks.get(weekOf(work.at))!;
    week.hours.add(work.minutes, work.person);
    if (work.programme && sourceIds.has(work.programme)) {
      week.programmes.add(work.programme);
      week.programmePeople.add(0, work.person);
    }
  }
  for (const place of filled) weeks.get(weekOf(place.start))?.places.add(1, place.person);
  grants.forEach((lines, source) => {
    for (const { record, grant } of lines) {
      if (record.at < between.$gte || record.at >= between.$lt || grant.grantedMinutes === 0)
        continue;
      weeks.get(weekOf(record.at))!.spent[source]!.add(grant.cents, record.person.toString());
    }
  });

  return {
    timeZone: zone,
    organisations: orgs.map((o) => o.name),
    fundingSources: sources.map(({ name, slug }) => ({ name, slug })),
    figures: settings.figures,
    weeks: [...weeks].map(([weekStarting, week]) => {
      const total = new Tally();
      for (const tally of week.spent) for (const person of tally.people) total.add(0, person);
      const money = showSum(
        week.spent.map((t) => t.counted()),
        total.counted(week.spent.reduce((sum, t) => sum + t.value, 0)),
      );
      return {
        weekStarting,
        weekEnding: week.ending,
        ...(figures.has('hoursWorked') && {
          hoursWorked: showCell(week.hours.counted(minutesToHours(week.hours.value))),
        }),
        ...(figures.has('peopleWorked') && {
          peopleWorked: showCell(week.hours.counted(week.hours.people.size)),
        }),
        ...(figures.has('programmes') && {
          programmes: showCell(week.programmePeople.counted(week.programmes.size)),
        }),
        ...(figures.has('placesFilled') && { placesFilled: showCell(week.places.counted()) }),
        ...(figures.has('moneySpent') && {
          moneySpentCents: {
            bySource: sources.map(({ name, slug }, i) => ({ name, slug, ...money.parts[i]! })),
            total: money.total,
          },
        }),
      };
    }),
  };
}

type Between = { $gte: Date; $lt: Date };

/** Confirmed hours in the weeks on the included organisations' shifts, with their programme. */
async function confirmedWork(runtime: Runtime, organisations: Types.ObjectId[], at: Between) {
  const records = await runtime.models.WorkRecord.find(
    { kind: 'hours_confirmed', at },
    { person: 1, shift: 1, minutes: 1, at: 1 },
  ).lean();
  const shifts = await runtime.models.Shift.find(
    {
      _id: { $in: [...new Set(records.flatMap((r) => (r.shift ? [r.shift.toString()] : [])))] },
      organisation: { $in: organisations },
    },
    { programme: 1 },
  ).lean();
  const programmeOf = new Map(shifts.map((s) => [s._id.toString(), s.programme?.toString()]));
  return records.flatMap((r) =>
    r.person && r.shift && programmeOf.has(r.shift.toString())
      ? [
          {
            person: r.person.toString(),
            minutes: r.minutes ?? 0,
            at: r.at,
            programme: programmeOf.get(r.shift.toString()),
          },
        ]
      : [],
  );
}

/** Places held on the included organisations' shifts starting in the weeks, not cancelled. */
async function placesFilled(runtime: Runtime, organisations: Types.ObjectId[], start: Between) {
  const shifts = await runtime.models.Shift.find(
    { organisation: { $in: organisations }, start },
    { start: 1, state: 1 },
  ).lean();
  const kept = shifts.filter((s) => s.state !== 'cancelled');
  const startOf = new Map(kept.map((s) => [s._id.toString(), s.start]));
  const held = await runtime.models.Assignment.find(
    { shift: { $in: kept.map((s) => s._id) } },
    { shift: 1, person: 1 },
  ).lean();
  return held.map((a) => ({
    start: startOf.get(a.shift.toString())!,
    person: a.person.toString(),
  }));
}
