import { TwilioApiError } from './twilio-format';

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * Reads a DateSent bound: "YYYY-MM-DD" (a whole GMT day, as the API reference gives it) or the
 * "YYYY-MM-DDThh:mm:ssZ" the twilio SDK sends for a Date. Returns [from, to) in ms.
 */
function bounds(value: string): [number, number] {
  if (DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    const start = Date.parse(`${value}T00:00:00Z`);
    return [start, start + DAY_MS];
  }
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    const at = Date.parse(value);
    return [at, at + 1000];
  }
  throw new TwilioApiError(400, 20001, `Invalid DateSent: ${value}`);
}

/**
 * The list's DateSent filters: `DateSent` (that GMT day), `DateSent<` (on or before) and
 * `DateSent>` (on or after), as twilio-oai's Messages list names them; an instant bounds
 * `<` and `>` to the second. A message never sent
 * (no date_sent) matches only when no filter is given.
 */
export function sentWithin(query: Record<string, unknown>): (sentAt: number | null) => boolean {
  const text = (name: string) => (typeof query[name] === 'string' ? query[name] : undefined);
  const on = text('DateSent');
  const before = text('DateSent<');
  const after = text('DateSent>');
  if (on === undefined && before === undefined && after === undefined) return () => true;
  // "A specific sent_date": the day, whichever form names it.
  const onDay = on === undefined ? undefined : bounds(on.slice(0, 10));
  const latest = before === undefined ? Infinity : bounds(before)[1];
  const earliest = after === undefined ? -Infinity : bounds(after)[0];
  return (sentAt) =>
    sentAt !== null &&
    sentAt >= earliest &&
    sentAt < latest &&
    (onDay === undefined || (sentAt >= onDay[0] && sentAt < onDay[1]));
}
