import { z } from 'zod';
import { instant } from './common';
import { organisationRef } from './partnership';
import { personRef } from './shift';

const cents = z.number().int();

export const previewCandidate = z
  .object({
    person: personRef,
    /** 1 is offered first. */
    rank: z.number().int(),
    /** Why the ranking put the person there (the reasons the offer would record). */
    reasons: z.array(z.string()),
    /** The worker's employer: the caller, or a partner whose partnership is in force. */
    organisation: organisationRef,
    /** A partner's worker, charged at the partnership's rate. */
    partnership: z.boolean(),
    chargeCentsPerHour: cents,
    /** The charge for one place, for the shift's length. */
    costCents: cents,
    /** Among the offers posting makes at once (the rest wait for a NO, an expiry or a wave). */
    offeredAtOnce: z.boolean(),
    /** When the offer would be texted: now, or when the worker's quiet hours end. */
    textedAt: instant.nullable(),
    /** Held for quiet hours (texted later), or held past the offer's close (never texted). */
    quietHours: z.enum(['none', 'held', 'held_past_close']),
  })
  .meta({ id: 'PreviewCandidate' });

export const previewExcluded = z
  .object({
    person: personRef,
    organisation: organisationRef,
    /** Every rule that keeps the person off this shift. */
    reasons: z.array(z.string()),
  })
  .meta({ id: 'PreviewExcluded' });

export const shiftPreview = z
  .object({
    strategy: z.enum(['sequential', 'waves', 'broadcast']),
    minutesPerPlace: z.number().int(),
    places: z.number().int(),
    /** Eligible people, best first: the order posting offers them in. */
    candidates: z.array(previewCandidate),
    excluded: z.array(previewExcluded),
    /** The caller's partnerships whose workers are not considered, and why. */
    partnershipsNotInForce: z.array(
      z.object({
        provider: organisationRef,
        /** Proposed by the provider and not yet accepted, or ended by either side. */
        state: z.enum(['proposed', 'ended']),
      }),
    ),
    cost: z.object({
      /** The charge if the best-ranked take every place they can. */
      estimatedCents: cents,
      /** Places no eligible person is left for. */
      placesUncovered: z.number().int(),
    }),
  })
  .meta({ id: 'ShiftPreview' });

export const shiftSeriesPreview = z
  .object({
    /** Each occurrence's preview, in date order: who is free differs from date to date. */
    occurrences: z.array(
      shiftPreview.extend({ start: instant, end: instant }).meta({ id: 'OccurrencePreview' }),
    ),
  })
  .meta({ id: 'ShiftSeriesPreview' });
