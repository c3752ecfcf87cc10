import { minutesToHours } from '../../domain/hours';
import { showCell, showSum, type Shown } from '../../domain/small-numbers';
import { startOfWeek } from '../../domain/week';
import type { Programme } from '../../models/programme';
import { localDate, programmeActivity } from '../../programme/activity';
import type { Runtime } from '../../runtime';

/** One week, Monday to Sunday in the organisation's zone. */
export interface ProgrammeWeek {
  weekStarting: string;
  hoursWorked: Shown;
  peopleWorked: Shown;
  slotsFilled: Shown;
  budgetSpentCents: Shown;
}

/**
 * What the public may know of a programme: its name, budget and, by week, only totals, each
 * computed with the number of distinct people behind it and shown or withheld by
 * src/domain/small-numbers.ts as on the region's dashboard: the weeks' spending adds up to the
 * amount spent so far, so that total and one more week are withheld beside a withheld week.
 * Built field by field from aggregates, so no name, phone number or id of a person can reach it.
 */
export interface PublicProgramme {
  name: string;
  budgetCents: number;
  /** Spent in the weeks shown: to the end of last week. */
  spentCents: Shown;
  weeks: ProgrammeWeek[];
}

export async function publicProgramme(
  runtime: Runtime,
  slug: string,
): Promise<PublicProgramme | undefined> {
  const programme = await runtime.models.Programme.findOne({ slug }).lean<Programme>();
  if (!programme) return undefined;
  const organisation = await runtime.models.Organisation.findById(programme.organisation, {
    timeZone: 1,
  })
    .orFail()
    .lean();
  const zone = organisation.timeZone;
  const weekOf = (d: Date) => localDate(startOfWeek(d, zone), zone);
  // Finished weeks only, as on the region's dashboard: a week still running changes from one
  // reading to the next, and two readings a day apart would show one day's work, one person's.
  const thisWeek = weekOf(runtime.clock.now());
  const weeks = (await programmeActivity(runtime, programme, weekOf)).filter(
    (w) => w.period < thisWeek,
  );
  const spent = showSum(
    weeks.map((w) => ({ value: w.budgetSpentCents, people: w.workedBy.length })),
    {
      value: weeks.reduce((sum, w) => sum + w.budgetSpentCents, 0),
      people: new Set(weeks.flatMap((w) => w.workedBy)).size,
    },
  );
  return {
    name: programme.name,
    budgetCents: programme.budgetCents,
    spentCents: spent.total,
    weeks: weeks.map((w, i) => {
      const worked = w.workedBy.length;
      return {
        weekStarting: w.period,
        hoursWorked: showCell({ value: minutesToHours(w.minutesConfirmed), people: worked }),
        peopleWorked: showCell({ value: worked, people: worked }),
        slotsFilled: showCell({ value: w.slotsFilled, people: w.filledBy.length }),
        budgetSpentCents: spent.parts[i]!,
      };
    }),
  };
}
