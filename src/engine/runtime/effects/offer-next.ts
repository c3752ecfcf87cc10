import { offerFlow, type OfferContext } from '../../../../flows/offer';
import { isDuplicateKeyError } from '../../../db/duplicate-key';
import { insertOne } from '../../../db/insert-batcher';
import type { Offer as OfferDoc } from '../../../models/offer';
import type { OfferBatch } from '../../../models/offer-batch';
import type { Shift } from '../../../models/shift';
import { takeNextOnWaitList } from '../../../programme/wait-list';
import type { Effect } from '../../types';
import { eachLimit } from '../concurrently';
import { planInvitations } from '../invitations';
import { startsSoon } from '../../../domain/programme';
import { withFreshCode } from '../short-codes';
import { startFlow } from '../store';
import type { Cause, EngineRuntime } from '../types';
import { fillIfFull } from './seats';
import { clearUnfilled, reportUnfilled } from './unfilled';

type OfferNext = Pick<
  Extract<Effect, { type: 'offerNext' }>,
  'shiftId' | 'urgent' | 'dedupeKey'
> & {
  /** A person the organisation invited (inviteToShift): offered the place before anyone ranked. */
  invited?: { person: string; invitation: string; by: string };
};
type Choice = OfferBatch['choices'][number];

/**
 * Offers made at once. Each offer is a few inserts in turn; with this many in flight, each
 * insert command carries hundreds of documents (src/db/group-commit.ts).
 */
const FAN_OUT_LANES = 10_000;

/**
 * Offers the shift to the next people (planInvitations), then an Offer and an offer
 * flow for each. Who was chosen is stored under the effect's dedupeKey, so a
 * repeated dispatch offers the same people, each once. (The effect's `count` is not needed:
 * the plan counts the places left and the offers still open.)
 */
export async function runOfferNext(
  runtime: EngineRuntime,
  effect: OfferNext,
  cause: Cause,
): Promise<void> {
  const shift = await runtime.directory.shift(effect.shiftId);
  if (!shift || shift.state === 'cancelled') return;
  const batch =
    (await runtime.models.OfferBatch.findById(effect.dedupeKey).lean()) ??
    (await planBatch(runtime, shift, effect));
  // Each offer's text reads its person: all of them at once, then from memory.
  await runtime.directory.warmPeople(batch.choices.map((c) => c.person));
  // Many at once, so their inserts share commands (src/db/insert-batcher.ts).
  await eachLimit(batch.choices, FAN_OUT_LANES, (choice) =>
    offerTo(runtime, shift, batch, choice, cause),
  );
  if (batch.unfilled) await reportUnfilled(runtime, shift, batch.unfilled);
  if (batch.choices.length > 0) {
    await clearUnfilled(runtime, shift);
    // An offer made while the last seat was being taken may have missed "filled".
    await fillIfFull(runtime, shift, cause);
  }
}

async function planBatch(runtime: EngineRuntime, shift: Shift, effect: OfferNext) {
  const { Assignment, OfferBatch: Batches } = runtime.models;
  const now = runtime.clock.now();
  const seatsTaken = await Assignment.countDocuments({ shift: shift._id });
  const { invited } = effect;
  // An invited person is offered the place first; a programme shift's goes to the first on its
  // wait list before anyone else.
  const firstInLine =
    invited?.person ??
    (shift.programme && seatsTaken < shift.places
      ? await takeNextOnWaitList(runtime, shift)
      : undefined);
  const fromWaitList = firstInLine !== undefined && !invited;
  const urgent = fromWaitList ? effect.urgent && startsSoon(shift, now) : effect.urgent;
  const plan = await planInvitations(runtime, shift, {
    urgent,
    seatsTaken,
    ...(firstInLine !== undefined && { firstInLine }),
    ...(invited && { invited: true }),
  });
  runtime.log.debug(
    {
      shiftId: shift._id.toString(),
      chosen: plan.invitations.map((i) => i.person),
      excluded: plan.excluded,
    },
    'offer plan',
  );
  const placesLeft = shift.places - seatsTaken;
  const nobodyLeft = plan.invitations.length === 0 && plan.openOffers === 0 && placesLeft > 0;
  try {
    const created = await Batches.create({
      _id: effect.dedupeKey,
      shift: shift._id,
      choices: plan.invitations.map((i) => ({
        ...i,
        ...(i.person === firstInLine &&
          (invited
            ? { invitation: invited.invitation, reasons: [`invited by ${invited.by}`] }
            : { fromWaitList: true })),
      })),
      urgent,
      ...(nobodyLeft ? { unfilled: { places: placesLeft, offered: plan.offered } } : {}),
      expiresAt: plan.expiresAt,
      at: now,
    });
    return created.toObject();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    return Batches.findById(effect.dedupeKey).orFail().lean();
  }
}

/**
 * Offers the shift to a person its organisation invited from the candidate search: their own
 * offer, made as any other (quiet hours, expiry, YES claims a seat), saying it is an invitation.
 * The invitation names the batch, so a repeated call offers once.
 */
export function inviteToShift(
  runtime: EngineRuntime,
  shift: Pick<Shift, '_id'>,
  invitation: {
    _id: { toString(): string };
    person: { toString(): string };
    by: { name: string };
  },
  cause: Cause,
): Promise<void> {
  const shiftId = shift._id.toString();
  const id = invitation._id.toString();
  return runOfferNext(
    runtime,
    {
      shiftId,
      urgent: false,
      dedupeKey: `invitation:${id}`,
      invited: { person: invitation.person.toString(), invitation: id, by: invitation.by.name },
    },
    cause,
  );
}

async function offerTo(
  runtime: EngineRuntime,
  shift: Shift,
  terms: Pick<OfferBatch, 'urgent' | 'at' | 'expiresAt'>,
  choice: Choice,
  cause: Cause,
): Promise<void> {
  const { Offer, CandidateInvitation } = runtime.models;
  const key = { shift: shift._id, person: choice.person };
  const invitation =
    choice.invitation &&
    (await CandidateInvitation.findById(choice.invitation, { message: 1 }).lean());
  // A batch planned before choices carried their times: sent at once, closing with the batch.
  const sendAt = choice.sendAt ?? terms.at;
  const expiresAt = choice.expiresAt ?? terms.expiresAt;
  const offer = await withFreshCode(async (code) => {
    try {
      return (await insertOne(Offer, {
        ...key,
        code,
        rank: choice.rank,
        reasons: choice.reasons,
        urgent: terms.urgent,
        sendAt,
        expiresAt,
        createdAt: runtime.clock.now(),
      })) as unknown as OfferDoc;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // Offered before (one offer per person and shift), or the person already has this code.
      return (await Offer.findOne(key).lean()) ?? 'code_taken';
    }
  });
  const context: OfferContext = {
    offerId: offer._id.toString(),
    shiftId: shift._id.toString(),
    personId: choice.person.toString(),
    code: offer.code,
    shiftStart: shift.start.toISOString(),
    shiftEnd: shift.end.toISOString(),
    place: shift.place,
    ...(shift.area ? { area: shift.area } : {}),
    ...(shift.accessNotes ? { accessNotes: shift.accessNotes } : {}),
    urgent: offer.urgent,
    ...(shift.programme && { waitList: true }),
    ...(choice.fromWaitList && { fromWaitList: true }),
    ...(invitation && { invited: invitation.message ? { words: invitation.message } : {} }),
    sendAt: (offer.sendAt ?? offer.createdAt).toISOString(),
    expiresAt: offer.expiresAt.toISOString(),
    seat: null,
  };
  await startFlow(runtime, offerFlow, context, cause);
}
