import type { Types } from 'mongoose';
import { peopleWithRole } from '../engine/runtime/first-coordinator';
import { codeFor } from '../engine/runtime/short-codes';
import { inviteSendTime } from '../engine/runtime/invitations';
import { startFlow } from '../engine/runtime/store';
import type { Cause, EngineRuntime } from '../engine/runtime/types';
import { talkInvitationFlow, type TalkInvitationContext } from '../../flows/talk-invitation';
import { isLanguage, type Language, type MessageKey } from '../i18n';
import { queueText } from '../messaging/outbox';
import type { CandidateInvitation } from '../models/candidate-invitation';

/**
 * An organisation's invitation to talk (POST /candidates/:personId/invitations, kind talk): the
 * person is texted the organisation's words and answers YES (their name and number go to its
 * coordinators: that is the consent) or NO (the coordinators hear "declined", nothing personal).
 * The question is an open prompt like an offer, with its own short code, so a YES with an offer
 * open too is asked "which one?".
 */

const entityOf = (invitationId: string) => `invitation:${invitationId}`;

const languageOf = (person: { language?: string | null }): Language =>
  isLanguage(person.language) ? person.language : 'en';

/** An invitation to talk still waiting for YES or NO. */
export interface OpenTalk {
  invitationId: string;
  code: string;
  /** The inviting organisation, as its name reads. */
  organisationName: string;
}

/**
 * Asks the person, from the organisation's number, with its words: at once, or when the
 * person's quiet hours end (the talk-invitation flow holds the text till then).
 */
export async function askToTalk(
  runtime: EngineRuntime,
  invitation: Pick<CandidateInvitation, '_id' | 'person' | 'organisation' | 'message'>,
  cause: Cause,
): Promise<void> {
  const id = invitation._id.toString();
  const personId = invitation.person.toString();
  const organisation = await runtime.directory.organisationOrFail(invitation.organisation);
  const sendAt = await inviteSendTime(runtime, organisation, personId);
  await runtime.models.CandidateInvitation.updateOne({ _id: invitation._id }, { $set: { sendAt } });
  const context: TalkInvitationContext = {
    invitationId: id,
    personId,
    organisationId: organisation._id.toString(),
    code: await codeFor(runtime, personId, entityOf(id)),
    words: invitation.message ?? '',
    sendAt: sendAt.toISOString(),
  };
  await startFlow(runtime, talkInvitationFlow, context, cause);
}

/**
 * The person's invitations to talk still open, oldest first: texted already (not held for the
 * night: nothing the person could be answering yet), unanswered, and not past knownUntil, when
 * the person's texts to the organisation's number are a stranger's again. Open prompts (YES, NO,
 * HELP) and STATUS all read them here.
 */
export async function openTalksFor(
  runtime: EngineRuntime,
  person: Types.ObjectId,
  now: Date,
): Promise<OpenTalk[]> {
  const invitations = await runtime.models.CandidateInvitation.find(
    { person, kind: 'talk', state: 'open', knownUntil: { $gt: now }, sendAt: { $lte: now } },
    { organisation: 1, at: 1 },
  ).lean();
  // Not one held for the night (nothing the person could be answering yet), nor one past its
  // knownUntil (the person is a stranger to the organisation again, and the question lapsed).
  const open = invitations.sort((a, b) => a.at.getTime() - b.at.getTime());
  return Promise.all(
    open.map(async (invitation) => {
      const id = invitation._id.toString();
      const organisation = await runtime.directory.organisationOrFail(invitation.organisation);
      return {
        invitationId: id,
        code: await codeFor(runtime, person.toString(), entityOf(id)),
        organisationName: organisation.name,
      };
    }),
  );
}

/** What became of an answer: the invitation's new state, or why nothing changed. */
export type TalkAnswer =
  | { handled: true; snapshot: { state: 'accepted' | 'declined' } }
  | { handled: false; reason: 'final_state' };

/**
 * YES: the organisation's coordinators get the person's name and number, and an AuditEvent
 * records the consent. NO: they are told it was declined, nothing more. The person is told
 * either way. The first answer stands; texts are keyed by the invitation, so an answer processed
 * twice texts once.
 */
export async function answerTalk(
  runtime: EngineRuntime,
  invitationId: string,
  answer: 'yes' | 'no',
): Promise<TalkAnswer> {
  const { CandidateInvitation, AuditEvent } = runtime.models;
  const state = answer === 'yes' ? 'accepted' : 'declined';
  const now = runtime.clock.now();
  const invitation = await CandidateInvitation.findById(invitationId).lean();
  if (!invitation || invitation.state !== 'open') return { handled: false, reason: 'final_state' };
  await CandidateInvitation.updateOne(
    { _id: invitation._id, state: 'open' },
    { $set: { state, answeredAt: now } },
  );
  const [person, organisation] = await Promise.all([
    runtime.directory.person(invitation.person),
    runtime.directory.organisationOrFail(invitation.organisation),
  ]);
  if (!person) return { handled: false, reason: 'final_state' };
  await AuditEvent.create({
    person: person._id,
    organisation: organisation._id,
    action: 'candidate.talk',
    outcome: state === 'accepted' ? 'number_shared' : 'declined',
    data: { invitation: invitationId },
    at: now,
  });
  const key = entityOf(invitationId);
  const text = (to: typeof person, message: MessageKey, vars: Record<string, string> = {}) =>
    queueText(runtime, {
      dedupeKey: `${key}:${state}:${to._id.toString()}`,
      organisation,
      to: { person: { _id: to._id, language: languageOf(to) } },
      key: message,
      vars,
    });
  await text(person, state === 'accepted' ? 'invitation.shared' : 'invitation.declined');
  for (const id of await peopleWithRole(runtime.models, organisation._id, 'coordinator')) {
    const coordinator = await runtime.directory.person(id);
    if (!coordinator) continue;
    await (state === 'accepted'
      ? text(coordinator, 'invitation.coordinator_shared', {
          name: person.name,
          phone: person.phone ?? '',
        })
      : text(coordinator, 'invitation.coordinator_declined'));
  }
  return { handled: true, snapshot: { state } };
}
