import { nextVisitStep, visitStarts } from '../../../../src/conversation/visit-dialog/next-step';
import type {
  ServiceEntry,
  VisitRequestDraft,
} from '../../../../src/conversation/visit-request/types';
import { DEFAULT_VISIT_SETTINGS } from '../../../../src/domain/visit/types';

const CATALOGUE: ServiceEntry[] = [
  {
    id: 'groceries',
    names: { en: ['groceries'], es: ['compras'], fr: ['courses'] },
    defaultMinutes: 120,
    hours: [{ weekdays: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '19:00' }],
  },
  { id: 'meal', names: { en: ['meal'], es: ['comida'], fr: ['repas'] }, defaultMinutes: 90 },
  {
    id: 'medical',
    names: { en: ['doctor'], es: ['médico'], fr: ['médecin'] },
    defaultMinutes: 150,
  },
];

// Monday 23 Nov 2026, 9am in New York.
const context = {
  purpose: 'book' as const,
  language: 'en' as const,
  timeZone: 'America/New_York',
  now: new Date('2026-11-23T14:00:00Z'),
  catalogue: CATALOGUE,
  settings: DEFAULT_VISIT_SETTINGS,
};

const visit = (start: string, minutes = 120): VisitRequestDraft => ({
  serviceId: 'groceries',
  date: { year: 2026, month: 11, day: Number(start.slice(8, 10)) },
  start: new Date(start),
  end: new Date(new Date(start).getTime() + minutes * 60_000),
  durationMinutes: minutes,
  place: { kind: 'home' },
  placeSaid: false,
  missing: [],
});

describe('what a visit dialog asks next', () => {
  it('lists every service, numbered, when none was named', () => {
    const { step } = nextVisitStep(
      { place: { kind: 'home' }, placeSaid: false, missing: ['service', 'date', 'time'] },
      context,
    );
    expect(step).toMatchObject({
      expecting: 'service',
      choices: ['groceries', 'meal', 'medical'],
      message: 'visit.ask.service',
      vars: { choices: '1) Groceries 2) Meal 3) Doctor' },
    });
  });

  it('lists only the services a text named when it named two', () => {
    const { step } = nextVisitStep(
      {
        place: { kind: 'home' },
        placeSaid: false,
        missing: ['service'],
        ambiguities: { service: ['meal', 'groceries'] },
      },
      { ...context, language: 'es' },
    );
    expect(step.choices).toEqual(['meal', 'groceries']);
    expect(step.vars.choices).toBe('1) Comida 2) Compras');
  });

  it('asks for the day before the time, and the time naming the day', () => {
    const noDay: VisitRequestDraft = {
      serviceId: 'meal',
      place: { kind: 'home' },
      placeSaid: false,
      missing: ['date', 'time'],
    };
    expect(nextVisitStep(noDay, context).step).toMatchObject({
      expecting: 'date',
      vars: { service: 'Meal' },
    });
    const noTime = {
      ...noDay,
      date: { year: 2026, month: 11, day: 26 },
      missing: ['time' as const],
    };
    expect(nextVisitStep(noTime, { ...context, language: 'fr' }).step).toMatchObject({
      expecting: 'time',
      message: 'visit.ask.time',
      vars: { day: 'jeu. 26 nov.' },
    });
  });

  it('offers the nearest bookable times, as choices, for a visit too soon', () => {
    const { step } = nextVisitStep(visit('2026-11-23T15:00:00Z'), context);
    expect(step.message).toBe('visit.refused.too_soon');
    expect(step.expecting).toBe('time');
    expect(step.choices).toHaveLength(3);
    expect(step.vars).toMatchObject({
      notice: 2,
      choices: expect.stringMatching(/^1\) Mon 23 Nov, /),
    });
    for (const choice of step.choices) {
      expect(new Date(choice).getTime()).toBeGreaterThanOrEqual(
        context.now.getTime() + 2 * 3_600_000,
      );
    }
  });

  it('refuses a service outside its business hours', () => {
    // Sunday 29 Nov: groceries are Monday to Saturday.
    expect(nextVisitStep(visit('2026-11-29T15:00:00Z'), context).step.message).toBe(
      'visit.refused.closed',
    );
  });

  it('summarises a visit it can book, to confirm', () => {
    const { step } = nextVisitStep(visit('2026-11-24T15:00:00Z'), context);
    expect(step).toMatchObject({
      expecting: 'confirm',
      message: 'visit.summary',
      vars: {
        service: 'Groceries',
        shiftStart: '2026-11-24T15:00:00.000Z',
        shiftEnd: '2026-11-24T17:00:00.000Z',
        where: 'at your home',
      },
    });
  });

  it('asks to confirm a move or a call-off with their own words', () => {
    const draft = visit('2026-11-24T15:00:00Z');
    expect(nextVisitStep(draft, { ...context, purpose: 'move' }).step.message).toBe(
      'visit.move.confirm',
    );
    expect(nextVisitStep(draft, { ...context, purpose: 'call_off' }).step.message).toBe(
      'visit.call_off.confirm',
    );
  });

  it('cuts a series to the visits inside the booking window and says how many', () => {
    const series = { ...visit('2026-11-24T15:00:00Z'), repeat: { everyWeeks: 1, count: 12 } };
    const { draft, step } = nextVisitStep(series, context);
    // 60 days from Mon 23 Nov: Tuesdays up to 19 Jan.
    expect(draft.repeat).toEqual({ everyWeeks: 1, count: 9 });
    expect(step).toMatchObject({
      message: 'visit.summary_series',
      vars: { number: 9, interval: 'week' },
    });
  });

  it('keeps a series at its wall-clock hour across a DST change', () => {
    // 10am in New York on Tuesdays either side of 1 Nov 2026.
    const series = { ...visit('2026-10-27T14:00:00Z'), repeat: { everyWeeks: 1, count: 2 } };
    expect(visitStarts(series, 'America/New_York').map((d) => d.toISOString())).toEqual([
      '2026-10-27T14:00:00.000Z',
      '2026-11-03T15:00:00.000Z',
    ]);
  });
});
