/** What a person's track record says of their reliability, and the shifts it covers. */
export interface ReliabilityCounts {
  onTime: number;
  late: number;
  noShows: number;
  drops: number;
  /** The dates of the first and last shift these count (absent: none yet). */
  firstShift?: Date;
  lastShift?: Date;
}
