import type { AttendanceState } from '../../../../../flows/attendance';
import type { CompletionState } from '../../../../../flows/completion';

export const SHIFT_PROGRESS = [
  'open',
  'unfilled',
  'filled',
  'in_progress',
  'awaiting_confirmation',
  'confirmed',
  'disputed',
  'cancelled',
] as const;

export type ShiftProgress = (typeof SHIFT_PROGRESS)[number];

/** A current place on the shift: its attendance and completion flows' states, if started. */
export interface SeatStates {
  attendance: string | null;
  completion: string | null;
}

export interface ProgressInput {
  cancelled: boolean;
  /** The shift's end has passed: places never taken no longer hold back "confirmed". */
  ended: boolean;
  /** Nobody was left to offer its missing places (Shift.unfilledAt). */
  nobodyLeft?: boolean;
  places: number;
  seats: SeatStates[];
}

const CHECKED_IN: AttendanceState = 'checked_in';
const CONFIRMED: CompletionState = 'confirmed';
const DISPUTED: CompletionState = 'disputed';
const AWAITING_SUPERVISOR: readonly string[] = [
  'reported',
  'reminded',
  'escalated',
] satisfies CompletionState[];

/** Where a shift stands for the board, from its places' flow states (first rule that holds). */
export function shiftProgress({
  cancelled,
  ended,
  nobodyLeft,
  places,
  seats,
}: ProgressInput): ShiftProgress {
  if (cancelled) return 'cancelled';
  const full = seats.length >= places;
  const allConfirmed = seats.length > 0 && seats.every((s) => s.completion === CONFIRMED);
  if (allConfirmed && (full || ended)) return 'confirmed';
  if (seats.some((s) => s.completion === DISPUTED)) return 'disputed';
  if (seats.some((s) => s.completion !== null && AWAITING_SUPERVISOR.includes(s.completion)))
    return 'awaiting_confirmation';
  if (seats.some((s) => s.attendance === CHECKED_IN)) return 'in_progress';
  if (full) return 'filled';
  // Open while someone may still take it; unfilled once nobody can.
  return nobodyLeft || ended ? 'unfilled' : 'open';
}
