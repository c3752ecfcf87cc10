import fc from 'fast-check';
import { parseVisitRequest } from '../../../../src/conversation/visit-request';
import { outcomeOf, type RequestCase } from './case-table';
import { KNOWN_FAILURES } from './known-failures';
import { ENGLISH_REQUESTS } from './request-cases-en';
import { SPANISH_REQUESTS } from './request-cases-es';
import { FRENCH_REQUESTS } from './request-cases-fr';
import { REPEAT_REQUESTS } from './request-cases-repeat';
import { contextAt, MOMENTS, WINDOWS } from './world';

const REQUESTS: readonly RequestCase[] = [
  ...ENGLISH_REQUESTS,
  ...SPANISH_REQUESTS,
  ...FRENCH_REQUESTS,
  ...REPEAT_REQUESTS,
];

const rows = (cases: readonly RequestCase[]) =>
  cases.map((c) => [`'${c.text}' (${c.language}, ${c.at})`, c] as const);

function read(c: RequestCase) {
  return outcomeOf(parseVisitRequest(c.text, contextAt(c.at, c.language)));
}

/** "Tue 3 Nov 09:00" on the zone's clock, by Intl alone. */
function onClock(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('hour')}:${part('minute')}`;
}

describe('parseVisitRequest: the request catalogue', () => {
  it.each(rows(REQUESTS))('%s', (_name, c) => {
    expect(read(c)).toStrictEqual(c.expected);
  });

  it('covers at least 150 requests, 50 in each language, with days, times, ranges and gaps', () => {
    expect(REQUESTS.length).toBeGreaterThanOrEqual(150);
    for (const cases of [ENGLISH_REQUESTS, SPANISH_REQUESTS, FRENCH_REQUESTS]) {
      expect(cases.length).toBeGreaterThanOrEqual(50);
    }
    const expected = REQUESTS.map((c) => c.expected);
    const ranges = expected.filter((e) => 'start' in e && e.start && e.end);
    expect(ranges.length).toBeGreaterThanOrEqual(100);
    const withoutDay = expected.filter((e) => 'missing' in e && e.missing.includes('date'));
    expect(withoutDay.length).toBeGreaterThanOrEqual(10);
    const unclear = expected.filter((e) => 'unclear' in e);
    expect(unclear.length).toBeGreaterThanOrEqual(6);
  });

  it('notes on each case the local times its UTC instants show in its zone', () => {
    for (const c of [...REQUESTS, ...KNOWN_FAILURES]) {
      if (!('start' in c.expected) || !c.expected.start) continue;
      const { timeZone } = MOMENTS[c.at];
      const start = onClock(c.expected.start, timeZone);
      const end = c.expected.end ? `-${onClock(c.expected.end, timeZone).slice(-5)}` : '';
      expect(`${c.text}: ${start}${end}`).toBe(`${c.text}: ${c.local}`);
    }
  });
});

describe('parseVisitRequest: known failures', () => {
  it.each(rows(KNOWN_FAILURES))('still misreads %s', (_name, c) => {
    expect(read(c)).not.toStrictEqual(c.expected);
  });

  it('says why each one fails', () => {
    for (const c of KNOWN_FAILURES) expect(c.reason?.length).toBeGreaterThan(10);
  });
});

describe('parseVisitRequest: rules beyond the catalogue', () => {
  const nyFall = contextAt('nyFall', 'en');

  it("starts a part of the day when the organisation's own window opens", () => {
    const windows = { ...WINDOWS, morning: ['08:30', '11:30'] as const };
    const result = parseVisitRequest('groceries tuesday morning', { ...nyFall, windows });
    expect(outcomeOf(result)).toStrictEqual({
      service: 'groceries',
      start: '2026-11-03T13:30:00.000Z',
      end: '2026-11-03T15:30:00.000Z',
      missing: [],
    });
  });

  it('keeps the day, the time and the length said, and the parts of the text behind them', () => {
    const result = parseVisitRequest(
      'Could someone help with groceries on Tuesday from 2 to 4pm at the library?',
      nyFall,
    );
    expect(result).toMatchObject({
      kind: 'request',
      draft: {
        date: { year: 2026, month: 11, day: 3 },
        startMinutes: 14 * 60,
        saidMinutes: 120,
        durationMinutes: 120,
        place: { kind: 'named', text: 'the library' },
        placeSaid: true,
      },
      understood: {
        service: 'groceries',
        date: 'on Tuesday',
        time: 'from 2 to 4pm',
        place: 'at the library',
      },
    });
  });

  it('leaves an empty or an overlong text unread', () => {
    expect(parseVisitRequest(' ?! ', nyFall)).toStrictEqual({ kind: 'unclear', reason: 'empty' });
    expect(parseVisitRequest('groceries tuesday '.repeat(80), nyFall)).toStrictEqual({
      kind: 'unclear',
      reason: 'too_long',
    });
  });

  it('never throws, and answers a draft or a reason, whatever the text and the language', () => {
    const words = fc.constantFrom(
      ...'groceries ménage compras at a las à 10 10h 9-11 pm mañana demain tomorrow tuesday martes mardi por la tarde soir morning the 2nd el 5 le 1er for 2 hours durante pendant de à la bibliothèque en la biblioteca at home ? ! 12/3 noon midi'.split(
        ' ',
      ),
    );
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.array(words, { maxLength: 10 }).map((w) => w.join(' ')),
    );
    const language = fc.constantFrom('en', 'es', 'fr' as const);
    const moment = fc.constantFrom(...(Object.keys(MOMENTS) as (keyof typeof MOMENTS)[]));
    fc.assert(
      fc.property(text, language, moment, (t, l, m) => {
        const result = parseVisitRequest(t, contextAt(m, l));
        expect(['request', 'unclear']).toContain(result.kind);
        if (result.kind === 'request' && result.draft.start && result.draft.end) {
          expect(result.draft.end.getTime()).toBeGreaterThan(result.draft.start.getTime());
        }
      }),
      { numRuns: 1500 },
    );
  });
});
