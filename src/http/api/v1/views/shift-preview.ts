import type { z } from 'zod';
import { chargeCents, hourlyChargeCents, minutesBetween } from '../../../../domain/hours';
import type { OfferPreview } from '../../../../engine/runtime/preview-offers';
import type { Runtime } from '../../../../runtime';
import type { shiftPreview } from '../schemas/shift-preview';
import type { Tenancy } from '../tenancy';
import { loadNames } from './names';

type Answer = z.input<typeof shiftPreview>;

/**
 * The preview as the caller reads it: names as the caller knows them, each eligible worker's
 * charge under the partnership's rule (or the organisation's own rate), and when the first
 * offers would be texted. Only the caller's and its providers' workers are ever ranked.
 */
export async function presentPreview(
  runtime: Runtime,
  preview: OfferPreview,
  reader: Tenancy,
): Promise<Answer> {
  const { shift, ranking, candidates } = preview;
  const employerOf = (personId: string) => candidates.get(personId)?.organisationId ?? '';
  const everyone = [...ranking.eligible, ...ranking.excluded].map((c) => c.personId);
  const names = await loadNames(
    runtime,
    {
      people: everyone,
      organisations: [
        ...everyone.map(employerOf),
        ...preview.notInForce.map((p) => p.providerOrganisationId),
      ],
    },
    reader,
  );
  const organisation = (personId: string) => {
    const id = employerOf(personId);
    return { id, name: names.organisation(id) };
  };
  const minutes = minutesBetween(shift.start, shift.end);
  const now = runtime.clock.now();
  const rows = ranking.eligible.map((ranked) => {
    const charge = hourlyChargeCents(
      { organisationId: employerOf(ranked.personId) },
      {
        organisationId: shift.organisation.toString(),
        ownRateCentsPerHour: preview.ownRateCentsPerHour,
      },
      preview.partnerships,
    );
    const first = preview.firstOffers.find((o) => o.personId === ranked.personId);
    const neverTexted = first !== undefined && first.expiresAt <= first.sendAt;
    return {
      person: names.person(ranked.personId),
      rank: ranked.rank,
      reasons: ranked.reasons,
      organisation: organisation(ranked.personId),
      partnership: charge.partnership,
      chargeCentsPerHour: charge.rateCentsPerHour,
      costCents: chargeCents(minutes, charge.rateCentsPerHour),
      offeredAtOnce: first !== undefined,
      textedAt: first && !neverTexted ? first.sendAt.toISOString() : null,
      quietHours: neverTexted
        ? ('held_past_close' as const)
        : first && first.sendAt > now
          ? ('held' as const)
          : ('none' as const),
    };
  });
  const filling = rows.slice(0, shift.places);
  return {
    strategy: preview.strategy.kind,
    minutesPerPlace: minutes,
    places: shift.places,
    candidates: rows,
    excluded: ranking.excluded.map((excluded) => ({
      person: names.person(excluded.personId),
      organisation: organisation(excluded.personId),
      reasons: excluded.reasons,
    })),
    partnershipsNotInForce: preview.notInForce.map((p) => ({
      provider: {
        id: p.providerOrganisationId,
        name: names.organisation(p.providerOrganisationId),
      },
      state: p.state,
    })),
    cost: {
      estimatedCents: filling.reduce((sum, row) => sum + row.costCents, 0),
      placesUncovered: shift.places - filling.length,
    },
  };
}
