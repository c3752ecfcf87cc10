import {
  parseVisitAnswer,
  parseVisitChange,
  parseVisitRequest,
  type VisitParseResult,
} from '../../../../src/conversation/visit-request';
import { outcomeOf } from './case-table';
import { FOLLOW_UPS, KNOWN_FOLLOW_UP_FAILURES, type FollowUpCase } from './follow-up-cases';
import { contextAt } from './world';

function follow(c: FollowUpCase): VisitParseResult {
  const context = contextAt(c.at, c.language);
  const first = parseVisitRequest(c.request, context);
  if (first.kind !== 'request') throw new Error(`the request itself is unclear: ${c.request}`);
  if (c.as === 'change') return parseVisitChange(first.draft, c.reply, context);
  return parseVisitAnswer(first.draft, c.reply, {
    ...context,
    expecting: c.as,
    ...(c.choices ? { choices: c.choices } : {}),
  });
}

const rows = (cases: readonly FollowUpCase[]) =>
  cases.map(
    (c) =>
      [
        `'${c.request}' then '${c.reply}' as ${c.as}${c.choices ? ` of ${c.choices.length}` : ''} (${c.language})`,
        c,
      ] as const,
  );

describe('parseVisitAnswer and parseVisitChange: follow-ups', () => {
  it.each(rows(FOLLOW_UPS))('%s', (_name, c) => {
    expect(outcomeOf(follow(c))).toStrictEqual(c.expected);
  });

  it('covers answers to every question and changes, in each language', () => {
    expect(FOLLOW_UPS.length).toBeGreaterThanOrEqual(30);
    for (const as of ['service', 'date', 'time', 'place', 'confirm', 'change'] as const) {
      expect(FOLLOW_UPS.filter((c) => c.as === as).length).toBeGreaterThanOrEqual(1);
    }
    for (const language of ['en', 'es', 'fr'] as const) {
      const ofLanguage = FOLLOW_UPS.filter((c) => c.language === language);
      expect(ofLanguage.filter((c) => c.as === 'change').length).toBeGreaterThanOrEqual(3);
      expect(ofLanguage.filter((c) => c.as !== 'change').length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('parseVisitAnswer and parseVisitChange: known failures', () => {
  it.each(rows(KNOWN_FOLLOW_UP_FAILURES))('still misreads %s', (_name, c) => {
    expect(outcomeOf(follow(c))).not.toStrictEqual(c.expected);
  });
});

describe('parseVisitAnswer and parseVisitChange: what a follow-up keeps', () => {
  const context = contextAt('nyFall', 'en');

  function draftOf(text: string) {
    const result = parseVisitRequest(text, context);
    if (result.kind !== 'request') throw new Error(`unclear: ${text}`);
    return result.draft;
  }

  it("keeps a range's length when only the start moves", () => {
    const result = parseVisitChange(draftOf('groceries tuesday 9-12'), 'make it 10', context);
    expect(outcomeOf(result)).toMatchObject({
      start: '2026-11-03T15:00:00.000Z',
      end: '2026-11-03T18:00:00.000Z',
    });
  });

  it('keeps a place said before when the time changes', () => {
    const draft = draftOf('groceries tuesday at 2pm at the library');
    const result = parseVisitChange(draft, 'make it 3', context);
    expect(result).toMatchObject({
      kind: 'request',
      draft: { place: { kind: 'named', text: 'the library' }, placeSaid: true },
    });
  });

  it('moves a weekday already past today to next week, also in a change', () => {
    const result = parseVisitChange(draftOf('groceries tuesday at 2pm'), 'friday at 9', context);
    expect(outcomeOf(result)).toMatchObject({ start: '2026-11-06T14:00:00.000Z' });
  });

  it('reads no choice when none was offered: "2" to "which service?" says nothing', () => {
    const result = parseVisitAnswer(draftOf('help tuesday at 10'), '2', {
      ...context,
      expecting: 'service',
    });
    expect(result).toStrictEqual({ kind: 'unclear', reason: 'nothing_understood' });
  });

  it('leaves a question unread as a place', () => {
    const result = parseVisitAnswer(draftOf('groceries tuesday at 10'), 'where do you need?', {
      ...context,
      expecting: 'place',
    });
    expect(result).toStrictEqual({ kind: 'unclear', reason: 'nothing_understood' });
  });
});
