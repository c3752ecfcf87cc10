import { chooseTarget, type OpenPrompts } from '../../../src/conversation/choose-target';
import type {
  ActiveAssignment,
  OpenOffer,
  PendingConfirmation,
} from '../../../src/engine/runtime/queries';

const NOW = new Date('2026-11-28T13:30:00Z');
const at = (iso: string) => new Date(iso);
const shift = (start: string, end: string, place = 'Riverside Park') => ({
  shiftId: `s-${start}`,
  shiftStart: at(start),
  shiftEnd: at(end),
  place,
});
const offer = (code: string, start = '2026-11-29T14:00:00Z'): OpenOffer => ({
  ...shift(start, '2026-11-29T18:00:00Z'),
  offerId: `o-${code}`,
  code,
  urgent: false,
  expiresAt: at('2026-11-28T14:00:00Z'),
  state: 'offered',
});
const assignment = (
  code: string,
  attendanceState: string | null,
  completionState: string | null = null,
  start = '2026-11-28T14:00:00Z',
): ActiveAssignment => ({
  ...shift(start, '2026-11-28T18:00:00Z'),
  assignmentId: `a-${code}`,
  code,
  seat: 1,
  attendanceState,
  completionState,
});
const confirmation = (code: string): PendingConfirmation => ({
  ...shift('2026-11-27T14:00:00Z', '2026-11-27T18:00:00Z'),
  assignmentId: `c-${code}`,
  code,
  workerId: 'w1',
  workerName: 'Ana',
  minutes: 240,
  state: 'reported',
});
const prompts = (p: Partial<OpenPrompts>): OpenPrompts => ({
  offers: [],
  assignments: [],
  confirmations: [],
  talks: [],
  ...p,
});

describe('chooseTarget', () => {
  it('takes a plain YES as the answer to the only open offer', () => {
    expect(chooseTarget({ type: 'yes' }, prompts({ offers: [offer('K7P')] }), NOW)).toEqual({
      kind: 'offer',
      offerId: 'o-K7P',
      answer: 'yes',
    });
  });

  it('asks which one when a plain YES could answer two offers, and applies neither', () => {
    const target = chooseTarget(
      { type: 'yes' },
      prompts({ offers: [offer('K7P'), offer('M3R')] }),
      NOW,
    );
    expect(target).toMatchObject({ kind: 'which_one', intent: { type: 'yes' } });
    expect(target.kind === 'which_one' && target.options.map((o) => o.code)).toEqual([
      'K7P',
      'M3R',
    ]);
  });

  it('takes a plain NO as the answer to the only open invitation to talk', () => {
    const talk = { invitationId: 'i1', code: 'T4K', organisationName: 'Bakery Brothers' };
    expect(chooseTarget({ type: 'no' }, prompts({ talks: [talk] }), NOW)).toEqual({
      kind: 'talk',
      invitationId: 'i1',
      answer: 'no',
    });
  });

  it('asks which one when a YES could answer an offer or an invitation to talk', () => {
    const talk = { invitationId: 'i1', code: 'T4K', organisationName: 'Bakery Brothers' };
    const both = prompts({ offers: [offer('K7P')], talks: [talk] });
    expect(chooseTarget({ type: 'yes' }, both, NOW)).toMatchObject({
      kind: 'which_one',
      options: [{ code: 'K7P' }, { code: 'T4K', talkWith: 'Bakery Brothers' }],
    });
    expect(chooseTarget({ type: 'yes', code: 'T4K' }, both, NOW)).toEqual({
      kind: 'talk',
      invitationId: 'i1',
      answer: 'yes',
    });
  });

  it('lets a code pick one of several', () => {
    expect(
      chooseTarget(
        { type: 'no', code: 'M3R' },
        prompts({ offers: [offer('K7P'), offer('M3R')] }),
        NOW,
      ),
    ).toEqual({ kind: 'offer', offerId: 'o-M3R', answer: 'no' });
  });

  it('asks again when the code matches nothing open', () => {
    expect(
      chooseTarget({ type: 'yes', code: 'ZZ9' }, prompts({ offers: [offer('K7P')] }), NOW).kind,
    ).toBe('which_one');
    expect(chooseTarget({ type: 'yes', code: 'ZZ9' }, prompts({}), NOW)).toEqual({
      kind: 'nothing',
      why: 'unknown_code',
    });
  });

  it('changes nothing on a YES with no open prompt', () => {
    expect(
      chooseTarget({ type: 'yes' }, prompts({ assignments: [assignment('K7P', 'booked')] }), NOW),
    ).toEqual({ kind: 'nothing', why: 'no_prompt' });
  });

  it("reads a supervisor's OK with a code as confirming that worker's hours", () => {
    expect(
      chooseTarget(
        { type: 'yes', code: 'H4T' },
        prompts({ confirmations: [confirmation('H4T')] }),
        NOW,
      ),
    ).toEqual({ kind: 'confirmation', assignmentId: 'c-H4T', answer: 'ok' });
    expect(
      chooseTarget(
        { type: 'no', code: 'H4T' },
        prompts({ confirmations: [confirmation('H4T')] }),
        NOW,
      ),
    ).toEqual({ kind: 'confirmation', assignmentId: 'c-H4T', answer: 'no' });
  });

  it('sends YES to the attendance flow when it asked "are you on your way?"', () => {
    expect(
      chooseTarget({ type: 'yes' }, prompts({ assignments: [assignment('K7P', 'nudged')] }), NOW),
    ).toEqual({ kind: 'assignment', assignmentId: 'a-K7P', event: { type: 'reply.yes' } });
  });

  it('checks in to the shift starting now, not to one next week', () => {
    const later = assignment('M3R', 'booked', null, '2026-12-05T14:00:00Z');
    expect(
      chooseTarget(
        { type: 'here' },
        prompts({ assignments: [assignment('K7P', 'booked'), later] }),
        NOW,
      ),
    ).toEqual({ kind: 'assignment', assignmentId: 'a-K7P', event: { type: 'reply.here' } });
  });

  it('says HERE is not expected when no shift starts within two hours', () => {
    const later = assignment('M3R', 'booked', null, '2026-11-28T16:00:00Z');
    expect(chooseTarget({ type: 'here' }, prompts({ assignments: [later] }), NOW)).toEqual({
      kind: 'nothing',
      why: 'not_checked_in',
    });
  });

  it('passes LATE minutes on, with 15 when none were given', () => {
    const booked = prompts({ assignments: [assignment('K7P', 'booked')] });
    expect(chooseTarget({ type: 'late', minutes: 20 }, booked, NOW)).toMatchObject({
      event: { type: 'reply.late', minutes: 20 },
    });
    expect(chooseTarget({ type: 'late' }, booked, NOW)).toMatchObject({
      event: { type: 'reply.late', minutes: 15 },
    });
  });

  it('reports DONE only for a checked-in shift', () => {
    expect(
      chooseTarget(
        { type: 'done', hours: 3.5 },
        prompts({ assignments: [assignment('K7P', 'checked_in', 'working')] }),
        NOW,
      ),
    ).toEqual({
      kind: 'done',
      assignmentId: 'a-K7P',
      hours: 3.5,
      note: undefined,
      withoutCheckIn: false,
    });
    expect(
      chooseTarget({ type: 'done' }, prompts({ assignments: [assignment('K7P', 'booked')] }), NOW),
    ).toEqual({ kind: 'nothing', why: 'not_checked_in' });
  });

  it('takes DONE without HERE once the shift has started, as a check-in to infer', () => {
    const started = '2026-11-28T13:00:00Z';
    for (const state of ['booked', 'nudged', 'drop_pending']) {
      expect(
        chooseTarget(
          { type: 'done' },
          prompts({ assignments: [assignment('K7P', state, null, started)] }),
          NOW,
        ),
      ).toMatchObject({ kind: 'done', assignmentId: 'a-K7P', withoutCheckIn: true });
    }
  });

  it('takes DONE after the worker was asked for it', () => {
    expect(
      chooseTarget(
        { type: 'done' },
        prompts({ assignments: [assignment('K7P', 'checked_in', 'done_asked')] }),
        NOW,
      ),
    ).toMatchObject({ kind: 'done', assignmentId: 'a-K7P', withoutCheckIn: false });
  });

  it('drops a held shift, asking which when there are several', () => {
    const two = prompts({
      assignments: [
        assignment('K7P', 'booked'),
        assignment('M3R', 'booked', null, '2026-12-05T14:00:00Z'),
      ],
    });
    expect(chooseTarget({ type: 'drop' }, two, NOW).kind).toBe('which_one');
    expect(chooseTarget({ type: 'drop', code: 'M3R' }, two, NOW)).toEqual({
      kind: 'assignment',
      assignmentId: 'a-M3R',
      event: { type: 'reply.drop' },
    });
    expect(chooseTarget({ type: 'drop' }, prompts({}), NOW)).toEqual({
      kind: 'nothing',
      why: 'nothing_to_drop',
    });
  });
});
