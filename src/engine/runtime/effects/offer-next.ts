import { offerFlow, type OfferContext } from '../../../../flows/offer';
import { isDuplicateKeyError } from '../../../db/duplicate-key';
import { insertOne } from '../../../db/insert-batcher';
import type { Offer as OfferDoc } from '../../../models/offer';
import { offerExpiry, type OfferStrategy } from '../../../domain/offer-plan';
import { offerSendTime } from '../../../domain/quiet-hours';
import type { OfferBatch } from '../../../models/offer-batch';
import type { Organisation } from '../../../models/organisation';
import type { Shift } from '../../../models/shift';
import { takeNextOnWaitList } from '../../../programme/wait-list';
import type { Effect } from '../../types';
import { loadRankingInput } from '../candidates';
import { eachLimit } from '../concurrently';
import { chooseOffers, strategyFor } from '../offer-choice';
import { offerTimingOf } from '../organisation-settings';
import { withFreshCode } from '../short-codes';
import { startFlow } from '../store';
import type { Cause, EngineRuntime } from '../types';
import { fillIfFull } from './seats';
import { clearUnfilled, reportUnfilled } from './unfilled';

type OfferNext = Pick<Extract<Effect, { type: 'offerNext' }>, 'shiftId' | 'urgent' | 'dedupeKey'>;
type Choice = OfferBatch['choices'][number];

/**
 * Offers made at once. Each offer is a few inserts in turn; with this many in flight, each
 * insert command carries hundreds of documents (src/db/group-commit.ts).
 */
const FAN_OUT_LANES = 10_000;

/**
 * Offers the shift to the next people: rank, plan with the organisation's strategy, then an
 * Offer and an offer flow for each. Who was chosen is stored under the effect's dedupeKey, so a
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
  const organisation = await runtime.directory.organisationOrFail(shift.organisation);
  const terms = { ...batch, strategy: strategyFor(shift, organisation) };
  // Many at once, so their inserts share commands (src/db/insert-batcher.ts).
  await eachLimit(batch.choices, FAN_OUT_LANES, (choice) =>
    offerTo(runtime, shift, organisation, terms, choice, cause),
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
  const [input, organisation, seatsTaken] = await Promise.all([
    loadRankingInput(runtime, shift, effect.urgent),
    runtime.directory.organisationOrFail(shift.organisation),
    Assignment.countDocuments({ shift: shift._id }),
  ]);
  // A programme shift's open place goes to the first on its wait list before anyone else.
  const waiting =
    shift.programme && seatsTaken < shift.places
      ? await takeNextOnWaitList(runtime, shift)
      : undefined;
  const { ranking, plan } = chooseOffers(input, {
    strategy: strategyFor(shift, organisation),
    placesLeft: shift.places - seatsTaken,
    now,
    ...(waiting ? { waiting } : {}),
  });
  runtime.log.debug(
    { shiftId: shift._id.toString(), chosen: plan.personIds, excluded: ranking.excluded },
    'offer plan',
  );
  const choices = plan.personIds.map((personId) => {
    const ranked = ranking.eligible.find((e) => e.personId === personId);
    return { person: personId, rank: ranked?.rank ?? 0, reasons: ranked?.reasons ?? [] };
  });
  const placesLeft = shift.places - seatsTaken;
  const nobodyLeft = choices.length === 0 && input.openOffers === 0 && placesLeft > 0;
  try {
    const created = await Batches.create({
      _id: effect.dedupeKey,
      shift: shift._id,
      choices,
      urgent: effect.urgent,
      ...(nobodyLeft ? { unfilled: { places: placesLeft, offered: input.offered.length } } : {}),
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
 * When the person is texted: at once, or when their quiet hours end (their zone, else their
 * organisation's; the shift's organisation's quiet hours). The offer is open from then.
 */
export async function sendTimes(
  runtime: EngineRuntime,
  shift: Shift,
  organisation: Partial<Organisation>,
  terms: { urgent: boolean; strategy: OfferStrategy },
  personId: { toString(): string },
): Promise<{ sendAt: Date; expiresAt: Date }> {
  const now = runtime.clock.now();
  const timing = offerTimingOf(organisation);
  let sendAt = now;
  if (timing.quietHours) {
    const person = await runtime.directory.person(personId);
    const home = person ? await runtime.directory.organisation(person.organisation) : null;
    const zone = person?.timeZone ?? home?.timeZone ?? organisation.timeZone ?? 'UTC';
    sendAt = offerSendTime({ now, zone, shiftStart: shift.start, urgent: terms.urgent, ...timing });
  }
  return { sendAt, expiresAt: offerExpiry(terms.strategy, shift, sendAt) };
}

async function offerTo(
  runtime: EngineRuntime,
  shift: Shift,
  organisation: Partial<Organisation>,
  terms: { urgent: boolean; strategy: OfferStrategy },
  choice: Choice,
  cause: Cause,
): Promise<void> {
  const { Offer } = runtime.models;
  const key = { shift: shift._id, person: choice.person };
  const { sendAt, expiresAt } = await sendTimes(runtime, shift, organisation, terms, choice.person);
  // Held past the end of the shift: nothing left to offer.
  if (expiresAt.getTime() <= sendAt.getTime()) return;
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
    sendAt: (offer.sendAt ?? offer.createdAt).toISOString(),
    expiresAt: offer.expiresAt.toISOString(),
    seat: null,
  };
  await startFlow(runtime, offerFlow, context, cause);
}
