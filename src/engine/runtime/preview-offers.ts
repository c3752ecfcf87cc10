import type { OfferStrategy } from '../../domain/offer-plan';
import type { Candidate, Partnership, RankingResult } from '../../domain/ranking-types';
import type { Shift } from '../../models/shift';
import { loadRankingInput } from './candidates';
import { sendTimes } from './effects/offer-next';
import { chooseOffers, strategyFor } from './offer-choice';
import { draftShift, type PostShiftInput } from './shifts';
import type { EngineRuntime } from './types';

export interface OfferPreview {
  /** The shift as it would be recorded; it is not. */
  shift: Shift;
  strategy: OfferStrategy;
  ranking: RankingResult;
  /** Everyone ranked or excluded, by person id. */
  candidates: Map<string, Candidate>;
  /** Partnerships in force that let other organisations' workers serve the shift. */
  partnerships: Partnership[];
  /** The offers posting would make at once, best first, and when each would be texted. */
  firstOffers: { personId: string; sendAt: Date; expiresAt: Date }[];
  /** What an hour of the organisation's own workers is charged, in cents. */
  ownRateCentsPerHour: number;
  /** Providers whose workers are not considered: proposed and not accepted, or ended. */
  notInForce: { providerOrganisationId: string; state: 'proposed' | 'ended' }[];
}

/**
 * What posting this shift would do, with nothing written and nothing sent: the same loading,
 * ranking and plan as postShift, over the shift held in memory.
 */
export async function previewOffers(
  runtime: EngineRuntime,
  input: PostShiftInput,
): Promise<OfferPreview> {
  const shift = draftShift(runtime, input);
  const [ranking, organisation, partnerships] = await Promise.all([
    loadRankingInput(runtime, shift, shift.urgent),
    runtime.directory.organisationOrFail(shift.organisation),
    runtime.models.Partnership.find(
      { client: shift.organisation },
      { provider: 1, pending: 1, endedAt: 1 },
    ).lean(),
  ]);
  const strategy = strategyFor(shift, organisation);
  const choice = chooseOffers(ranking, {
    strategy,
    placesLeft: shift.places,
    now: runtime.clock.now(),
  });
  const terms = { urgent: shift.urgent, strategy };
  const firstOffers = await Promise.all(
    choice.plan.personIds.map(async (personId) => ({
      personId,
      ...(await sendTimes(runtime, shift, organisation, terms, personId)),
    })),
  );
  return {
    shift,
    strategy,
    ranking: choice.ranking,
    candidates: new Map(ranking.candidates.map((c) => [c.personId, c])),
    partnerships: ranking.context.partnerships,
    firstOffers,
    ownRateCentsPerHour: organisation.chargeCentsPerHour ?? 0,
    notInForce: partnerships.flatMap((p) =>
      p.endedAt || p.pending
        ? [
            {
              providerOrganisationId: p.provider.toString(),
              state: p.endedAt ? 'ended' : 'proposed',
            },
          ]
        : [],
    ),
  };
}
