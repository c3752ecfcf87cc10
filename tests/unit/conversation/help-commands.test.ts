import { helpCommands, helpText } from '../../../src/conversation/help-commands';
import type { OpenPrompts } from '../../../src/conversation/choose-target';
import { countSegments, SUPPORTED_LANGUAGES } from '../../../src/i18n';

const NOW = new Date('2026-11-25T13:30:00Z');
const shift = {
  shiftId: 's1',
  shiftStart: new Date('2026-11-25T14:00:00Z'),
  shiftEnd: new Date('2026-11-25T18:00:00Z'),
  place: 'Riverside Park',
};
const offer = (code: string) => ({
  ...shift,
  offerId: `o-${code}`,
  code,
  urgent: false,
  expiresAt: new Date('2026-11-25T14:00:00Z'),
  state: 'offered' as const,
});
const held = (attendanceState: string | null, completionState: string | null = null) => ({
  ...shift,
  assignmentId: 'a1',
  code: 'K7P',
  seat: 1,
  attendanceState,
  completionState,
});
const talk = (code: string) => ({
  invitationId: `i-${code}`,
  code,
  organisationName: 'Bakery Brothers',
});
const NOTHING: OpenPrompts = { offers: [], assignments: [], confirmations: [], talks: [] };
const WORKER = { worker: true, client: false, broadcaster: false };
const ORG = { name: 'Riverside Community Health Outreach', contact: '(555) 010-2345' };
const keys = (prompts: OpenPrompts, roles = WORKER) =>
  helpCommands({ prompts, roles, now: NOW }).map((c) => c.key.replace('help_commands.', ''));

describe('HELP lists the commands that apply to the person now', () => {
  it('tells a worker with nothing open about STATUS, HOURS and RECORD only', () => {
    expect(keys(NOTHING)).toEqual(['status', 'hours', 'record']);
    const { text } = helpText(
      helpCommands({ prompts: NOTHING, roles: WORKER, now: NOW }),
      'en',
      ORG,
    );
    expect(text).toBe(
      'Riverside Community Health Outreach: text STATUS for your shifts, HOURS for your hours, RECORD for your record. Questions? Call (555) 010-2345. Text STOP to opt out.',
    );
  });

  it('puts the answer to an open offer first, with its code', () => {
    const commands = helpCommands({
      prompts: { ...NOTHING, offers: [offer('K7P')] },
      roles: WORKER,
      now: NOW,
    });
    expect(commands[0]).toEqual({ key: 'help_commands.answer_offer', vars: { code: 'K7P' } });
    expect(keys({ ...NOTHING, offers: [offer('K7P'), offer('M4Q')] })[0]).toBe('answer_offers');
  });

  it('puts the answer to an invitation to talk after the offers, with its code and who asks', () => {
    const commands = helpCommands({
      prompts: { ...NOTHING, offers: [offer('K7P')], talks: [talk('Q4M')] },
      roles: WORKER,
      now: NOW,
    });
    expect(commands.slice(0, 2)).toEqual([
      { key: 'help_commands.answer_offer', vars: { code: 'K7P' } },
      { key: 'help_commands.answer_talk', vars: { code: 'Q4M', name: 'Bakery Brothers' } },
    ]);
    expect(helpText(commands, 'en', ORG).text).toContain(
      'YES K7P or NO K7P to answer the offer, YES Q4M or NO Q4M to answer Bakery Brothers, ',
    );
    expect(keys({ ...NOTHING, talks: [talk('Q4M'), talk('W2X')] })[0]).toBe('answer_talks');
  });

  it('offers HERE and DROP before check-in near the start, DONE once checked in', () => {
    expect(keys({ ...NOTHING, assignments: [held('booked')] })).toEqual([
      'here',
      'drop',
      'status',
      'hours',
      'record',
    ]);
    expect(keys({ ...NOTHING, assignments: [held('checked_in', 'working')] })).toEqual([
      'done',
      'status',
      'hours',
      'record',
    ]);
  });

  it("gives a client the way to ask for a visit and a coordinator BROADCAST, not a worker's HOURS", () => {
    expect(keys(NOTHING, { worker: false, client: true, broadcaster: false })).toEqual([
      'visit',
      'status',
    ]);
    expect(keys(NOTHING, { worker: false, client: false, broadcaster: true })).toEqual([
      'broadcast',
      'status',
    ]);
  });

  it.each(SUPPORTED_LANGUAGES)(
    'fits in two SMS segments in %s, whatever applies at once',
    (language) => {
      const everything: OpenPrompts = {
        offers: [offer('K7P'), offer('M4Q')],
        assignments: [held('booked')],
        talks: [talk('W2X')],
        confirmations: [
          {
            ...shift,
            assignmentId: 'c1',
            code: 'Q4M',
            workerId: 'w',
            workerName: 'Ana',
            minutes: 240,
            state: 'reported',
          },
        ],
      };
      const all = helpCommands({
        prompts: everything,
        roles: { worker: true, client: true, broadcaster: true },
        now: NOW,
      });
      const { text, shown } = helpText(all, language, ORG);
      expect(countSegments(text).segments).toBeLessThanOrEqual(2);
      expect(shown.length).toBeGreaterThanOrEqual(4);
      expect(shown).toEqual(all.slice(0, shown.length));
    },
  );
});
