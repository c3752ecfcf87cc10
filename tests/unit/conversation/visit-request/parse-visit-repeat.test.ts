import {
  parseVisitAnswer,
  parseVisitChange,
  parseVisitRequest,
  type Language,
  type VisitParseResult,
  type VisitRequestDraft,
} from '../../../../src/conversation/visit-request';
import { outcomeOf, seriesOf } from './case-table';
import { contextAt, type MomentName } from './world';

function request(text: string, language: Language = 'en', at: MomentName = 'nyFall') {
  const result = parseVisitRequest(text, contextAt(at, language));
  if (result.kind !== 'request') throw new Error(`unclear: ${text}`);
  return result.draft;
}

function series(result: VisitParseResult): string | undefined {
  return result.kind === 'request' && result.draft.repeat ? seriesOf(result.draft) : undefined;
}

function confirmAnswer(draft: VisitRequestDraft, reply: string, language: Language = 'en') {
  const at: MomentName = language === 'fr' ? 'parisFall' : language === 'es' ? 'laFall' : 'nyFall';
  return parseVisitAnswer(draft, reply, { ...contextAt(at, language), expecting: 'confirm' });
}

describe('series in answers and changes', () => {
  it.each([
    ['en', 'groceries tuesday at 10', 'every week for 3 weeks', '1w x3'],
    ['en', 'groceries tuesday at 10', 'make it weekly', '1w x4'],
    ['en', 'groceries tuesday at 10', 'every other week please', '2w x4'],
    ['es', 'compras el martes a las 10', 'cada semana durante 3 semanas', '1w x3'],
    ['fr', 'courses mardi à 10h', 'toutes les semaines pendant un mois', '1w x4'],
  ] as const)(
    '(%s) "%s" then "%s" at the summary makes a series %s',
    (language, first, reply, expected) => {
      const at: MomentName =
        language === 'fr' ? 'parisFall' : language === 'es' ? 'laFall' : 'nyFall';
      const draft = request(first, language, at);
      const result = confirmAnswer(draft, reply, language);
      expect(series(result)).toBe(expected);
      // The visit itself is kept.
      expect(outcomeOf(result)).toMatchObject({ start: draft.start?.toISOString(), missing: [] });
    },
  );

  it('changes only the length of a series the draft has ("for 6 weeks")', () => {
    const draft = request('groceries every monday at 10 for 3 weeks');
    expect(series(parseVisitChange(draft, 'for 6 weeks', contextAt('nyFall', 'en')))).toBe('1w x6');
    expect(series(parseVisitChange(draft, '5 times', contextAt('nyFall', 'en')))).toBe('1w x5');
  });

  it('keeps the number of visits when only the rhythm changes', () => {
    const draft = request('groceries every monday at 10 for 6 weeks');
    expect(series(parseVisitChange(draft, 'every other week', contextAt('nyFall', 'en')))).toBe(
      '2w x6',
    );
  });

  it('starts no series from a length alone, and says nothing understood', () => {
    const draft = request('groceries monday at 10');
    expect(parseVisitChange(draft, 'for 6 weeks', contextAt('nyFall', 'en'))).toStrictEqual({
      kind: 'unclear',
      reason: 'nothing_understood',
    });
  });

  it('lifts the cap flag when a later change asks for 12 or fewer', () => {
    const draft = request('groceries every monday at 10 for 20 weeks');
    expect(draft.repeatCapped).toBe(true);
    const changed = parseVisitChange(draft, 'for 8 weeks', contextAt('nyFall', 'en'));
    expect(changed).toMatchObject({ kind: 'request' });
    expect(changed.kind === 'request' ? changed.draft : {}).not.toHaveProperty('repeatCapped');
    expect(series(changed)).toBe('1w x8');
  });

  it('moves a series to the weekday a change names ("every thursday")', () => {
    const draft = request('groceries every monday at 10');
    const changed = parseVisitChange(draft, 'every thursday instead', contextAt('nyFall', 'en'));
    expect(outcomeOf(changed)).toMatchObject({
      start: '2026-11-05T15:00:00.000Z',
      repeat: '1w x4',
    });
  });

  it("keeps the client's words for the series", () => {
    const result = parseVisitRequest(
      'groceries every Monday morning for 5 weeks',
      contextAt('nyFall', 'en'),
    );
    expect(result).toMatchObject({ understood: { repeat: 'every Monday for 5 weeks' } });
  });
});
