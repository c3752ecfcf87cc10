import {
  replyToAssignment,
  replyToOffer,
  reportDone,
  supervisorAnswer,
} from '../engine/runtime/events';
import { offerEntity } from '../engine/runtime/entities';
import { latestNotice, type OpenOffer } from '../engine/runtime/queries';
import type { ApplyResult } from '../engine/runtime/types';
import type { MessageKey } from '../i18n';
import { waitListAndTell } from '../programme/wait-list-notice';
import type { ReplyDeps } from './act-on-reply';
import type { Acting } from './choose-target';
import { answerTalk, type TalkAnswer } from './talk-invitations';

/** What became of an answer: the state its prompt moved to, or why it did not move. */
export type Answered = ApplyResult | TalkAnswer;

export interface TargetContext {
  cause: { kind: 'reply'; ref: string };
  /** The offers the person had open, to name the one a late YES missed. */
  offers: readonly OpenOffer[];
  /**
   * Answers the person; `shift` names the offer that closed ("Sorry, the shift on …"). A
   * `dedupeKey` given is another text's that says the same: the person gets one of the two.
   */
  reply(
    key: MessageKey,
    shift?: { shiftStart: Date; shiftEnd: Date; place: string },
    dedupeKey?: string,
  ): Promise<unknown>;
}

/**
 * Hands one answer to the flow it is for: an offer, the attendance or completion of a place,
 * a supervisor's confirmation, or an invitation to talk. A YES that found the shift full is wait-listed on a programme
 * shift, else told the offer closed; anything else the flow would not take is "not understood".
 */
export async function applyTarget(
  deps: ReplyDeps,
  context: TargetContext,
  target: Acting,
): Promise<Answered> {
  const { cause, reply } = context;
  switch (target.kind) {
    case 'offer': {
      const result = await replyToOffer(deps, target.offerId, target.answer, cause);
      const filled = result.snapshot?.state === 'filled';
      if (target.answer === 'yes' && filled && (await waitListAndTell(deps, target.offerId))) {
        return result;
      }
      if (!result.handled) {
        const offer = context.offers.find((o) => o.offerId === target.offerId);
        const key = filled ? 'offer.filled' : 'offer.expired';
        // The offer closed while this answer was on its way: the change that closed it tells the
        // person so, under its own key, which this answer takes, so that one of the two goes.
        const notice = await latestNotice(deps, offerEntity(target.offerId), [key]);
        await reply(key, offer, notice?.dedupeKey);
      }
      return result;
    }
    case 'assignment': {
      const result = await replyToAssignment(deps, target.assignmentId, target.event, cause);
      if (!result.handled) await reply('fallback');
      return result;
    }
    case 'done': {
      if (target.withoutCheckIn) {
        const checkIn = { type: 'reply.done' } as const;
        const checkedIn = await replyToAssignment(deps, target.assignmentId, checkIn, cause);
        if (!checkedIn.handled) {
          await reply('fallback');
          return checkedIn;
        }
      }
      const report = { hours: target.hours, note: target.note };
      const result = await reportDone(deps, target.assignmentId, report, cause);
      if (!result.handled) await reply('fallback');
      return result;
    }
    case 'confirmation': {
      const result = await supervisorAnswer(deps, target.assignmentId, target.answer, cause);
      if (!result.handled) await reply('fallback');
      return result;
    }
    case 'talk': {
      const result = await answerTalk(deps, target.invitationId, target.answer);
      if (!result.handled) await reply('fallback');
      return result;
    }
  }
}
