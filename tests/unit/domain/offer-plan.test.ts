import { planOffers, type OfferPlanInput } from '../../../src/domain/offer-plan';

const now = new Date('2026-06-01T12:00:00Z');
const base: OfferPlanInput = {
  strategy: { kind: 'sequential', expiryMinutes: 30 },
  placesLeft: 2,
  openOffers: 0,
  ranked: ['a', 'b', 'c', 'd', 'e'],
  alreadyOffered: [],
  shiftStart: new Date('2026-06-02T13:00:00Z'),
  shiftEnd: new Date('2026-06-02T17:00:00Z'),
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

  it('never lets an offer made before the start outlive the start', () => {
    const soon = { ...base, shiftStart: new Date('2026-06-01T12:10:00Z') };
    expect(planOffers(soon).expiresAt).toEqual(new Date('2026-06-01T12:10:00Z'));
  });

  it('still offers a place once the shift is under way (a no-show), open at most until it ends', () => {
    const underWay = { ...base, now: new Date('2026-06-02T16:45:00Z') };
    expect(planOffers(underWay)).toEqual({ personIds: ['a', 'b'], expiresAt: base.shiftEnd });
    expect(planOffers({ ...base, now: new Date('2026-06-02T13:30:00Z') }).expiresAt).toEqual(
      new Date('2026-06-02T14:00:00Z'),
    );
  });

  it('offers nothing once the shift has ended', () => {
    expect(planOffers({ ...base, now: base.shiftEnd }).personIds).toEqual([]);
    expect(
      planOffers({ ...base, strategy: { kind: 'broadcast' }, now: base.shiftEnd }).personIds,
    ).toEqual([]);
  });

  it('offers nothing when no place is left', () => {
    expect(planOffers({ ...base, placesLeft: 0 }).personIds).toEqual([]);
  });
});
