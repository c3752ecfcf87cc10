import {
  canBroadcast,
  eligibleForSlot,
  hoursLeftMessageVars,
  ledgerState,
  type ProgrammeTerms,
} from '../../../../src/domain/programme';

const terms: ProgrammeTerms = {
  budgetCents: 100_000,
  hourlyRateCents: 2_000,
  minutesPerParticipant: 600,
};

function after(...used: [string, number][]) {
  return ledgerState(
    terms,
    used.map(([participantId, minutes], i) => ({
      kind: 'confirmed' as const,
      participantId,
      minutes,
      at: new Date(Date.UTC(2026, 5, 1, i)),
      payType: 'wage' as const,
    })),
  );
}

describe('who is invited to a slot', () => {
  it('invites someone who has never worked with the whole allotment ahead of them', () => {
    expect(eligibleForSlot(after(), { id: 'ana' }, 240)).toBe(true);
  });

  it('invites someone whose hours left exactly cover the slot', () => {
    expect(eligibleForSlot(after(['ana', 360]), { id: 'ana' }, 240)).toBe(true);
  });

  it('does not invite someone with fewer minutes left than the slot lasts', () => {
    expect(eligibleForSlot(after(['ana', 420]), { id: 'ana' }, 240)).toBe(false);
  });

  it('does not invite someone whose hours have run out', () => {
    expect(eligibleForSlot(after(['ana', 600]), { id: 'ana' }, 60)).toBe(false);
  });
});

describe('numbers for the HOURS reply', () => {
  it('gives whole hours as whole numbers', () => {
    expect(hoursLeftMessageVars(after(['ana', 240]), { id: 'ana' })).toEqual({
      hoursLeft: 6,
      hoursTotal: 10,
    });
  });

  it('gives the whole allotment to someone who has not worked yet', () => {
    expect(hoursLeftMessageVars(after(), { id: 'new' })).toEqual({ hoursLeft: 10, hoursTotal: 10 });
  });

  it('gives one decimal when the hours are not whole', () => {
    expect(hoursLeftMessageVars(after(['ana', 150]), { id: 'ana' }).hoursLeft).toBe(7.5);
    expect(hoursLeftMessageVars(after(['ana', 100]), { id: 'ana' }).hoursLeft).toBe(8.3);
  });

  it('rounds hours left down so it never promises a minute that is not there', () => {
    expect(hoursLeftMessageVars(after(['ana', 1]), { id: 'ana' }).hoursLeft).toBe(9.9);
  });

  it('gives an allotment that is not whole hours with one decimal', () => {
    const state = ledgerState({ ...terms, minutesPerParticipant: 450 }, []);
    expect(hoursLeftMessageVars(state, { id: 'ana' })).toEqual({ hoursLeft: 7.5, hoursTotal: 7.5 });
  });
});

describe('whether the budget can pay for a broadcast', () => {
  it('allows a broadcast the remaining budget covers', () => {
    const state = after(['ana', 600]);
    expect(
      canBroadcast(terms, state, { slots: 10, minutesPerSlot: 240, committedCents: 0 }),
    ).toEqual({ ok: true, neededCents: 80_000, availableCents: 80_000 });
  });

  it('refuses a broadcast that would overspend, with the figures', () => {
    const state = after(['ana', 600], ['ben', 60]);
    expect(
      canBroadcast(terms, state, { slots: 10, minutesPerSlot: 240, committedCents: 0 }),
    ).toEqual({ ok: false, reason: 'over_budget', neededCents: 80_000, availableCents: 78_000 });
  });

  it('counts what open slots of earlier broadcasts already promised', () => {
    const state = after();
    expect(
      canBroadcast(terms, state, { slots: 5, minutesPerSlot: 240, committedCents: 70_000 }),
    ).toEqual({ ok: false, reason: 'over_budget', neededCents: 40_000, availableCents: 30_000 });
  });

  it('reports nothing available, not a negative sum, when promises exceed the budget', () => {
    const state = after();
    expect(
      canBroadcast(terms, state, { slots: 1, minutesPerSlot: 60, committedCents: 150_000 }),
    ).toMatchObject({ ok: false, availableCents: 0 });
  });

  it('charges each slot as one confirmation is charged, in whole cents', () => {
    const odd = { ...terms, hourlyRateCents: 2_250 };
    const state = ledgerState(odd, []);
    expect(
      canBroadcast(odd, state, { slots: 3, minutesPerSlot: 1, committedCents: 0 }),
    ).toMatchObject({ neededCents: 3 * 38 });
  });
});
