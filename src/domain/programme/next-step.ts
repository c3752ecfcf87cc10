/** What a participant must have done on a programme to be pointed to its next step. */
export interface NextStepThreshold {
  /** Confirmed minutes on the programme. */
  minutesConfirmed: number;
  /** At most this many no-shows on the programme's shifts. */
  maxNoShows: number;
}

/** Completed reliably: enough confirmed time, and no more no-shows than the programme allows. */
export function earnedNextStep(
  done: { usedMinutes: number; noShows: number },
  threshold: NextStepThreshold,
): boolean {
  return done.usedMinutes >= threshold.minutesConfirmed && done.noShows <= threshold.maxNoShows;
}
