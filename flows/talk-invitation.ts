/**
 * talk-invitation — an organisation asks a person it found in its candidate search to talk.
 *
 *   created ─▶ asked              send invitation.talk (the organisation's words, the code)
 *   created ─▶ held               (sendAt still to come: the person's quiet hours) timer send
 *     held ── send timer ──────▶ asked    send invitation.talk
 *
 * Once asked, the invitation is an open prompt: the person's YES or NO is answered by the
 * conversation (src/conversation/talk-invitations.ts), which gives the organisation's
 * coordinators the name and number only on YES. The text goes from the organisation's number.
 */
import { send, setTimer } from '../src/engine/effects';
import { defineFlow } from '../src/engine/flow';

export interface TalkInvitationContext {
  invitationId: string;
  personId: string;
  /** The inviting organisation: its number sends the text, its name is in it. */
  organisationId: string;
  /** Short code the person can quote when several prompts are open ("YES K7P"). */
  code: string;
  /** The organisation's own words. */
  words: string;
  /** When it is texted: at once, or when the person's quiet hours end (ISO). */
  sendAt: string;
}

export type TalkInvitationEvent = { type: 'timer.send'; timerId: string };

export type TalkInvitationState = 'held' | 'asked';

export const talkSendTimerId = (c: TalkInvitationContext): string => `talk:${c.invitationId}:send`;

const heldAt = (c: TalkInvitationContext, now: Date): boolean => new Date(c.sendAt) > now;

const ask = (c: TalkInvitationContext) => [
  send(c.personId, 'invitation.talk', { words: c.words, code: c.code }),
];

export const talkInvitationFlow = defineFlow<
  TalkInvitationContext,
  TalkInvitationEvent,
  TalkInvitationState
>({
  id: 'talk-invitation',
  initial: 'asked',
  key: (c) => `talk:${c.invitationId}`,
  start: {
    state: (c, now) => (heldAt(c, now) ? 'held' : 'asked'),
    effects: (c, now) =>
      heldAt(c, now)
        ? [setTimer(talkSendTimerId(c), new Date(c.sendAt), { type: 'timer.send' })]
        : ask(c),
  },
  states: {
    held: { on: { 'timer.send': [{ target: 'asked', effects: ask }] } },
    asked: { final: true },
  },
});
