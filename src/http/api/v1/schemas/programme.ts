import { z } from 'zod';
import { instant, objectId } from './common';

const cents = z.number().int().min(0).max(1_000_000_000_000);
const inEveryLanguage = z.object({
  en: z.string().max(300).default(''),
  es: z.string().max(300).default(''),
  fr: z.string().max(300).default(''),
});
const workType = z.object({
  id: z.string().min(1).max(40),
  names: z.object({
    en: z.string().min(1).max(60),
    es: z.string().min(1).max(60),
    fr: z.string().min(1).max(60),
  }),
});
const payType = z.enum(['wage', 'stipend']);
const participant = z.object({ personId: objectId, payType });

export const programmeCreate = z.object({
  name: z.string().trim().min(1).max(120),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'lower-case letters, digits and hyphens' })
    .max(60),
  budgetCents: cents,
  hourlyRateCents: cents,
  minutesPerParticipant: z.number().int().min(0).max(100_000),
  workTypes: z.array(workType).max(50).default([]),
  supervisorIds: z.array(objectId).min(1).max(50),
  coordinatorIds: z.array(objectId).max(50).default([]),
  nextStepsMessage: inEveryLanguage.default({ en: '', es: '', fr: '' }),
});

export const programmePatch = programmeCreate.omit({ slug: true }).partial();

export const participantsBody = z.object({ participants: z.array(participant).min(1).max(1000) });

export const participantParams = z.object({ id: objectId, personId: objectId });

export const programmeView = z.object({
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
  createdAt: z.string(),
});

export const ledgerView = z.object({
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
});

export const broadcastBody = z.object({
  slots: z.number().int().min(1).max(500),
  start: instant,
  end: instant,
  place: z.string().trim().min(1).max(200),
});

export const broadcastView = z.object({
  shiftId: z.string(),
  slots: z.number(),
  reach: z.number(),
  neededCents: z.number(),
  availableCents: z.number(),
});

export const reportView = z.object({
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
});
