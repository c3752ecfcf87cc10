import { z } from 'zod';
import { badge } from './badge';
import { instant, nonEmptyPatch, objectId } from './common';
import { localDate } from './report';

const name = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .meta({ description: 'What the pilot trials, e.g. "Social prescribing, winter"' });

const people = (what: string) =>
  z
    .array(objectId)
    .max(500)
    .transform((ids) => [...new Set(ids)])
    .meta({ description: what });

const inOrder = (range: { from: string; to: string }) => range.to >= range.from;

export const pilotCreate = z
  .strictObject({
    name,
    badge,
    from: localDate.meta({ description: "First day, in the organisation's time zone" }),
    to: localDate.meta({ description: 'Last day, included' }),
    cohort: people(
      "The people trialled: your own, or your providers' workers. Absent: everyone who holds " +
        'the badge in your organisation now.',
    ).optional(),
  })
  .refine(inOrder, { path: ['to'], error: 'must not be before from' })
  .meta({ id: 'PilotCreate' });

export const pilotPatch = nonEmptyPatch(
  z.strictObject({
    name: name.optional(),
    to: localDate.optional().meta({ description: 'Last day, included: not before the first' }),
    addCohort: people("People to add: your own, or your providers' workers").optional(),
    removeCohort: people('People to take out of the cohort').optional(),
  }),
).meta({ id: 'PilotPatch' });

export const pilotView = z
  .object({
    id: objectId,
    name: z.string(),
    badge: z.string(),
    from: localDate,
    to: localDate,
    cohort: z.array(objectId).meta({ description: 'The people trialled, by id' }),
    createdBy: z
      .object({ keyId: objectId, name: z.string() })
      .meta({ description: 'The API key that made the pilot, and its name then' }),
    createdAt: instant,
  })
  .meta({ id: 'Pilot' });

/** Without dates, the pilot's own days (at most its first 92). */
export const pilotDailyQuery = z.object({
  from: localDate.optional().meta({ description: "First day; absent: the pilot's first" }),
  to: localDate.optional().meta({ description: "Last day, included; absent: the pilot's last" }),
});

const count = z.number().int();

const pilotFigures = z
  .object({
    bookings: count.meta({ description: 'Places the cohort holds on shifts starting that day' }),
    hoursConfirmed: z.number().meta({ description: 'Confirmed for the cohort on those shifts' }),
    areas: z
      .array(
        z.object({
          area: z.string().meta({ description: "The shift's area, or its place when it has none" }),
          bookings: count,
          hoursConfirmed: z.number(),
        }),
      )
      .meta({ description: 'Where the cohort was deployed, by name' }),
    otherSkills: z
      .array(
        z.object({
          skill: z.string(),
          places: count.meta({ description: 'Places on shifts needing it, not cancelled' }),
          filled: count.meta({ description: 'Held now, by anyone' }),
          unfilled: count,
        }),
      )
      .meta({
        description:
          "Demand for each skill or badge the organisation's shifts need, other than the pilot's badge",
      }),
  })
  .meta({ id: 'PilotFigures' });

export const pilotDaily = z
  .object({
    pilotId: objectId,
    badge: z.string(),
    from: localDate,
    to: localDate,
    timeZone: z.string(),
    days: z.array(pilotFigures.extend({ date: localDate })),
    totals: pilotFigures,
  })
  .meta({ id: 'PilotDaily' });

export type PilotDailyAnswer = z.output<typeof pilotDaily>;
