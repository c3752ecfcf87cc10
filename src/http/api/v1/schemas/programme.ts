import { z } from 'zod';
import { inOrder, instant, nonEmptyPatch, objectId } from './common';

const cents = z.number().int().min(0).max(1_000_000_000_000);
const nextStepsText = z.string().max(300);
const inEveryLanguage = z.object({ en: nextStepsText, es: nextStepsText, fr: nextStepsText });
/** In a PATCH, the languages given replace theirs; the others are kept as stored. */
const nextStepsPatch = z
  .strictObject({ en: nextStepsText, es: nextStepsText, fr: nextStepsText })
  .partial();
const workType = z
  .object({
    id: z.string().min(1).max(40),
    names: z.object({
      en: z.string().min(1).max(60),
      es: z.string().min(1).max(60),
      fr: z.string().min(1).max(60),
    }),
  })
  .meta({ id: 'WorkType' });
const payType = z.enum(['wage', 'stipend']);

/** The rung after this programme, and what a participant must do here to be pointed to it. */
export const nextStep = z
  .strictObject({
    programmeId: objectId.optional(),
    organisationId: objectId.optional(),
    minutesConfirmed: z.number().int().min(1).max(100_000).meta({
      description: 'Confirmed minutes on this programme that earn the next step.',
    }),
    maxNoShows: z.number().int().min(0).max(100).meta({
      description: "At most this many no-shows on this programme's shifts: a reliable record.",
    }),
  })
  .refine((step) => (step.programmeId === undefined) !== (step.organisationId === undefined), {
    error: 'name exactly one of programmeId (any public programme) or organisationId',
    path: ['programmeId'],
  })
  .meta({
    id: 'NextStep',
    description:
      'Once a participant has this many confirmed minutes with at most maxNoShows no-shows, ' +
      'they are texted the next step once, and its coordinators are told once, with no personal ' +
      "data. The participant's name and number go to them only if the participant replies INTRO.",
  });
const participant = z.object({ personId: objectId, payType }).meta({ id: 'Participant' });

/** The terms a programme is created with and a PATCH may change, without defaults. */
const terms = {
  name: z.string().trim().min(1).max(120),
  budgetCents: cents,
  hourlyRateCents: cents,
  minutesPerParticipant: z.number().int().min(0).max(100_000),
  workTypes: z.array(workType).max(50),
  supervisorIds: z.array(objectId).min(1).max(50),
  coordinatorIds: z.array(objectId).max(50),
};

export const programmeCreate = z
  .strictObject({
    ...terms,
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'lower-case letters, digits and hyphens' })
      .max(60),
    workTypes: terms.workTypes.default([]),
    coordinatorIds: terms.coordinatorIds.default([]),
    nextStepsMessage: nextStepsPatch.default({}),
    nextStep: nextStep.nullable().default(null),
  })
  .meta({ id: 'ProgrammeCreate' });

/**
 * Built from the fields themselves, not from programmeCreate with .partial(): zod fills a
 * .default() in even under .partial(), and a one-field PATCH then reset the others.
 */
export const programmePatch = nonEmptyPatch(
  z
    .strictObject({ ...terms, nextStepsMessage: nextStepsPatch, nextStep: nextStep.nullable() })
    .partial(),
).meta({ id: 'ProgrammePatch' });

export const participantsBody = z
  .object({ participants: z.array(participant).min(1).max(1000) })
  .meta({ id: 'ParticipantsAdd' });

export const participantParams = z.object({ id: objectId, personId: objectId });

export const programmeView = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    budgetCents: z.number(),
    hourlyRateCents: z.number(),
    minutesPerParticipant: z.number(),
    participants: z.array(participant),
    workTypes: z.array(workType),
    supervisorIds: z.array(z.string()),
    coordinatorIds: z.array(z.string()),
    nextStepsMessage: inEveryLanguage,
    nextStep: nextStep.nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Programme' });

export const ledgerView = z
  .object({
    budgetCents: z.number(),
    spentCents: z.number(),
    remainingCents: z.number(),
    spentCentsByPayType: z.object({ wage: z.number(), stipend: z.number() }),
    minutesPerParticipant: z.number(),
    participants: z.array(
      z.object({ personId: z.string(), usedMinutes: z.number(), leftMinutes: z.number() }),
    ),
    capped: z.array(
      z.object({
        personId: z.string(),
        askedMinutes: z.number(),
        grantedMinutes: z.number(),
        reason: z.enum(['allotment', 'budget']),
      }),
    ),
  })
  .meta({ id: 'ProgrammeLedger' });

export const broadcastBody = z
  .object({
    slots: z.number().int().min(1).max(500),
    start: instant,
    end: instant,
    place: z.string().trim().min(1).max(200),
  })
  .refine((b) => inOrder(b.start, b.end), { path: ['end'], error: 'must be after start' })
  .meta({ id: 'BroadcastCreate' });

export const broadcastView = z
  .object({
    shiftId: z.string(),
    slots: z.number(),
    reach: z.number(),
    neededCents: z.number(),
    availableCents: z.number(),
  })
  .meta({ id: 'Broadcast' });

export const reportView = z
  .object({
    timeZone: z.string(),
    days: z.array(
      z.object({
        date: z.string(),
        hoursOffered: z.number(),
        hoursTaken: z.number(),
        hoursConfirmed: z.number(),
        noShows: z.number(),
        budgetSpentCents: z.number(),
        peopleReached: z.number(),
      }),
    ),
  })
  .meta({ id: 'ProgrammeReport' });
