import {
  countSegments,
  formatDate,
  formatHours,
  formatTime,
  formatWhen,
  SUPPORTED_LANGUAGES,
} from '../../../src/i18n';

const NY = 'America/New_York';
const PARIS = 'Europe/Paris';
const MEXICO = 'America/Mexico_City';

function when(startIso: string, endIso: string | undefined, zone: string) {
  const start = new Date(startIso);
  const end = endIso ? new Date(endIso) : undefined;
  return {
    en: formatWhen(start, end, zone, 'en'),
    es: formatWhen(start, end, zone, 'es'),
    fr: formatWhen(start, end, zone, 'fr'),
  };
}

describe('formatWhen', () => {
  it('writes a morning shift short, in each language', () => {
    expect(when('2026-11-28T14:00:00Z', '2026-11-28T18:00:00Z', NY)).toEqual({
      en: 'Sat 28 Nov, 9am-1pm',
      es: 'sab 28 nov, 9-13 h',
      fr: 'sam. 28 nov., 9 h-13 h',
    });
  });

  it('writes minutes only when there are some, and one am/pm for a morning', () => {
    expect(when('2026-09-30T14:30:00Z', '2026-09-30T15:45:00Z', NY)).toEqual({
      en: 'Wed 30 Sep, 10:30-11:45am',
      es: 'mié 30 sept, 10:30-11:45 h',
      fr: 'mer. 30 sept., 10 h 30-11 h 45',
    });
  });

  it('writes noon, midnight and a start with no end', () => {
    expect(when('2026-11-28T17:00:00Z', undefined, NY)).toEqual({
      en: 'Sat 28 Nov, 12pm',
      es: 'sab 28 nov, 12 h',
      fr: 'sam. 28 nov., 12 h',
    });
    expect(when('2026-11-28T05:00:00Z', undefined, NY).en).toBe('Sat 28 Nov, 12am');
  });

  it('follows New York across the end of daylight saving (2026-11-01)', () => {
    expect(when('2026-10-31T13:00:00Z', '2026-10-31T17:00:00Z', NY).en).toBe('Sat 31 Oct, 9am-1pm');
    expect(when('2026-11-01T14:00:00Z', '2026-11-01T18:00:00Z', NY).en).toBe('Sun 1 Nov, 9am-1pm');
    // 10pm EDT to 6am EST is nine hours, not eight.
    expect(when('2026-11-01T02:00:00Z', '2026-11-01T11:00:00Z', NY)).toEqual({
      en: 'Sat 31 Oct, 10pm-6am',
      es: 'sab 31 oct, 22-6 h',
      fr: 'sam. 31 oct., 22 h-6 h',
    });
  });

  it('follows Paris across the end of summer time (2026-10-25)', () => {
    expect(when('2026-10-24T07:00:00Z', '2026-10-24T11:00:00Z', PARIS).fr).toBe(
      'sam. 24 oct., 9 h-13 h',
    );
    expect(when('2026-10-25T08:00:00Z', '2026-10-25T12:00:00Z', PARIS).fr).toBe(
      'dim. 25 oct., 9 h-13 h',
    );
    expect(when('2026-10-24T20:00:00Z', '2026-10-25T05:00:00Z', PARIS).fr).toBe(
      'sam. 24 oct., 22 h-6 h',
    );
  });

  it('keeps Mexico City on UTC-6 all year (no daylight saving since 2022)', () => {
    expect(when('2026-07-04T15:00:00Z', '2026-07-04T19:00:00Z', MEXICO).es).toBe(
      'sab 4 jul, 9-13 h',
    );
    expect(when('2026-11-01T15:00:00Z', '2026-11-01T19:00:00Z', MEXICO).es).toBe(
      'dom 1 nov, 9-13 h',
    );
    expect(when('2026-10-25T15:00:00Z', '2026-10-25T19:00:00Z', MEXICO).es).toBe(
      'dom 25 oct, 9-13 h',
    );
  });

  it('writes both days for a shift of a day or more', () => {
    expect(when('2026-11-28T14:00:00Z', '2026-11-30T18:00:00Z', NY).en).toBe(
      'Sat 28 Nov, 9am - Mon 30 Nov, 1pm',
    );
  });

  it('stays in GSM-7 for every day of the year in every language', () => {
    const notGsm: string[] = [];
    for (let day = 0; day < 366; day += 1) {
      const start = new Date(Date.UTC(2026, 0, 1 + day, 14, 30));
      const end = new Date(start.getTime() + 4 * 3_600_000);
      for (const language of SUPPORTED_LANGUAGES) {
        const text = formatWhen(start, end, NY, language);
        if (countSegments(text).encoding !== 'GSM-7') notGsm.push(`${language}: ${text}`);
      }
    }
    expect(notGsm).toEqual([]);
  });
});

describe('formatDate', () => {
  it('writes the day, month and year in the zone, in each language', () => {
    // 3am UTC on 1 Jan 2027 is still New Year's Eve in New York.
    const instant = new Date('2027-01-01T03:00:00Z');
    expect([formatDate(instant, NY, 'en'), formatDate(instant, PARIS, 'en')]).toEqual([
      '31 Dec 2026',
      '1 Jan 2027',
    ]);
    expect(formatDate(instant, NY, 'es')).toBe('31 dic 2026');
    expect(formatDate(instant, NY, 'fr')).toBe('31 déc. 2026');
  });
});

describe('formatTime', () => {
  it('writes a time of day in the zone', () => {
    const start = new Date('2026-11-28T14:30:00Z');
    expect(formatTime(start, NY, 'en')).toBe('9:30am');
    expect(formatTime(start, NY, 'es')).toBe('9:30 h');
    expect(formatTime(start, PARIS, 'fr')).toBe('15 h 30');
    expect(formatTime(new Date('2026-11-28T14:00:00Z'), NY, 'fr')).toBe('9 h');
  });
});

describe('formatHours', () => {
  it('uses the decimal mark of the language and no thousands separator', () => {
    expect(formatHours(3.5, 'en')).toBe('3.5');
    expect(formatHours(3.5, 'es')).toBe('3,5');
    expect(formatHours(3.5, 'fr')).toBe('3,5');
    expect(formatHours(4, 'fr')).toBe('4');
    expect(formatHours(1_000_000, 'fr')).toBe('1000000');
    expect(formatHours(2 / 3, 'en')).toBe('0.67');
  });
});
