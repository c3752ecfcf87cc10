import { chargeCents } from '../hours';
import { assertTerms, assertWholeNonNegative, type PayType, type ProgrammeTerms } from './terms';

/** Hours a supervisor confirmed. Only these are debited; reported or scheduled hours are not. */
export interface ConfirmedHours {
  kind: 'confirmed';
  participantId: string;
  minutes: number;
  at: Date;
  payType: PayType;
}

export type LedgerEntry = ConfirmedHours;

export interface ParticipantBalance {
  usedMinutes: number;
  leftMinutes: number;
}

/** A confirmation that was granted fewer minutes than it asked for, and what ran out. */
export interface CappedConfirmation {
  participantId: string;
  askedMinutes: number;
  grantedMinutes: number;
  reason: 'allotment' | 'budget';
}

export interface LedgerState {
  spentCents: number;
  remainingCents: number;
  /** Every participant's allotment, for those with no entry in `byParticipant` yet. */
  allotmentMinutes: number;
  byParticipant: Map<string, ParticipantBalance>;
  spentCentsByPayType: Record<PayType, number>;
  capped: CappedConfirmation[];
}

/**
 * The programme's balances after `entries`, applied in the order they were confirmed (ties in
 * the order given). Neither the budget nor an allotment goes below zero: a confirmation that
 * would overdraw either is granted what is left and reported in `capped`.
 */
export function ledgerState(terms: ProgrammeTerms, entries: readonly LedgerEntry[]): LedgerState {
  return applyAll(terms, entries).state;
}

/** What one confirmation was granted: its minutes after the caps, and their charge. */
export interface LedgerGrant {
  entry: LedgerEntry;
  grantedMinutes: number;
  cents: number;
}

/** Each confirmation's grant, in the order the ledger applies them (an auditor's lines). */
export function ledgerGrants(
  terms: ProgrammeTerms,
  entries: readonly LedgerEntry[],
): LedgerGrant[] {
  return applyAll(terms, entries).grants;
}

function applyAll(terms: ProgrammeTerms, entries: readonly LedgerEntry[]) {
  assertTerms(terms);
  const state: LedgerState = {
    spentCents: 0,
    remainingCents: terms.budgetCents,
    allotmentMinutes: terms.minutesPerParticipant,
    byParticipant: new Map(),
    spentCentsByPayType: { wage: 0, stipend: 0 },
    capped: [],
  };
  const grants = inConfirmationOrder(entries).map((entry) => apply(terms, state, entry));
  return { state, grants };
}

function apply(terms: ProgrammeTerms, state: LedgerState, entry: ConfirmedHours): LedgerGrant {
  assertWholeNonNegative(entry.minutes, 'confirmed minutes');
  const balance = state.byParticipant.get(entry.participantId) ?? {
    usedMinutes: 0,
    leftMinutes: terms.minutesPerParticipant,
  };
  const affordable = minutesAffordable(state.remainingCents, terms.hourlyRateCents);
  let granted = entry.minutes;
  let reason: CappedConfirmation['reason'] | undefined;
  if (granted > balance.leftMinutes) [granted, reason] = [balance.leftMinutes, 'allotment'];
  if (granted > affordable) [granted, reason] = [affordable, 'budget'];

  const cents = chargeCents(granted, terms.hourlyRateCents);
  state.spentCents += cents;
  state.remainingCents -= cents;
  state.spentCentsByPayType[entry.payType] += cents;
  state.byParticipant.set(entry.participantId, {
    usedMinutes: balance.usedMinutes + granted,
    leftMinutes: balance.leftMinutes - granted,
  });
  if (reason) {
    state.capped.push({
      participantId: entry.participantId,
      askedMinutes: entry.minutes,
      grantedMinutes: granted,
      reason,
    });
  }
  return { entry, grantedMinutes: granted, cents };
}

/**
 * The most minutes whose charge fits in `cents`. `chargeCents` rounds half a cent up, so
 * round(m × rate / 60) ≤ cents exactly when m × rate < 60 × cents + 30.
 */
export function minutesAffordable(cents: number, hourlyRateCents: number): number {
  if (hourlyRateCents === 0) return Number.POSITIVE_INFINITY;
  return Math.floor((60 * cents + 29) / hourlyRateCents);
}

/** Array sort is stable, so confirmations made at the same instant keep the order given. */
function inConfirmationOrder(entries: readonly LedgerEntry[]): LedgerEntry[] {
  return [...entries].sort((a, b) => a.at.getTime() - b.at.getTime());
}
