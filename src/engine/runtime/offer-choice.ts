import { planOffers, type OfferPlan, type OfferStrategy } from '../../domain/offer-plan';
import { rankCandidates, type RankingResult } from '../../domain/ranking';
import type { Organisation } from '../../models/organisation';
import type { Shift } from '../../models/shift';
import type { RankingInput } from './candidates';
import { offerStrategyOf } from './organisation-settings';

export interface OfferChoice {
  ranking: RankingResult;
  plan: OfferPlan;
}

/**
 * Who is offered the shift now, and why: the ranking of its candidates, then the organisation's
 * plan over it. Posting a shift and previewing one both choose here, so the preview's order is
 * the order the offers are made in. `waiting`: a programme's wait list goes before the ranking;
 * `invited` (with `waiting`): the organisation asked for that person, who is offered the place
 * whatever other offers are open.
 */
export function chooseOffers(
  input: RankingInput,
  terms: {
    strategy: OfferStrategy;
    placesLeft: number;
    now: Date;
    waiting?: string;
    invited?: boolean;
  },
): OfferChoice {
  const ranking = rankCandidates(input.shift, input.candidates, input.context);
  const plan = planOffers({
    strategy: terms.strategy,
    placesLeft: terms.placesLeft,
    openOffers: terms.invited ? 0 : input.openOffers,
    ranked: terms.waiting ? [terms.waiting] : ranking.eligible.map((e) => e.personId),
    alreadyOffered: terms.waiting ? [] : input.offered,
    shiftStart: input.shift.start,
    shiftEnd: input.shift.end,
    now: terms.now,
  });
  return { ranking, plan };
}

/** A programme's slots go to every participant at once; other shifts as the organisation says. */
export const strategyFor = (shift: Shift, organisation: Partial<Organisation>): OfferStrategy =>
  shift.programme ? { kind: 'broadcast' } : offerStrategyOf(organisation);
