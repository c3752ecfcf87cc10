import { statusMessage, type StatusFacts } from '../../../src/conversation/answer-status';
import { formatWhen, renderMessage, type Language } from '../../../src/i18n';

const ZONE = 'America/New_York';
const shift = {
  start: new Date('2026-11-25T14:00:00Z'),
  end: new Date('2026-11-25T18:00:00Z'),
  place: 'Riverside Park',
};
const talk = (code: string, organisationName = 'Bakery Brothers') => ({
  invitationId: `i-${code}`,
  code,
  organisationName,
});
const NOTHING: StatusFacts = { booked: [], waiting: [], talks: [] };

/** STATUS as the person reads it. */
function statusText(facts: StatusFacts, language: Language = 'en'): string {
  const when = (start: Date, end: Date) => formatWhen(start, end, ZONE, language);
  const { key, vars } = statusMessage(facts, { language, when });
  return renderMessage(key, language, vars);
}

describe('STATUS tells the invitations to talk still open', () => {
  it('lists each one after the places, with the code to answer it', () => {
    expect(
      statusText({
        booked: [shift],
        waiting: [{ position: 2, shift: { ...shift, place: 'Eastside Library' } }],
        talks: [talk('K7P'), talk('Q4M', 'Eastside Cafe')],
      }),
    ).toBe(
      'Your next shift:\nWed 25 Nov, 9am-1pm, Riverside Park\n' +
        "You're on the wait list:\nnumber 2 for Wed 25 Nov, 9am-1pm, Eastside Library\n" +
        'Bakery Brothers would like to talk: reply YES K7P or NO K7P\n' +
        'Eastside Cafe would like to talk: reply YES Q4M or NO Q4M',
    );
  });

  it.each([
    ['en', 'Bakery Brothers would like to talk: reply YES K7P or NO K7P'],
    ['es', 'Bakery Brothers quiere hablar contigo: responde SI K7P o NO K7P'],
    ['fr', 'Bakery Brothers aimerait vous parler : répondez OUI K7P ou NON K7P'],
  ] as const)('words it in %s, after "nothing coming" when nothing is', (language, line) => {
    const none = renderMessage('status.none', language, {});
    expect(statusText({ ...NOTHING, talks: [talk('K7P')] }, language)).toBe(`${none}\n${line}`);
  });

  it('shows five and "+N more" when there are many, as its other lists do', () => {
    const codes = ['A2B', 'C3D', 'E4F', 'G5H', 'J6K', 'L7M', 'N8P'];
    const lines = statusText({ ...NOTHING, talks: codes.map((code) => talk(code)) }).split('\n');
    expect(lines.slice(1)).toEqual([
      ...codes
        .slice(0, 5)
        .map((c) => `Bakery Brothers would like to talk: reply YES ${c} or NO ${c}`),
      '+2 more',
    ]);
  });

  it('says what it said before when no invitation is open', () => {
    const when = (start: Date, end: Date) => formatWhen(start, end, ZONE, 'en');
    expect(statusMessage({ ...NOTHING, booked: [shift] }, { language: 'en', when })).toEqual({
      key: 'status.list',
      vars: { count: 1, list: 'Wed 25 Nov, 9am-1pm, Riverside Park' },
    });
    expect(statusText(NOTHING)).toBe(
      "You have no upcoming shifts. We'll text you when there's work.",
    );
  });
});
