import { minutesBetween, minutesToHours } from '../../domain/hours';
import { formatTime, formatWhen, renderMessage, type Language } from '../../i18n';
import type { MessageVars } from '../types';

export type PlaceInLanguages = Partial<Record<Language, string | null>>;

/** A shift's place as the reader's language says it, where it has one, else as it was written. */
export const placeInLanguage = (
  place: string,
  placeIn: PlaceInLanguages | null | undefined,
  language: Language,
): string => placeIn?.[language] || place;

export interface RenderContext {
  timeZone: string;
  language: Language;
  /** The shift's place in each language, where it has them: `{{place}}` in the reader's. */
  placeIn?: PlaceInLanguages | null;
  /** The person the text goes to: `{{name}}` when the flow names no one else. */
  recipientName: string;
  now: Date;
  /** A visit's service, named in the reader's language: every text about it says it. */
  task?: string;
}

/**
 * The flows' raw values (ISO instants, minutes, codes) → the variables the locale texts use
 * ({{when}}, {{time}}, {{count}}, …), formatted for the reader's language and the organisation's
 * zone. Numbers stay numbers: renderMessage writes them the way the language does.
 */
export function messageVars(raw: MessageVars, context: RenderContext): MessageVars {
  const { timeZone, language } = context;
  const start = instant(raw.shiftStart);
  const end = instant(raw.shiftEnd);
  const vars: MessageVars = { name: context.recipientName };
  for (const name of [
    'place',
    'code',
    'name',
    'supervisor',
    'hours',
    'seat',
    'note',
    'reason',
    // A client's visit dialog, formatted in the client's language by the conversation layer.
    'service',
    'day',
    'choices',
    'number',
    'notice',
    'days',
    'where',
    'interval',
    // How many: a plural text's count (a reminder's is worked out below).
    'count',
    // A programme's fill report: "10/10 filled, 2 waiting".
    'filled',
    'slots',
    'waiting',
    // An organisation's own words, inviting the person to its shift.
    'words',
  ] as const) {
    const value = raw[name];
    if (value !== undefined) vars[name] = value;
  }
  if (typeof raw.place === 'string')
    vars.place = placeInLanguage(raw.place, context.placeIn, language);
  // Told to the booked worker with the place: how to get in.
  if (typeof raw.access === 'string' && typeof vars.place === 'string') {
    vars.place = renderMessage('place_with_access', language, {
      place: vars.place,
      access: raw.access,
    });
  }
  if (context.task) vars.task = context.task;
  if (start) {
    vars.when = formatWhen(start, end, timeZone, language);
    vars.time = formatTime(start, timeZone, language);
  }
  const expires = instant(raw.expiresAt);
  if (expires) vars.expires = formatTime(expires, timeZone, language);
  // A reminder's lead, in hours: "starts in 24 hours" / "in 1 hour".
  // Whole hours rounded down (never more time than is left); under an hour, the fraction.
  if (typeof raw.minutesBefore === 'number') {
    const minutes = raw.minutesBefore;
    vars.count = minutes >= 60 ? Math.floor(minutes / 60) : minutesToHours(minutes);
  }
  // "On my way" gives no number: say how late they already are.
  vars.minutes = raw.minutes ?? (start ? Math.max(1, minutesBetween(start, context.now)) : 0);
  return vars;
}

function instant(value: string | number | undefined): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
