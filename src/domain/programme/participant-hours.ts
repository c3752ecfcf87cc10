import type { LedgerState, ParticipantBalance } from './ledger';

export interface Participant {
  id: string;
}

export function balanceOf(state: LedgerState, participant: Participant): ParticipantBalance {
  return (
    state.byParticipant.get(participant.id) ?? {
      usedMinutes: 0,
      leftMinutes: state.allotmentMinutes,
    }
  );
}

/**
 * Whether a participant is invited to a slot: only when the minutes they have left cover the
 * whole slot. Someone with 3 hours left is not offered a 4-hour slot, because hours beyond
 * their allotment would be worked but never paid.
 */
export function eligibleForSlot(
  state: LedgerState,
  participant: Participant,
  minutesPerSlot: number,
): boolean {
  return balanceOf(state, participant).leftMinutes >= minutesPerSlot;
}

export interface HoursLeftVars {
  hoursLeft: number;
  hoursTotal: number;
}

/**
 * The numbers in "You have 6 of 10 hours left": whole hours, or one decimal when not whole.
 * Hours left are rounded down, so the message never promises time that is not there
 * (599 minutes left is 9.9, not 10).
 */
export function hoursLeftMessageVars(state: LedgerState, participant: Participant): HoursLeftVars {
  return {
    hoursLeft: Math.floor(balanceOf(state, participant).leftMinutes / 6) / 10,
    hoursTotal: Math.round(state.allotmentMinutes / 6) / 10,
  };
}
