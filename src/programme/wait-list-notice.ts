import { offerEntity } from '../engine/runtime/entities';
import type { EngineRuntime } from '../engine/runtime/types';
import { isLanguage } from '../i18n';
import { queueText } from '../messaging/outbox';
import { joinWaitList } from './wait-list';

/**
 * A YES to a programme shift that found every place taken: the person joins the wait list and
 * is told their place on it, once per offer however their YES lost (claim race or late reply).
 * false for any other shift.
 */
export async function waitListAndTell(runtime: EngineRuntime, offerId: string): Promise<boolean> {
  const joined = await joinWaitList(runtime, offerId);
  if (!joined) return false;
  const { Offer } = runtime.models;
  const offer = await Offer.findById(offerId, { person: 1, shift: 1 }).orFail().lean();
  const shift = await runtime.directory.shiftOrFail(offer.shift);
  const [person, organisation] = await Promise.all([
    runtime.directory.personOrFail(offer.person),
    runtime.directory.organisationOrFail(shift.organisation),
  ]);
  await queueText(runtime, {
    dedupeKey: `${offerEntity(offerId)}:wait-listed`,
    organisation,
    to: {
      person: { _id: person._id, language: isLanguage(person.language) ? person.language : 'en' },
    },
    key: 'programme.wait_listed',
    vars: joined,
  });
  return true;
}
