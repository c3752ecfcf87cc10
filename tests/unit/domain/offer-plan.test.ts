import { planOffers, type OfferPlanInput } from '../../../src/domain/offer-plan';

const now = new Date('2026-06-01T12:00:00Z');
const base: OfferPlanInput = {
  strategy: { kind: 'sequential', expiryMinutes: 30 },
  placesLeft: 2,
  openOffers: 0,
  ranked: ['a', 'b', 'c', 'd', 'e'],
  alreadyOffered: [],
  shiftStart: new Date('2026-06-02T13:00:00Z'),
  now,
};

describe('planOffers', () => {
  it('sequential: keeps one open offer per place left, skipping people already offered', () => {
    expect(planOffers(base)).toEqual({
      personIds: ['a', 'b'],
      expiresAt: new Date('2026-06-01T12:30:00Z'),
    });
    expect(planOffers({ ...base, openOffers: 1, alreadyOffered: ['a', 'b'] }).personIds).toEqual([
      'c',
    ]);
    expect(planOffers({ ...base, openOffers: 2 }).personIds).toEqual([]);
  });

  it('waves: offers the next wave only when the last one is closed', () => {
    const waves = { ...base, strategy: { kind: 'waves', size: 3, expiryMinutes: 60 } } as const;
    expect(planOffers(waves).personIds).toEqual(['a', 'b', 'c']);
    expect(
      planOffers({ ...waves, openOffers: 1, alreadyOffered: ['a', 'b', 'c'] }).personIds,
    ).toEqual([]);
    expect(planOffers({ ...waves, alreadyOffered: ['a', 'b', 'c'] }).personIds).toEqual(['d', 'e']);
    expect(planOffers({ ...waves, placesLeft: 4 }).personIds).toEqual(['a', 'b', 'c', 'd']);
  });

  it('broadcast: offers everyone not yet offered, open until the shift starts', () => {
    const broadcast = { ...base, strategy: { kind: 'broadcast' } } as const;
    expect(planOffers({ ...broadcast, alreadyOffered: ['b'] })).toEqual({
      personIds: ['a', 'c', 'd', 'e'],
      expiresAt: base.shiftStart,
    });
  });

  it('never lets an offer outlive the shift start, and offers nothing once it has started', () => {
    const soon = { ...base, shiftStart: new Date('2026-06-01T12:10:00Z') };
    expect(planOffers(soon).expiresAt).toEqual(new Date('2026-06-01T12:10:00Z'));
    expect(planOffers({ ...base, now: base.shiftStart }).personIds).toEqual([]);
  });

  it('offers nothing when no place is left', () => {
    expect(planOffers({ ...base, placesLeft: 0 }).personIds).toEqual([]);
  });
});
