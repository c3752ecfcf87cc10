import { z } from 'zod';
import { AIM_KINDS } from '../../../../domain/aims';
import { MAX_AIM_TEXT } from '../../../../record/aims';
import type { Aim } from '../../../../domain/aims';
import { instant, iso } from './common';

export const aimInput = z
  .strictObject({
    kind: z.enum(AIM_KINDS),
    words: z
      .string()
      .trim()
      .min(1)
      .max(60)
      .optional()
      .meta({ description: 'The kind of work, for work_type ("nutrition")' }),
    text: z.string().trim().min(1).max(MAX_AIM_TEXT).meta({ description: 'The aim in words' }),
  })
  .refine((aim) => aim.kind !== 'work_type' || aim.words !== undefined, {
    path: ['words'],
    message: 'work_type needs the kind of work in words',
  })
  .meta({ id: 'AimInput' });

export const aimsUpdate = z
  .strictObject({ aims: z.array(aimInput).min(1).max(10) })
  .meta({ id: 'AimsUpdate', description: 'Aims to record; each replaces a held one of its kind' });

export const aimView = z
  .object({
    kind: z.enum(AIM_KINDS),
    words: z.string().optional(),
    text: z.string(),
    statedAt: instant,
    by: z.string().meta({ description: "'self' (by text), or 'api-key:<id>' who recorded it" }),
  })
  .meta({ id: 'Aim' });

export const aimsView = z.object({ aims: z.array(aimView) }).meta({ id: 'Aims' });

/** The aims as the API shows them. */
export function aimViews(aims: readonly Aim[]): z.input<typeof aimView>[] {
  return aims.map(({ words, statedAt, ...aim }) => ({
    ...aim,
    ...(words && { words }),
    statedAt: iso(statedAt),
  }));
}
