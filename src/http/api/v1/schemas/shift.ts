import { z } from 'zod';
import { SERVICE_KEY } from '../../../../models/service';
import { SHIFT_STATES } from '../../../../models/shift';
import { SHIFT_PROGRESS } from '../views/shift-progress';
import { inOrder, instant, objectId, paging } from './common';

export const personRef = z.object({ id: objectId, name: z.string() }).meta({ id: 'PersonRef' });

const labels = z.array(z.string().trim().min(1).max(60)).max(20);

export const shiftListQuery = z
  .object({
    /** On the start; default a day before now. */
    from: instant.optional(),
    to: instant.optional(),
    state: z.enum(SHIFT_STATES).optional(),
    progress: z.enum(SHIFT_PROGRESS).optional(),
    supervisorId: objectId.optional(),
    clientId: objectId.optional(),
    ...paging,
  })
  .refine((q) => !q.from || !q.to || inOrder(q.from, q.to), {
    path: ['to'],
    error: 'must be after from',
  });

const shiftFields = {
  /** Absent with a client: the client's home ("Clara (home)"), as for a visit booked by text. */
  place: z.string().trim().min(1).max(200).optional(),
  start: instant,
  /** Absent with a service: the start plus the service's usual length. */
  end: instant.optional(),
  places: z.number().int().min(1).max(100),
  /** A supervisor of the caller's organisation. */
  supervisorId: objectId,
  /** A client of the caller's organisation. */
  clientId: objectId.optional(),
  /** A coordinator of the caller's organisation, told of no-shows and disputes. */
  coordinatorId: objectId.optional(),
  /** A service of the caller's catalogue, by key: its required skills are added to these. */
  service: z.string().regex(SERVICE_KEY, { error: 'expected a service key' }).optional(),
  requiredSkills: labels.optional(),
  requiredBadges: labels.optional(),
  /** Wanted soon: on-call workers first, urgent texts. */
  urgent: z.boolean().optional(),
};

/** Occurrences of a weekly series: the same weekday and times in the organisation's zone. */
const weeks = z.number().int().min(2).max(12);

type NewShiftFields = z.output<z.ZodObject<typeof shiftFields>>;

/** The rules between a new shift's fields, for each body that describes one. */
function newShiftRules(b: NewShiftFields, ctx: z.RefinementCtx): void {
  const problem = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message });
  if (b.end && !inOrder(b.start, b.end)) problem('end', 'must be after start');
  if (b.end === undefined && b.service === undefined)
    problem('end', 'required without a service (whose usual length would be used)');
  if (b.place === undefined && b.clientId === undefined)
    problem('place', 'required without a clientId (whose home would be used)');
}

export const shiftCreate = z
  .strictObject(shiftFields)
  .superRefine(newShiftRules)
  .meta({ id: 'ShiftCreate' });

export const shiftSeriesCreate = z
  .strictObject({
    ...shiftFields,
    weeks: weeks.meta({ description: 'How many occurrences, one a week from `start` (2–12)' }),
  })
  .superRefine(newShiftRules)
  .meta({ id: 'ShiftSeriesCreate' });

/** A shift, or with `weeks` a weekly series, to preview. */
export const shiftPreviewRequest = z
  .strictObject({
    ...shiftFields,
    weeks: weeks.optional().meta({
      description: 'Previews a weekly series of this many occurrences (2–12) instead of one shift',
    }),
  })
  .superRefine(newShiftRules)
  .meta({ id: 'ShiftPreviewRequest' });

export const shiftSummary = z
  .object({
    id: objectId,
    organisationId: objectId,
    organisationName: z.string(),
    place: z.string(),
    start: instant,
    end: instant,
    places: z.number().int(),
    /** Places held now. */
    filled: z.number().int(),
    state: z.enum(SHIFT_STATES),
    progress: z.enum(SHIFT_PROGRESS),
    urgent: z.boolean(),
    requiredSkills: z.array(z.string()),
    supervisor: personRef,
    client: personRef.nullable(),
    /** Another organisation's shift, seen because the caller's workers were offered it: read-only. */
    shared: z.boolean(),
    /** Places whose worker did not show or dropped, and hours escalated or disputed. */
    alerts: z.object({
      noShows: z.number().int(),
      escalations: z.number().int(),
      drops: z.number().int(),
      disputes: z.number().int(),
    }),
    /** People on a programme shift's wait list not yet offered a place (0 for other shifts). */
    waitListed: z.number().int(),
  })
  .meta({ id: 'ShiftSummary' });

const flowKind = z.enum(['offer', 'attendance', 'completion']);

/** One change of one offer or place: the flow's state before and after, and what moved it. */
export const historyEntry = z
  .object({
    at: instant,
    kind: flowKind,
    person: personRef.nullable(),
    from: z.string().nullable(),
    to: z.string(),
    /** The event's type (reply.yes, timer.expire…); null when the flow started. */
    event: z.string().nullable(),
    cause: z.enum(['reply', 'timer', 'api', 'system']),
  })
  .meta({ id: 'HistoryEntry' });

export const offerView = z
  .object({
    id: objectId,
    person: personRef,
    /**
     * The order the shift was offered in, across all its rounds: 1 = first; no two offers share
     * one. Within a round, the ranking's order.
     */
    rank: z.number().int(),
    /** The round of offers it was made in: 1 when the shift was posted, 2 the next, and so on. */
    round: z.number().int(),
    /** Why the ranking put the person there. */
    reasons: z.array(z.string()),
    /** The offer flow's state: held (for quiet hours), offered, claiming, accepted, filled, declined, expired, withdrawn. */
    state: z.string(),
    code: z.string(),
    urgent: z.boolean(),
    expiresAt: instant,
    createdAt: instant,
  })
  .meta({ id: 'Offer' });

/** A round of offers: the shift's posting, or a re-offer after a decline, expiry, no-show or drop. */
export const offerRoundView = z
  .object({
    round: z.number().int(),
    at: instant,
    /** The change it came after ("Ben did not show"); null for the posting, or one not shown to the caller. */
    after: historyEntry.nullable(),
  })
  .meta({ id: 'OfferRound' });

export const assignmentView = z
  .object({
    id: objectId,
    seat: z.number().int(),
    person: personRef,
    attendance: z.string().nullable(),
    completion: z.string().nullable(),
    /** Reported minutes, once the worker said DONE (or the supervisor was asked without it). */
    minutes: z.number().nullable(),
    /** When the worker checked in (HERE), or the shift's start when inferred; null before. */
    checkedInAt: instant.nullable(),
    /** No HERE was sent: DONE came first, and the check-in is taken to be the shift's start. */
    checkInInferred: z.boolean(),
    /** When the worker said DONE; null before, and when they never did. */
    finishedAt: instant.nullable(),
    /** The worker never said DONE: the supervisor was asked to confirm the scheduled hours. */
    noDone: z.boolean(),
  })
  .meta({ id: 'Assignment' });

export const releasedPlaceView = z
  .object({
    seat: z.number().int(),
    person: personRef,
    /** How the place ended: no_show, dropped, or another attendance state. */
    attendance: z.string().nullable(),
    takenAt: instant,
    releasedAt: instant,
  })
  .meta({ id: 'ReleasedPlace' });

export const waitListView = z
  .object({
    /** 1 = next to be offered a place that opens; null once offered one. */
    position: z.number().int().nullable(),
    person: personRef,
    joinedAt: instant,
    /** When a place that opened was offered to them; null while they wait. */
    offeredAt: instant.nullable(),
  })
  .meta({ id: 'WaitListPlace' });

export const shiftDetail = shiftSummary
  .extend({
    /** In the order they were made (by rank). */
    offers: z.array(offerView),
    /** The rounds the caller sees offers of, in order. */
    rounds: z.array(offerRoundView),
    assignments: z.array(assignmentView),
    /** Places given up or lost (a drop, a no-show), in seat order: who held each before. */
    releasedPlaces: z.array(releasedPlaceView),
    /** A programme shift's wait list, in the order people joined (empty for other shifts). */
    waitList: z.array(waitListView),
    history: z.array(historyEntry),
  })
  .meta({ id: 'Shift' });

export const ALERTS = ['no_show', 'escalated', 'disputed', 'dropped'] as const;

export const activityQuery = z.object({
  since: instant
    .optional()
    .meta({ description: 'Only changes after this instant (a filter); default a day ago' }),
  ...paging,
});

export const activityItem = historyEntry
  .extend({
    shiftId: objectId,
    place: z.string(),
    alert: z.enum(ALERTS).nullable(),
  })
  .meta({ id: 'ActivityItem' });

export const shiftSeries = z
  .object({
    /** Each occurrence as posted and offered, in date order. */
    shifts: z.array(shiftDetail),
  })
  .meta({ id: 'ShiftSeries' });
