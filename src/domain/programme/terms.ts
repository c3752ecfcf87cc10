/** What a guaranteed-work programme funds. Money in integer cents, time in integer minutes. */
export interface ProgrammeTerms {
  budgetCents: number;
  hourlyRateCents: number;
  /** Each participant's allotment, e.g. 600 for 10 hours. */
  minutesPerParticipant: number;
}

/**
 * How a participant is paid. Both are debited the same way; the split is kept for reporting,
 * because some participants cannot be on payroll and are paid a stipend instead of a wage.
 */
export type PayType = 'wage' | 'stipend';

export function assertWholeNonNegative(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number of at least 0, got ${value}`);
  }
}

export function assertTerms(terms: ProgrammeTerms): void {
  assertWholeNonNegative(terms.budgetCents, 'budgetCents');
  assertWholeNonNegative(terms.hourlyRateCents, 'hourlyRateCents');
  assertWholeNonNegative(terms.minutesPerParticipant, 'minutesPerParticipant');
}
