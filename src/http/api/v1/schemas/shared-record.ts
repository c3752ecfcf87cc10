import { z } from 'zod';
import { AIM_KINDS } from '../../../../domain/aims';
import type { RecordAim } from '../../../../record/summarise';
import { instant, iso, objectId } from './common';

const names = z
  .object({ en: z.string().nullable(), es: z.string().nullable(), fr: z.string().nullable() })
  .partial()
  .meta({ id: 'NamesByLanguage', description: 'A name in each language it has' });

export const recordAimView = z
  .object({
    kind: z.enum(AIM_KINDS),
    words: z.string().optional().meta({ description: 'The kind of work, for work_type' }),
    text: z.string().meta({ description: 'What was said or written' }),
    statedAt: instant,
    statedBy: z.enum(['self', 'coordinator']),
  })
  .meta({ id: 'RecordAim', description: 'What the worker would like next' });

/** A record's aims as the API shows them. */
export const recordAimViews = (aims: readonly RecordAim[]): z.input<typeof recordAimView>[] =>
  aims.map((aim) => ({ ...aim, statedAt: iso(aim.statedAt) }));

/** What buildRecord makes of a person's work: the record page's data. */
export const workerRecordView = z
  .object({
    hours: z.object({
      totalMinutes: z.number().int().min(0),
      byWork: z.array(
        z.object({
          work: names
            .optional()
            .meta({ description: 'The type of work; absent when none was named' }),
          minutes: z.number().int().min(0),
        }),
      ),
      byOrganisation: z.array(
        z.object({ organisation: objectId, name: z.string(), minutes: z.number().int().min(0) }),
      ),
    }),
    programmes: z.array(
      z.object({
        programme: objectId,
        name: z.string(),
        organisationName: z.string(),
        minutesConfirmed: z.number().int().min(0),
        minutesPerParticipant: z.number().int().min(0),
        completed: z.boolean().meta({ description: 'Confirmed hours reached the allotment' }),
      }),
    ),
    reliability: z.object({
      onTime: z.number().int().min(0),
      late: z.number().int().min(0),
      noShows: z.number().int().min(0),
      drops: z.number().int().min(0),
      firstShift: instant.optional(),
      lastShift: instant.optional(),
    }),
    skills: z.array(z.string()),
    badges: z.array(z.string()),
    badgesEarned: z.array(z.object({ badge: z.string(), earnedAt: instant })).meta({
      description:
        'When each badge above was earned (the grant in force); a badge given before grants were kept is not listed',
    }),
    aims: z.array(recordAimView),
  })
  .meta({ id: 'WorkerRecord' });

export const sharedRecordSummary = z
  .object({
    personId: objectId,
    name: z.string(),
    sharedAt: instant,
  })
  .meta({ id: 'SharedRecordSummary' });

export const sharedRecordView = sharedRecordSummary
  .extend({ record: workerRecordView })
  .meta({ id: 'SharedRecord' });

export const personIdParams = z.object({ personId: objectId });
