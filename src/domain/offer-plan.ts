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
  /** When offers sent now expire (offerExpiry). */
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
  const expiresAt = offerExpiry(strategy, { start: input.shiftStart, end: input.shiftEnd }, now);
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

/**
 * When an offer sent at `sentAt` closes: its strategy's time after it is sent (a broadcast: at
 * the deadline), never after the shift starts, or, once the shift is under way, ends.
 */
export function offerExpiry(
  strategy: OfferStrategy,
  shift: { start: Date; end: Date },
  sentAt: Date,
): Date {
  const deadline = sentAt < shift.start ? shift.start : shift.end;
  if (strategy.kind === 'broadcast') return deadline;
  const at = sentAt.getTime() + strategy.expiryMinutes * 60_000;
  return new Date(Math.min(at, deadline.getTime()));
}
