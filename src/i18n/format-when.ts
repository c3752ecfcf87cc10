import type { Language } from './languages';

interface LocalParts {
  /** "2026-11-28": tells calendar days apart in the zone. */
  date: string;
  hour: number;
  minute: number;
  weekday: string;
  day: number;
  month: string;
}

const NAME_LOCALE: Record<Language, string> = { en: 'en-US', es: 'es', fr: 'fr' };
const DAY_MS = 24 * 60 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const id = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(id, found);
  }
  return found;
}

// "sáb" and "août" are the only month and weekday names with letters outside GSM-7; without
// the accent they stay readable, and a date alone no longer halves what fits in one SMS.
function gsmLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(?<=[aiou])[\u0301\u0302]/g, '')
    .normalize('NFC');
}

function localParts(date: Date, timeZone: string, language: Language): LocalParts {
  const numeric = new Map(
    formatter('en-US', timeZone, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const names = new Map(
    formatter(NAME_LOCALE[language], timeZone, { weekday: 'short', month: 'short' })
      .formatToParts(date)
      .map((part) => [part.type, gsmLetters(part.value)]),
  );
  return {
    date: `${numeric.get('year')}-${numeric.get('month')}-${numeric.get('day')}`,
    hour: Number(numeric.get('hour')),
    minute: Number(numeric.get('minute')),
    weekday: names.get('weekday') ?? '',
    day: Number(numeric.get('day')),
    month: names.get('month') ?? '',
  };
}

function dayLabel(parts: LocalParts): string {
  return `${parts.weekday} ${parts.day} ${parts.month}`;
}

function minutes(parts: LocalParts): string {
  return String(parts.minute).padStart(2, '0');
}

/** en "9am", "9:30am"; es "9", "9:30"; fr "9 h", "9 h 30". */
function clock(parts: LocalParts, language: Language, withSuffix = true): string {
  const { hour, minute } = parts;
  if (language === 'en') {
    const base = `${hour % 12 || 12}${minute ? `:${minutes(parts)}` : ''}`;
    return withSuffix ? `${base}${hour < 12 ? 'am' : 'pm'}` : base;
  }
  if (language === 'fr') return minute ? `${hour} h ${minutes(parts)}` : `${hour} h`;
  return minute ? `${hour}:${minutes(parts)}` : `${hour}`;
}

function singleTime(parts: LocalParts, language: Language): string {
  return language === 'es' ? `${clock(parts, language)} h` : clock(parts, language);
}

function timeRange(start: LocalParts, end: LocalParts, language: Language): string {
  if (language === 'es') return `${clock(start, language)}-${clock(end, language)} h`;
  const sameHalfOfDay =
    language === 'en' && start.date === end.date && start.hour < 12 === end.hour < 12;
  return `${clock(start, language, !sameHalfOfDay)}-${clock(end, language)}`;
}

/**
 * A shift's time as people write it: en "Sat 28 Nov, 9am-1pm", es "sab 28 nov, 9-13 h",
 * fr "sam. 28 nov., 9 h-13 h". Only plain hyphens and spaces, so English stays GSM-7.
 */
export function formatWhen(
  start: Date,
  end: Date | undefined,
  timeZone: string,
  language: Language,
): string {
  const from = localParts(start, timeZone, language);
  if (!end) return `${dayLabel(from)}, ${singleTime(from, language)}`;
  const to = localParts(end, timeZone, language);
  if (to.date !== from.date && end.getTime() - start.getTime() >= DAY_MS) {
    const fromText = `${dayLabel(from)}, ${singleTime(from, language)}`;
    return `${fromText} - ${dayLabel(to)}, ${singleTime(to, language)}`;
  }
  return `${dayLabel(from)}, ${timeRange(from, to, language)}`;
}

/** A day alone: en "Tue 25 Nov", es "mar 25 nov", fr "mar. 25 nov.". */
export function formatDay(date: Date, timeZone: string, language: Language): string {
  return dayLabel(localParts(date, timeZone, language));
}

/** A date with its year, for a page: en "25 Nov 2026", es "25 nov 2026", fr "25 nov. 2026". */
export function formatDate(date: Date, timeZone: string, language: Language): string {
  const parts = localParts(date, timeZone, language);
  return `${parts.day} ${parts.month} ${parts.date.slice(0, 4)}`;
}

/** A time of day alone: en "9:30am", es "9:30 h", fr "9 h 30". */
export function formatTime(date: Date, timeZone: string, language: Language): string {
  return singleTime(localParts(date, timeZone, language), language);
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** en "3.5", es/fr "3,5"; never a thousands separator (French's is a non-GSM space). */
export function formatHours(hours: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 2, useGrouping: false });
    numberFormats.set(language, format);
  }
  return format.format(hours);
}
