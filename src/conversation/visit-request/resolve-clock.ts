/**
 * Which half of the day a said hour means. Said am/pm or a 24-hour time decides. Otherwise a
 * part of the day said with it decides ("at 7 in the evening"); in a change, the hour nearer
 * the visit's current time ("make it 4" for a 3pm visit is 4pm); and else 1 to 6 are afternoon
 * hours, because nobody books a home visit at 3 in the night, and 7 to 12 are as said.
 */
import type { SaidClock } from './read-clock';
import type { PartOfDay } from './types';

/** A part of the day said with the time, or the visit's current start (minutes after midnight). */
export type ClockHint = PartOfDay | number | undefined;

const LAST_AFTERNOON_HOUR_SAID_ALONE = 6;

/** The minutes after midnight the said time may mean, morning first. */
function candidates(said: SaidClock): number[] {
  const minutes = said.hour * 60 + said.minute;
  if (said.meridiem === 'pm') return [said.hour === 12 ? minutes : minutes + 720];
  if (said.meridiem === 'am') return [said.hour === 12 ? minutes - 720 : minutes];
  if (said.twentyFourHour || said.hour >= 12) return [minutes];
  return [minutes, minutes + 720];
}

export function clockMinutes(said: SaidClock, hint?: ClockHint): number {
  const [morning, afternoon] = candidates(said) as [number, number?];
  if (afternoon === undefined) return morning;
  if (hint === 'morning') return morning;
  if (hint === 'afternoon' || hint === 'evening') return afternoon;
  if (typeof hint === 'number') {
    return Math.abs(afternoon - hint) < Math.abs(morning - hint) ? afternoon : morning;
  }
  return said.hour >= 1 && said.hour <= LAST_AFTERNOON_HOUR_SAID_ALONE ? afternoon : morning;
}

/**
 * A range: am/pm said only at its end reaches back to its start ("2-4pm", "9-11am"); the end
 * is the first reading after the start ("11-1" is 11:00 to 13:00).
 */
export function rangeMinutes(
  start: SaidClock,
  end: SaidClock,
  hint?: ClockHint,
): { start: number; end: number } {
  const ends = candidates(end);
  const endDecided = ends.length === 1 ? ends[0] : undefined;
  const startsBeforeEnd =
    endDecided === undefined ? [] : candidates(start).filter((m) => m < endDecided);
  const startMinutes =
    candidates(start).length > 1 && startsBeforeEnd.length > 0
      ? Math.max(...startsBeforeEnd)
      : clockMinutes(start, hint);
  const endMinutes = ends.find((m) => m > startMinutes) ?? ends[0] ?? startMinutes;
  return { start: startMinutes, end: endMinutes };
}
