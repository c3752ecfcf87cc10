import { z } from 'zod';
import { OFFERED_AIM_KINDS } from '../../../../domain/candidate-search';
import { inOrder, instant, objectId, paging } from './common';
import { recordAimView } from './shared-record';

/** `forklift,first_aid`: one or more names, comma-separated. */
const nameList = z
  .string()
  .max(1_000)
  .transform((text) => text.split(',').map((part) => part.trim()))
  .pipe(z.array(z.string().min(1).max(60)).min(1).max(20));

/** `steady_job,more_hours`: one or more aims the work on offer answers, comma-separated. */
const offeredAims = z
  .string()
  .max(200)
  .transform((text) => text.split(',').map((part) => part.trim()))
  .pipe(z.array(z.enum(OFFERED_AIM_KINDS)).min(1).max(OFFERED_AIM_KINDS.length));

export const candidateQuery = z
  .object({
    skills: nameList
      .optional()
      .meta({ description: 'Skills, comma-separated: more matched rank higher' }),
    badges: nameList
      .optional()
      .meta({ description: 'Badges, comma-separated: more matched rank higher' }),
    work: z.string().trim().min(1).max(100).optional().meta({
      description: 'A type of work done ("food bank"): more confirmed hours of it rank higher',
    }),
    aims: offeredAims.optional().meta({
      description:
        'What the work on offer answers, comma-separated: more_hours, steady_job, training, ' +
        'work_type (a chance to try the work asked for in `work`). People who say they want it ' +
        'rank first, and come in even when they match nothing else asked',
    }),
    minReliability: z.coerce.number().int().min(0).max(100).optional().meta({
      description:
        'Least percent of counted shifts on time; leaves out people with none counted yet',
    }),
    availableFrom: instant
      .optional()
      .meta({ description: 'With availableUntil: only people free for the whole of that time' }),
    availableUntil: instant.optional(),
    area: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'A place their address names ("Brooklyn"): matches rank higher' }),
    ...paging,
  })
  .refine((q) => !q.aims?.includes('work_type') || q.work !== undefined, {
    path: ['aims'],
    error: 'work_type needs the work on offer in work',
  })
  .refine((q) => !q.availableFrom === !q.availableUntil, {
    path: ['availableUntil'],
    error: 'availableFrom and availableUntil go together',
  })
  .refine(
    (q) => !q.availableFrom || !q.availableUntil || inOrder(q.availableFrom, q.availableUntil),
    {
      path: ['availableUntil'],
      error: 'must be after availableFrom',
    },
  );

export const candidateView = z
  .object({
    personId: objectId,
    name: z.string(),
    via: z.enum(['shared', 'partner']).meta({
      description:
        'shared: the person shared their record with you (all of it counts); partner: a worker of an organisation whose workers serve your shifts (only work for your shifts counts)',
    }),
    rank: z.number().int().min(1),
    skills: z.array(z.string()).meta({
      description: "All their skills: their record's when shared, their organisation's otherwise",
    }),
    badges: z.array(z.string()).meta({
      description: "All their badges: their record's when shared, their organisation's otherwise",
    }),
    skillsMatched: z.array(z.string()),
    badgesMatched: z.array(z.string()),
    workMinutes: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Confirmed minutes of the work asked for' }),
    totalMinutes: z.number().int().min(0),
    reliability: z.object({
      percent: z.number().int().min(0).max(100).nullable().meta({
        description: 'Counted shifts on time, in percent; null: none counted yet',
      }),
      onTime: z.number().int().min(0),
      late: z.number().int().min(0),
      noShows: z.number().int().min(0),
      drops: z.number().int().min(0),
      firstShift: instant.optional(),
      lastShift: instant.optional(),
    }),
    areaMatched: z.boolean(),
    aims: z.array(recordAimView).meta({
      description:
        "What they would like next, when they shared their record; a partner's worker: none shown",
    }),
    aimsMatched: z
      .array(z.enum(OFFERED_AIM_KINDS))
      .meta({ description: 'Their aims the work on offer answers (the aims asked for)' }),
    reasons: z.array(z.string()).meta({ description: 'Why they are in this place, in order' }),
  })
  .meta({ id: 'Candidate' });
