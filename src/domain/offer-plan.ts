/** How an organisation offers a shift. */
export type OfferStrategy =
  | { kind: 'sequential'; expiryMinutes: number }
  | { kind: 'waves'; size: number; expiryMinutes: number }
  | { kind: 'broadcast' };

export interface OfferPlanInput {
  strategy: OfferStrategy;
  placesLeft: number;
  /** Offers sent and not yet answered, expired or withdrawn. */
  openOffers: number;
  /** Eligible person ids, best first (from rankCandidates). */
  ranked: string[];
  /** Everyone offered this shift before, whatever they answered. */
  alreadyOffered: string[];
  shiftStart: Date;
  shiftEnd: Date;
  now: Date;
}

export interface OfferPlan {
  personIds: string[];
  /** When the new offers expire: never after the shift starts, or, once it is under way, ends. */
  expiresAt: Date;
}

/**
 * Who to offer next:
 * - sequential: one open offer per place left;
 * - waves: nothing while a wave is still open, then the next `size` (at least one per place);
 * - broadcast: everyone not yet offered, first come first served, open until the start.
 * Once the shift is under way (a no-show or a late drop), a replacement is still worth having:
 * offers then stay open until the shift ends instead.
 */
export function planOffers(input: OfferPlanInput): OfferPlan {
  const { strategy, placesLeft, openOffers, now } = input;
  const fresh = input.ranked.filter((id) => !input.alreadyOffered.includes(id));
  const deadline = now < input.shiftStart ? input.shiftStart : input.shiftEnd;
  const expiresAt = expiry(strategy, deadline, now);
  if (placesLeft <= 0 || expiresAt.getTime() <= now.getTime()) {
    return { personIds: [], expiresAt };
  }
  return {
    personIds: fresh.slice(0, howMany(strategy, placesLeft, openOffers, fresh.length)),
    expiresAt,
  };
}

function howMany(
  strategy: OfferStrategy,
  placesLeft: number,
  openOffers: number,
  available: number,
): number {
  switch (strategy.kind) {
    case 'sequential':
      return Math.max(0, placesLeft - openOffers);
    case 'waves':
      return openOffers > 0 ? 0 : Math.max(strategy.size, placesLeft);
    case 'broadcast':
      return available;
  }
}

function expiry(strategy: OfferStrategy, deadline: Date, now: Date): Date {
  if (strategy.kind === 'broadcast') return deadline;
  const at = now.getTime() + strategy.expiryMinutes * 60_000;
  return new Date(Math.min(at, deadline.getTime()));
}
