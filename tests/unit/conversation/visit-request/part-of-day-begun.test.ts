import { parseVisitRequest, type Language } from '../../../../src/conversation/visit-request';
import { contextAt, MOMENTS, type MomentName } from './world';

/** What a request reads as when sent at `now` (UTC) on the day of `moment`, in its zone. */
function read(text: string, language: Language, moment: MomentName, now: string) {
  const result = parseVisitRequest(text, { ...contextAt(moment, language), now: new Date(now) });
  if (result.kind !== 'request') throw new Error(`unread: ${text}`);
  const { start, end, missing, partOfDay, date } = result.draft;
  return {
    start: start?.toISOString(),
    end: end?.toISOString(),
    missing,
    partOfDay,
    day: date && `${date.year}-${date.month}-${date.day}`,
  };
}

describe('a part of the day said once its window has begun or passed', () => {
  // Windows: morning 09-12, afternoon 13-17, evening 17-20, on the zone's clock.
  it.each([
    // Fri 30 Oct 2026 in New York (EDT, UTC-4), TZ=UTC on the machine.
    [
      'en',
      'nyFall',
      'groceries this afternoon',
      '2026-10-30T19:10:00Z',
      '2026-10-30T19:30:00.000Z',
    ],
    [
      'en',
      'nyFall',
      'cleaning today in the afternoon',
      '2026-10-30T19:10:00Z',
      '2026-10-30T19:30:00.000Z',
    ],
    ['en', 'nyFall', 'a visit this evening', '2026-10-30T21:00:00Z', '2026-10-30T21:30:00.000Z'],
    // Fri 30 Oct 2026 in Los Angeles (PDT, UTC-7).
    ['es', 'laFall', 'compras esta tarde', '2026-10-30T21:05:00Z', '2026-10-30T21:30:00.000Z'],
    [
      'es',
      'laFall',
      'limpieza hoy por la tarde',
      '2026-10-30T22:29:00Z',
      '2026-10-30T22:30:00.000Z',
    ],
    ['es', 'laFall', 'una visita esta noche', '2026-10-31T01:00:00Z', '2026-10-31T01:30:00.000Z'],
    // Thu 22 Oct 2026 in Paris (CEST, UTC+2).
    [
      'fr',
      'parisFall',
      'courses cet après-midi',
      '2026-10-22T11:20:00Z',
      '2026-10-22T11:30:00.000Z',
    ],
    [
      'fr',
      'parisFall',
      "ménage aujourd'hui dans l'après-midi",
      '2026-10-22T12:00:00Z',
      '2026-10-22T12:30:00.000Z',
    ],
    ['fr', 'parisFall', 'une visite ce soir', '2026-10-22T15:00:00Z', '2026-10-22T15:30:00.000Z'],
  ] as const)(
    '%s (%s): "%s" at %s starts at the next half hour in it',
    (language, moment, text, now, start) => {
      expect(read(text, language, moment, now)).toMatchObject({ start, missing: [] });
    },
  );

  it.each([
    ['en', 'nyFall', 'groceries this morning', '2026-10-30T19:10:00Z', 'morning'],
    ['en', 'nyFall', 'someone to chat with tonight', '2026-10-31T00:10:00Z', 'evening'],
    ['en', 'nyFall', 'cleaning this afternoon', '2026-10-30T20:30:00Z', 'afternoon'],
    ['es', 'laFall', 'compras esta mañana', '2026-10-30T21:05:00Z', 'morning'],
    ['es', 'laFall', 'una visita esta noche', '2026-10-31T03:00:00Z', 'evening'],
    ['fr', 'parisFall', 'courses ce matin', '2026-10-22T11:20:00Z', 'morning'],
    ['fr', 'parisFall', 'ménage cet aprem', '2026-10-22T15:00:00Z', 'afternoon'],
    ['fr', 'parisFall', 'une visite ce soir', '2026-10-22T18:00:00Z', 'evening'],
  ] as const)(
    '%s (%s): "%s" at %s, once it is over, gives no time',
    (language, moment, text, now, part) => {
      const day = MOMENTS[moment].now.slice(0, 10).replace(/-0?/g, '-');
      expect(read(text, language, moment, now)).toStrictEqual({
        start: undefined,
        end: undefined,
        missing: ['time'],
        partOfDay: part,
        day,
      });
    },
  );

  it.each([
    ['groceries friday morning', '2026-11-06T14:00:00.000Z'],
    ['groceries friday afternoon', '2026-11-06T18:00:00.000Z'],
  ])(
    'keeps a weekday whose part of the day has begun for next week ("%s" on a Friday at 3:10pm)',
    (text, start) => {
      expect(read(text, 'en', 'nyFall', '2026-10-30T19:10:00Z')).toMatchObject({
        start,
        missing: [],
      });
    },
  );

  it.each([
    ['en', 'nyFall', ['this morning', 'this afternoon', 'this evening', 'tonight']],
    ['es', 'laFall', ['esta mañana', 'esta tarde', 'esta noche']],
    ['fr', 'parisFall', ['ce matin', 'cet après-midi', 'ce soir']],
  ] as const)(
    '%s (%s): never starts at or before now, at any minute of the day',
    (language, moment, parts) => {
      const midnight = new Date(MOMENTS[moment].now);
      midnight.setUTCHours(0, 0, 0, 0);
      for (const part of parts) {
        for (let minute = 0; minute < 36 * 60; minute += 7) {
          const now = new Date(midnight.getTime() + minute * 60_000).toISOString();
          const { start } = read(`groceries ${part}`, language, moment, now);
          if (start) expect({ part, now, later: start > now }).toEqual({ part, now, later: true });
        }
      }
    },
  );
});
