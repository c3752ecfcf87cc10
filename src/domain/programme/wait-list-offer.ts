/**
 * A place that opens on a programme's slot goes to the first on its wait list; the offer says
 * "urgent" only when the slot starts within this many minutes (a day: enough notice to plan, too
 * little to leave the text for later). Later slots are offered plainly.
 */
export const WAIT_LIST_URGENT_WITHIN_MINUTES = 24 * 60;

/** Whether a wait-list offer made at `now` for a slot starting at `start` is urgent. */
export function startsSoon(shift: { start: Date }, now: Date): boolean {
  return shift.start.getTime() - now.getTime() <= WAIT_LIST_URGENT_WITHIN_MINUTES * 60_000;
}
