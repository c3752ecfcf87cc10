import fc from 'fast-check';
import { chargeCents } from '../../../../src/domain/hours';
import {
  ledgerState,
  type ConfirmedHours,
  type LedgerState,
  type ProgrammeTerms,
} from '../../../../src/domain/programme';

const terms: fc.Arbitrary<ProgrammeTerms> = fc.record({
  budgetCents: fc.integer({ min: 0, max: 500_000 }),
  hourlyRateCents: fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.constantFrom(1, 2_250)),
  minutesPerParticipant: fc.integer({ min: 0, max: 1_200 }),
});

/** Few participants and few distinct instants, so allotments bind and confirmations tie. */
const entry: fc.Arbitrary<ConfirmedHours> = fc.record({
  kind: fc.constant('confirmed' as const),
  participantId: fc.constantFrom('ana', 'ben', 'chloé', 'dai'),
  minutes: fc.integer({ min: 0, max: 480 }),
  at: fc.integer({ min: 0, max: 5 }).map((day) => new Date(Date.UTC(2026, 5, 1 + day))),
  payType: fc.constantFrom('wage' as const, 'stipend' as const),
});

const entries = fc.array(entry, { maxLength: 40 });

function balances(state: LedgerState) {
  return [...state.byParticipant.entries()].sort(([a], [b]) => a.localeCompare(b));
}

describe('programme ledger, for any sequence of confirmations', () => {
  it('never spends more than the budget nor uses more than an allotment', () => {
    fc.assert(
      fc.property(terms, entries, (t, es) => {
        const state = ledgerState(t, es);
        expect(state.spentCents).toBeLessThanOrEqual(t.budgetCents);
        expect(state.remainingCents).toBeGreaterThanOrEqual(0);
        expect(state.spentCents + state.remainingCents).toBe(t.budgetCents);
        for (const balance of state.byParticipant.values()) {
          expect(balance.usedMinutes).toBeLessThanOrEqual(t.minutesPerParticipant);
          expect(balance.leftMinutes).toBeGreaterThanOrEqual(0);
          expect(balance.usedMinutes + balance.leftMinutes).toBe(t.minutesPerParticipant);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports every minute it did not grant as capped', () => {
    fc.assert(
      fc.property(terms, entries, (t, es) => {
        const state = ledgerState(t, es);
        const asked = es.reduce((sum, e) => sum + e.minutes, 0);
        const used = [...state.byParticipant.values()].reduce((s, b) => s + b.usedMinutes, 0);
        const withheld = state.capped.reduce((s, c) => s + c.askedMinutes - c.grantedMinutes, 0);
        expect(asked - used).toBe(withheld);
        for (const cap of state.capped) expect(cap.grantedMinutes).toBeLessThan(cap.askedMinutes);
      }),
      { numRuns: 500 },
    );
  });

  it('charges exactly what the granted confirmations cost, split by pay type', () => {
    fc.assert(
      fc.property(terms, entries, (t, es) => {
        const state = ledgerState(t, es);
        const byType = state.spentCentsByPayType;
        expect(byType.wage + byType.stipend).toBe(state.spentCents);
        if (state.capped.length === 0) {
          const cost = es.reduce((sum, e) => sum + chargeCents(e.minutes, t.hourlyRateCents), 0);
          expect(state.spentCents).toBe(cost);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ends in the same balances whatever order the entries come in, when nothing is capped', () => {
    const roomy = fc.record({
      budgetCents: fc.constant(10_000_000),
      hourlyRateCents: fc.integer({ min: 0, max: 5_000 }),
      minutesPerParticipant: fc.constant(100_000),
    });
    const shuffled = entries.chain((es) =>
      fc
        .array(fc.nat(), { minLength: es.length, maxLength: es.length })
        .map((keys) => [es, es.map((e, i) => ({ e, k: keys[i] ?? 0 }))] as const)
        .map(([original, keyed]) => ({
          original,
          reordered: [...keyed].sort((a, b) => a.k - b.k).map(({ e }) => e),
        })),
    );
    fc.assert(
      fc.property(roomy, shuffled, (t, { original, reordered }) => {
        const a = ledgerState(t, original);
        const b = ledgerState(t, reordered);
        expect(a.capped).toEqual([]);
        expect(b.spentCents).toBe(a.spentCents);
        expect(b.remainingCents).toBe(a.remainingCents);
        expect(balances(b)).toEqual(balances(a));
        expect(b.spentCentsByPayType).toEqual(a.spentCentsByPayType);
      }),
      { numRuns: 300 },
    );
  });
});
