/**
 * A number said alone means what the question asked: "10" answering "what time?" is 10
 * o'clock, "5" answering "which day?" is the 5th, "make it 11" moves the visit to 11.
 */
import { nextDayOfMonth } from './read-day-words';
import type { VisitReading } from './read-visit-text';

export function bareNumberAs(reading: VisitReading, meaning: 'hour' | 'day'): VisitReading {
  const [number, ...more] = reading.bareNumbers;
  if (number === undefined || more.length > 0 || reading.clock || reading.day) return reading;
  const text = String(number);
  if (meaning === 'hour' && number <= 24) {
    const start = {
      hour: number,
      minute: 0,
      twentyFourHour: number > 12 || number === 0,
      marked: false,
    };
    return { ...reading, clock: { start, text }, bareNumbers: [] };
  }
  const date = meaning === 'day' ? nextDayOfMonth(reading.today, number) : undefined;
  return date ? { ...reading, day: { date, fromWeekday: false, text }, bareNumbers: [] } : reading;
}
