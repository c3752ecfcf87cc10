import { minutesToHours } from '../../domain/hours';
import { startOfWeek } from '../../domain/week';
import type { Programme } from '../../models/programme';
import { localDate, programmeActivity } from '../../programme/activity';
import type { Runtime } from '../../runtime';

/**
 * What the public may know of a programme: its name, budget and, by week, only totals. Built
 * field by field from aggregates, so no name, phone number or id of a person can reach it.
 */
export interface PublicProgramme {
  name: string;
  budgetCents: number;
  weeks: {
    weekStarting: string;
    hoursWorked: number;
    peopleWorked: number;
    slotsFilled: number;
    budgetSpentCents: number;
  }[];
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
  const weeks = await programmeActivity(runtime, programme, (d) =>
    localDate(startOfWeek(d, zone), zone),
  );
  return {
    name: programme.name,
    budgetCents: programme.budgetCents,
    weeks: weeks.map((w) => ({
      weekStarting: w.period,
      hoursWorked: minutesToHours(w.minutesConfirmed),
      peopleWorked: w.peopleWorked,
      slotsFilled: w.slotsFilled,
      budgetSpentCents: w.budgetSpentCents,
    })),
  };
}
