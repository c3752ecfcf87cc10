import {
  ledgerGrants,
  ledgerState,
  minutesAffordable,
  type ConfirmedHours,
  type ProgrammeTerms,
} from '../../../../src/domain/programme';
import { chargeCents } from '../../../../src/domain/hours';

/** $1,000 budget, $20.00 an hour, 10 hours each. */
const terms: ProgrammeTerms = {
  budgetCents: 100_000,
  hourlyRateCents: 2_000,
  minutesPerParticipant: 600,
};

let clock = Date.parse('2026-06-06T17:00:00Z');
function confirmed(participantId: string, minutes: number, payType: 'wage' | 'stipend' = 'wage') {
  clock += 60_000;
  return {
    kind: 'confirmed',
    participantId,
    minutes,
    at: new Date(clock),
    payType,
  } satisfies ConfirmedHours;
}

describe('programme ledger', () => {
  it('starts with the whole budget and nobody has used any hours', () => {
    const state = ledgerState(terms, []);
    expect(state).toMatchObject({ spentCents: 0, remainingCents: 100_000, capped: [] });
    expect(state.byParticipant.size).toBe(0);
  });

  it('debits confirmed minutes from the participant and the budget at the hourly rate', () => {
    const state = ledgerState(terms, [confirmed('ana', 240), confirmed('ben', 90)]);
    expect(state.spentCents).toBe(8_000 + 3_000);
    expect(state.remainingCents).toBe(89_000);
    expect(state.byParticipant.get('ana')).toEqual({ usedMinutes: 240, leftMinutes: 360 });
    expect(state.byParticipant.get('ben')).toEqual({ usedMinutes: 90, leftMinutes: 510 });
  });

  it('adds up several confirmations of the same participant', () => {
    const state = ledgerState(terms, [confirmed('ana', 240), confirmed('ana', 240)]);
    expect(state.byParticipant.get('ana')).toEqual({ usedMinutes: 480, leftMinutes: 120 });
  });

  it('splits spending by pay type, debiting wage and stipend alike', () => {
    const state = ledgerState(terms, [
      confirmed('ana', 60, 'wage'),
      confirmed('ben', 60, 'stipend'),
    ]);
    expect(state.spentCentsByPayType).toEqual({ wage: 2_000, stipend: 2_000 });
  });

  it('caps a confirmation at what is left of the allotment and reports it', () => {
    const state = ledgerState(terms, [confirmed('ana', 480), confirmed('ana', 240)]);
    expect(state.byParticipant.get('ana')).toEqual({ usedMinutes: 600, leftMinutes: 0 });
    expect(state.spentCents).toBe(20_000);
    expect(state.capped).toEqual([
      { participantId: 'ana', askedMinutes: 240, grantedMinutes: 120, reason: 'allotment' },
    ]);
  });

  it('grants nothing to a participant whose hours have run out', () => {
    const state = ledgerState(terms, [confirmed('ana', 600), confirmed('ana', 60)]);
    expect(state.capped).toEqual([
      { participantId: 'ana', askedMinutes: 60, grantedMinutes: 0, reason: 'allotment' },
    ]);
  });

  it('caps a confirmation at what the budget can still pay and reports it', () => {
    const small = { ...terms, budgetCents: 10_000 };
    const state = ledgerState(small, [confirmed('ana', 240), confirmed('ben', 240)]);
    expect(state.spentCents).toBe(10_000);
    expect(state.remainingCents).toBe(0);
    expect(state.byParticipant.get('ben')).toEqual({ usedMinutes: 60, leftMinutes: 540 });
    expect(state.capped).toEqual([
      { participantId: 'ben', askedMinutes: 240, grantedMinutes: 60, reason: 'budget' },
    ]);
  });

  it('names the budget when it binds tighter than the allotment', () => {
    const small = { ...terms, budgetCents: 12_000 };
    const state = ledgerState(small, [confirmed('ana', 300), confirmed('ana', 600)]);
    expect(state.capped).toEqual([
      { participantId: 'ana', askedMinutes: 600, grantedMinutes: 60, reason: 'budget' },
    ]);
  });

  it('applies confirmations in the order they were made, whatever order they are listed in', () => {
    const first = confirmed('ana', 480);
    const second = confirmed('ana', 240);
    const state = ledgerState(terms, [second, first]);
    expect(state.capped).toEqual([
      { participantId: 'ana', askedMinutes: 240, grantedMinutes: 120, reason: 'allotment' },
    ]);
  });

  it("gives each confirmation's grant in the order applied, summing to the balances", () => {
    const small = { ...terms, budgetCents: 10_000 };
    const second = confirmed('ben', 240);
    const first = confirmed('ana', 240);
    first.at = new Date(second.at.getTime() - 1);
    const grants = ledgerGrants(small, [second, first]);
    expect(grants.map((g) => [g.entry.participantId, g.grantedMinutes, g.cents])).toEqual([
      ['ana', 240, 8_000],
      ['ben', 60, 2_000],
    ]);
    const total = grants.reduce((sum, g) => sum + g.cents, 0);
    expect(total).toBe(ledgerState(small, [second, first]).spentCents);
  });

  it('never spends a cent past the budget when rounding to whole cents', () => {
    const odd = { budgetCents: 100, hourlyRateCents: 2_250, minutesPerParticipant: 600 };
    const state = ledgerState(odd, [confirmed('ana', 3), confirmed('ben', 3)]);
    expect(state.spentCents).toBeLessThanOrEqual(100);
    expect(state.byParticipant.get('ana')?.usedMinutes).toBe(2);
    expect(chargeCents(2, 2_250)).toBe(75);
  });

  it('refuses fractional or negative minutes and terms', () => {
    expect(() => ledgerState(terms, [confirmed('ana', 1.5)])).toThrow(RangeError);
    expect(() => ledgerState(terms, [confirmed('ana', -60)])).toThrow(RangeError);
    expect(() => ledgerState({ ...terms, budgetCents: -1 }, [])).toThrow(RangeError);
  });
});

describe('minutes a sum of cents pays for', () => {
  it('is the most minutes whose rounded charge fits', () => {
    expect(minutesAffordable(9_000, 2_250)).toBe(240);
    expect(chargeCents(240, 2_250)).toBe(9_000);
    expect(chargeCents(241, 2_250)).toBe(9_038);
  });

  it('counts minutes whose charge rounds down to nothing as free', () => {
    expect(minutesAffordable(0, 1)).toBe(29);
    expect(chargeCents(29, 1)).toBe(0);
    expect(chargeCents(30, 1)).toBe(1);
  });

  it('is unlimited when the rate is zero', () => {
    expect(minutesAffordable(0, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});
