import { nextVisitStep } from '../../../../src/conversation/visit-dialog/next-step';
import {
  parseVisitRequest,
  type Language,
  type ServiceEntry,
} from '../../../../src/conversation/visit-request';
import { DEFAULT_VISIT_SETTINGS } from '../../../../src/domain/visit/types';

const CATALOGUE: ServiceEntry[] = [
  {
    id: 'groceries',
    names: { en: ['groceries'], es: ['compras'], fr: ['courses'] },
    defaultMinutes: 120,
    hours: [{ weekdays: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '19:00' }],
  },
];

/** The step after a first text sent at `now` (Monday 23 Nov 2026 in New York, 2 hours' notice). */
function stepAfter(text: string, language: Language, now: string) {
  const context = {
    language,
    timeZone: 'America/New_York',
    now: new Date(now),
    catalogue: CATALOGUE,
    windows: DEFAULT_VISIT_SETTINGS.dayWindows,
  };
  const parsed = parseVisitRequest(text, context);
  if (parsed.kind !== 'request') throw new Error(`unread: ${text}`);
  const { step } = nextVisitStep(parsed.draft, {
    ...context,
    purpose: 'book',
    settings: DEFAULT_VISIT_SETTINGS,
  });
  return step;
}

describe('the next bookable time in a part of the day that has begun, or the nearest ones', () => {
  it.each([
    ['en', 'groceries this afternoon'],
    ['es', 'compras esta tarde'],
    ['fr', 'courses cet après-midi'],
  ] as const)(
    '%s: "%s" at 1:40pm is 4pm, the first start with 2 hours\' notice',
    (language, text) => {
      expect(stepAfter(text, language, '2026-11-23T18:40:00Z')).toMatchObject({
        expecting: 'confirm',
        vars: { shiftStart: '2026-11-23T21:00:00.000Z', shiftEnd: '2026-11-23T23:00:00.000Z' },
      });
    },
  );

  it('asks with the nearest times (tomorrow) when the notice leaves nothing of it', () => {
    expect(stepAfter('groceries this afternoon', 'en', '2026-11-23T20:30:00Z')).toMatchObject({
      expecting: 'time',
      message: 'visit.refused.too_soon',
      choices: ['2026-11-24T13:00:00.000Z', '2026-11-24T13:30:00.000Z', '2026-11-24T14:00:00.000Z'],
    });
  });

  it.each([
    ['en', 'groceries tonight', 'visit.refused.evening_over'],
    ['es', 'compras esta mañana', 'visit.refused.morning_over'],
    ['fr', 'courses cet après-midi', 'visit.refused.afternoon_over'],
  ] as const)('%s: "%s" once it is over offers the nearest times', (language, text, message) => {
    expect(stepAfter(text, language, '2026-11-24T01:30:00Z')).toMatchObject({
      expecting: 'time',
      message,
      choices: ['2026-11-24T13:00:00.000Z', '2026-11-24T13:30:00.000Z', '2026-11-24T14:00:00.000Z'],
    });
  });
});
