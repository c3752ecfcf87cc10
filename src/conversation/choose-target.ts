import type { PlaceInLanguages } from '../engine/runtime/message-vars';
import type { ActiveAssignment, OpenOffer, PendingConfirmation } from '../engine/runtime/queries';
import type { AssignmentReply } from '../engine/runtime/events';
import type { OpenTalk } from './talk-invitations';
import type { Intent } from './types';

/** A target that changes something: the prompts a reply can answer. */
export type Acting = Exclude<Target, { kind: 'which_one' | 'nothing' | 'several' }>;

/** Everything a person could be answering right now. */
export interface OpenPrompts {
  offers: OpenOffer[];
  assignments: ActiveAssignment[];
  confirmations: PendingConfirmation[];
  /** Organisations' invitations to talk, waiting for YES or NO. */
  talks: OpenTalk[];
}

/** One prompt the person can pick by its code in a "which one?" list: a shift, or a talk. */
export type Option =
  | {
      code: string;
      shiftStart: Date;
      shiftEnd: Date;
      place: string;
      placeIn?: PlaceInLanguages;
    }
  | { code: string; talkWith: string };

export type Target =
  | { kind: 'offer'; offerId: string; answer: 'yes' | 'no' }
  | { kind: 'assignment'; assignmentId: string; event: AssignmentReply }
  /** `withoutCheckIn`: the shift has started and HERE never came; DONE checks in first. */
  | {
      kind: 'done';
      assignmentId: string;
      hours?: number;
      note?: string;
      withoutCheckIn: boolean;
    }
  | { kind: 'confirmation'; assignmentId: string; answer: 'ok' | 'no' }
  | { kind: 'talk'; invitationId: string; answer: 'yes' | 'no' }
  /** "YES UR4 9E6", "yes to both": each of these, in the order listed. */
  | { kind: 'several'; targets: Acting[] }
  /** Several prompts fit: ask which, by code, and remember the question. */
  | { kind: 'which_one'; intent: Intent; options: Option[] }
  /** Nothing fits: say so plainly; nothing is changed. */
  | { kind: 'nothing'; why: 'no_prompt' | 'not_checked_in' | 'nothing_to_drop' | 'unknown_code' };

/** HERE counts from this long before the start, as the attendance flow accepts it. */
const CHECK_IN_LEAD_MS = 120 * 60_000;
const BEFORE_CHECK_IN = ['booked', 'nudged', 'drop_pending'];
/** Completion states where DONE is still to come. */
const AWAITING_DONE = ['working', 'done_asked'];
/** States where YES / NO answer the attendance flow ("on your way?", "drop it?"). */
const ASKING_YES_NO = ['nudged', 'drop_pending'];

type Candidate = { option: Option; target: (answer: 'yes' | 'no') => Target };

const optionOf = (p: {
  code: string | null;
  shiftStart: Date;
  shiftEnd: Date;
  place: string;
  placeIn?: PlaceInLanguages;
}): Option & { shiftStart: Date } => ({
  code: p.code ?? '',
  shiftStart: p.shiftStart,
  shiftEnd: p.shiftEnd,
  place: p.place,
  ...(p.placeIn && { placeIn: p.placeIn }),
});

function yesNoCandidates(prompts: OpenPrompts): Candidate[] {
  return [
    ...prompts.offers.map((o) => ({
      option: optionOf(o),
      target: (answer: 'yes' | 'no'): Target => ({ kind: 'offer', offerId: o.offerId, answer }),
    })),
    ...prompts.confirmations.map((c) => ({
      option: optionOf(c),
      target: (answer: 'yes' | 'no'): Target => ({
        kind: 'confirmation',
        assignmentId: c.assignmentId,
        answer: answer === 'yes' ? 'ok' : 'no',
      }),
    })),
    ...prompts.assignments
      .filter((a) => a.attendanceState !== null && ASKING_YES_NO.includes(a.attendanceState))
      .map((a) => ({
        option: optionOf(a),
        target: (answer: 'yes' | 'no'): Target => ({
          kind: 'assignment',
          assignmentId: a.assignmentId,
          event: { type: answer === 'yes' ? 'reply.yes' : 'reply.no' },
        }),
      })),
    ...prompts.talks.map((t) => ({
      option: { code: t.code, talkWith: t.organisationName },
      target: (answer: 'yes' | 'no'): Target => ({
        kind: 'talk',
        invitationId: t.invitationId,
        answer,
      }),
    })),
  ];
}

/** Exactly one fits: that one. A code picks among several. Otherwise ask, or say nothing fits. */
function pick<T extends { option: Option }>(
  intent: Intent,
  candidates: T[],
  code: string | undefined,
  none: Extract<Target, { kind: 'nothing' }>['why'],
): T | Target {
  if (code) {
    const match = candidates.find((c) => c.option.code === code);
    if (match) return match;
    return candidates.length > 0
      ? { kind: 'which_one', intent, options: candidates.map((c) => c.option) }
      : { kind: 'nothing', why: 'unknown_code' };
  }
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) return { kind: 'nothing', why: none };
  return { kind: 'which_one', intent, options: candidates.map((c) => c.option) };
}

const isTarget = (value: object): value is Target => 'kind' in value;

/**
 * One YES or NO to several prompts: every code must name one of them (else ask which, nothing
 * changed); "both" takes the two open (more than two: ask which); "all" takes every one.
 */
function pickSeveral(
  intent: Extract<Intent, { type: 'yes' | 'no' }>,
  candidates: Candidate[],
): Target {
  const ask: Target = {
    kind: 'which_one',
    intent: { type: intent.type },
    options: candidates.map((c) => c.option),
  };
  if (candidates.length === 0)
    return { kind: 'nothing', why: intent.codes ? 'unknown_code' : 'no_prompt' };
  const chosen = intent.codes
    ? intent.codes.map((code) => candidates.find((c) => c.option.code === code))
    : candidates;
  if (chosen.some((c) => !c) || (intent.each === 'both' && candidates.length > 2)) return ask;
  return {
    kind: 'several',
    targets: chosen.flatMap((c) => (c ? [c.target(intent.type) as Acting] : [])),
  };
}

/**
 * Which open prompt a reply answers. Pure: the caller loads the prompts and acts on the answer.
 * A YES is never applied to a prompt the person might not mean: with several open, they are
 * asked which one, by code.
 */
export function chooseTarget(intent: Intent, prompts: OpenPrompts, now: Date): Target {
  const code = 'code' in intent ? intent.code : undefined;
  switch (intent.type) {
    case 'yes':
    case 'no': {
      if (intent.codes || intent.each) return pickSeveral(intent, yesNoCandidates(prompts));
      const chosen = pick(intent, yesNoCandidates(prompts), code, 'no_prompt');
      return isTarget(chosen) ? chosen : chosen.target(intent.type);
    }
    case 'here':
    case 'late': {
      const startingSoon = prompts.assignments
        .filter((a) => a.attendanceState === null || BEFORE_CHECK_IN.includes(a.attendanceState))
        .filter(
          (a) => a.shiftStart.getTime() - CHECK_IN_LEAD_MS <= now.getTime() && now < a.shiftEnd,
        )
        .map((a) => ({ option: optionOf(a), assignmentId: a.assignmentId }));
      const chosen = pick(intent, startingSoon, code, 'not_checked_in');
      if (isTarget(chosen)) return chosen;
      const event: AssignmentReply =
        intent.type === 'here'
          ? { type: 'reply.here' }
          : { type: 'reply.late', minutes: intent.minutes ?? 15 };
      return { kind: 'assignment', assignmentId: chosen.assignmentId, event };
    }
    case 'done': {
      const working = prompts.assignments.flatMap((a) => {
        const checkedIn =
          a.attendanceState === 'checked_in' &&
          a.completionState !== null &&
          AWAITING_DONE.includes(a.completionState);
        // Worked without saying HERE: DONE is believed once the shift has started.
        const forgotHere =
          a.attendanceState !== null &&
          BEFORE_CHECK_IN.includes(a.attendanceState) &&
          a.shiftStart <= now;
        if (!checkedIn && !forgotHere) return [];
        return [{ option: optionOf(a), assignmentId: a.assignmentId, withoutCheckIn: forgotHere }];
      });
      const chosen = pick(intent, working, code, 'not_checked_in');
      if (isTarget(chosen)) return chosen;
      return {
        kind: 'done',
        assignmentId: chosen.assignmentId,
        hours: intent.hours,
        note: intent.note,
        withoutCheckIn: chosen.withoutCheckIn,
      };
    }
    case 'drop': {
      const held = prompts.assignments
        .filter((a) => a.attendanceState === null || BEFORE_CHECK_IN.includes(a.attendanceState))
        .map((a) => ({ option: optionOf(a), assignmentId: a.assignmentId }));
      const unwell = intent.reason === 'unwell';
      // "No, I'm sick" to an offer, holding nothing: a no to the offer.
      if (unwell && held.length === 0 && prompts.offers.length > 0) {
        const declined: Intent = { type: 'no', ...(code ? { code } : {}) };
        return chooseTarget(declined, { ...prompts, confirmations: [] }, now);
      }
      const chosen = pick(intent, held, code, 'nothing_to_drop');
      if (isTarget(chosen)) return chosen;
      return {
        kind: 'assignment',
        assignmentId: chosen.assignmentId,
        event: { type: unwell ? 'reply.unwell' : 'reply.drop' },
      };
    }
    default:
      return { kind: 'nothing', why: 'no_prompt' };
  }
}
