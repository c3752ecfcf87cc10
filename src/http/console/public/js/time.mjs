/** Times shown and typed in the organisation's time zone, whatever the browser's is. */

let zone;

export function setTimeZone(timeZone) {
  zone = timeZone;
}

export const timeZone = () => zone;

const formats = new Map();
function format(options) {
  const key = JSON.stringify([zone, options]);
  if (!formats.has(key))
    formats.set(key, new Intl.DateTimeFormat(undefined, { timeZone: zone, ...options }));
  return formats.get(key);
}

const DAY_AND_TIME = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
};
const TIME = { hour: '2-digit', minute: '2-digit' };

/** "Tue 4 Mar, 09:00". */
export const formatInstant = (iso) => format(DAY_AND_TIME).format(new Date(iso));

/** "09:00". */
export const formatTime = (iso) => format(TIME).format(new Date(iso));

/** "Tue 4 Mar, 09:00–13:00". */
export const formatRange = (start, end) => `${formatInstant(start)}–${formatTime(end)}`;

/** How far the zone is ahead of UTC at an instant, in ms. */
function offsetAt(ms) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(ms)
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The ISO instant of a datetime-local value ("2026-03-04T09:00") read in the zone. */
export function wallClockToIso(local) {
  const asUtc = Date.parse(`${local.slice(0, 16)}:00Z`);
  const guess = asUtc - offsetAt(asUtc);
  // Near a daylight-saving change the offset at the guess is the right one.
  return new Date(asUtc - offsetAt(guess)).toISOString();
}

/** The datetime-local value ("2026-03-04T09:00") of an instant in the zone. */
export const isoToWallClock = (iso) => {
  const ms = Date.parse(iso);
  return new Date(ms + offsetAt(ms)).toISOString().slice(0, 16);
};
