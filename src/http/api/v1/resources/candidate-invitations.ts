import { Types } from 'mongoose';
import type { z } from 'zod';
import { askToTalk } from '../../../../conversation/talk-invitations';
import { isDuplicateKeyError } from '../../../../db/duplicate-key';
import { inviteToShift } from '../../../../engine/runtime/events';
import { isOptedOutOf, ownSender } from '../../../../messaging/opt-out';
import {
  INVITATIONS_PER_DAY,
  knownUntil,
  type CandidateInvitation,
} from '../../../../models/candidate-invitation';
import type { OrganisationDoc } from '../../../../directory/directory';
import type { Person } from '../../../../models/person';
import type { Shift } from '../../../../models/shift';
import { localDate } from '../../../../programme/activity';
import type { Runtime } from '../../../../runtime';
import type { Caller } from '../auth/api-keys';
import { ApiError } from '../errors/api-error';
import { route } from '../route';
import {
  candidateInvitationCreate,
  candidateInvitationView,
} from '../schemas/candidate-invitation';
import { iso } from '../schemas/common';
import { personIdParams } from '../schemas/shared-record';
import { notFound, tenancyOf } from '../tenancy';
import { searchScope } from '../candidate-scope';

const conflict = (message: string) => new ApiError(409, 'state_conflict', message);

/** The caller's own shift the person may be offered: open, not started, a place free for them. */
async function shiftToOffer(
  runtime: Runtime,
  caller: Caller,
  person: Person,
  shiftId: string,
): Promise<Shift> {
  const { Shift: Shifts, Assignment, Offer } = runtime.models;
  const shift = await Shifts.findOne({ _id: shiftId, organisation: caller.organisationId }).lean();
  if (!shift) throw notFound('shift');
  if (shift.state !== 'open') throw conflict(`the shift is ${shift.state}: it takes no one now`);
  if (shift.start <= runtime.clock.now()) throw conflict('the shift has started');
  if (shift.programme)
    throw conflict("a programme's places go to its participants: invite them to talk instead");
  const key = { shift: shift._id, person: person._id };
  const [held, offered, seatsTaken] = await Promise.all([
    Assignment.exists(key),
    Offer.exists(key),
    Assignment.countDocuments({ shift: shift._id }),
  ]);
  if (held) throw conflict('the person already holds a place on this shift');
  if (offered) throw conflict('the person has been offered this shift already');
  if (seatsTaken >= shift.places) throw conflict('every place on the shift is taken');
  return shift;
}

/** A person who sent the caller's number STOP is not texted, invited or not. */
function refuseIfOptedOut(person: Person, organisation: OrganisationDoc) {
  if (isOptedOutOf(person, ownSender(organisation, person.channel) ?? ''))
    throw conflict('the person has opted out of texts from you');
}

/**
 * Records the invitation in the first free slot of the caller's day: the unique index keeps the
 * count at INVITATIONS_PER_DAY however many requests race.
 */
async function recordInvitation(
  runtime: Runtime,
  organisation: OrganisationDoc,
  fields: Pick<CandidateInvitation, 'person' | 'kind' | 'by'> & {
    shift?: { _id: Types.ObjectId; end: Date };
    message?: string;
  },
): Promise<CandidateInvitation> {
  const { CandidateInvitation: Invitations } = runtime.models;
  const now = runtime.clock.now();
  const day = localDate(now, organisation.timeZone);
  const key = { person: fields.person, organisation: organisation._id, day };
  const taken = await Invitations.countDocuments(key);
  const { shift, ...rest } = fields;
  for (let slot = taken; slot < INVITATIONS_PER_DAY; slot += 1) {
    try {
      const created = await Invitations.create({
        ...rest,
        ...(shift && { shift: shift._id }),
        knownUntil: knownUntil(now, shift),
        ...key,
        slot,
        ...(fields.kind === 'talk' && { state: 'open' }),
        at: now,
      });
      return created.toObject();
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  throw conflict(
    `the person has been invited ${INVITATIONS_PER_DAY} times today, the most in a day: try tomorrow`,
  );
}

/** Who invited whom, to what, on the organisation's audit trail. */
async function audit(runtime: Runtime, invitation: CandidateInvitation): Promise<void> {
  await runtime.models.AuditEvent.create({
    person: invitation.person,
    organisation: invitation.organisation,
    action: 'candidate.invite',
    outcome: invitation.kind,
    data: {
      invitation: invitation._id.toString(),
      ...(invitation.shift && { shift: invitation.shift.toString() }),
      by: invitation.by.name,
      apiKey: invitation.by.apiKey,
    },
    at: invitation.at,
  });
}

async function viewOf(
  runtime: Runtime,
  invitation: CandidateInvitation,
): Promise<z.input<typeof candidateInvitationView>> {
  const offer =
    invitation.shift &&
    (await runtime.models.Offer.findOne(
      { shift: invitation.shift, person: invitation.person },
      { sendAt: 1, expiresAt: 1, createdAt: 1 },
    ).lean());
  return {
    invitationId: invitation._id.toString(),
    personId: invitation.person.toString(),
    kind: invitation.kind,
    shiftId: invitation.shift?.toString() ?? null,
    message: invitation.message ?? null,
    at: iso(invitation.at),
    offer: offer
      ? {
          offerId: offer._id.toString(),
          sendAt: iso(offer.sendAt ?? offer.createdAt),
          expiresAt: iso(offer.expiresAt),
        }
      : null,
  };
}

/** POST /candidates/:personId/invitations. */
export const inviteCandidate = route({
  method: 'post',
  path: '/candidates/:personId/invitations',
  operationId: 'inviteCandidate',
  summary: 'Invites a person from the candidate search: to one of your shifts, or to talk',
  description:
    'Only a person the candidate search finds for you may be invited. To a shift: they are ' +
    'offered it as any offer (after their quiet hours; YES takes a place, NO declines), with ' +
    'your words if given; the shift must be yours, open, not started, with a place free and not ' +
    'offered to them before. To talk: they are texted your words and asked to reply YES to share ' +
    'their number with you (your coordinators are then texted their name and number) or NO (your ' +
    `coordinators are told it was declined, nothing more). At most ${INVITATIONS_PER_DAY} ` +
    'invitations a day to one person.',
  example: { kind: 'talk', message: 'We are hiring cooks for the spring. Can we call you?' },
  role: 'coordinator',
  params: personIdParams,
  body: candidateInvitationCreate,
  response: candidateInvitationView,
  status: 201,
  errors: {
    404: 'No such person among your candidates, or no such shift of yours.',
    409:
      'The shift is not open, has started, is full, is a programme’s, or was offered to them ' +
      `already; they opted out of your texts; or they were invited ${INVITATIONS_PER_DAY} ` +
      'times today (code state_conflict, the reason in message).',
  },
  handle: async ({ runtime, caller, params, body }) => {
    const tenancy = await tenancyOf(runtime, caller.organisationId);
    const [found] = await searchScope(runtime, tenancy, new Types.ObjectId(params.personId));
    if (!found) throw notFound('person');
    const { person } = found;
    const organisation = await runtime.directory.organisationOrFail(caller.organisationId);
    refuseIfOptedOut(person, organisation);
    const shift =
      body.kind === 'shift' && (await shiftToOffer(runtime, caller, person, body.shiftId));
    const key = await runtime.models.ApiKey.findById(caller.keyId, { name: 1 }).lean();
    const invitation = await recordInvitation(runtime, organisation, {
      person: person._id,
      kind: body.kind,
      by: { apiKey: caller.keyId, name: key?.name ?? caller.keyId },
      ...(shift && { shift }),
      ...(body.message !== undefined && { message: body.message }),
    });
    await audit(runtime, invitation);
    const cause = { kind: 'api' as const, ref: `invitation:${invitation._id.toString()}` };
    if (shift) await inviteToShift(runtime, shift, invitation, cause);
    else await askToTalk(runtime, invitation, cause);
    return viewOf(runtime, invitation);
  },
});
