import { Types } from 'mongoose';
import { isLanguage } from '../../../../i18n';
import { queueText } from '../../../../messaging/outbox';
import type { OutboundMessage } from '../../../../models/outbound-message';
import type { Person } from '../../../../models/person';
import type { Runtime } from '../../../../runtime';
import type { Caller } from '../auth/api-keys';
import { notFound, personVisibility, tenancyOf } from '../tenancy';

/**
 * A coordinator's own words to one of the organisation's people, through the normal outbound
 * queue (opt-out, channel and pacing as for any text), recorded with the key that sent them. It
 * answers the person's open hand-off: their next text a person must read opens a new one, and
 * the coordinator is texted again. A partner's worker (read-only to us) is a 404, as elsewhere.
 */
export async function sendToPerson(
  runtime: Runtime,
  caller: Caller,
  personId: string,
  message: { text: string; ref?: string | undefined },
): Promise<OutboundMessage> {
  const { Person, Organisation, ApiKey, HandOff } = runtime.models;
  const [tenancy, person] = await Promise.all([
    tenancyOf(runtime, caller.organisationId),
    Person.findById(personId).lean<Person>(),
  ]);
  if (!person || personVisibility(person, tenancy) !== 'own') throw notFound('person');
  const [organisation, key] = await Promise.all([
    Organisation.findById(caller.organisationId).orFail(),
    ApiKey.findById(caller.keyId, { name: 1 }).lean(),
  ]);
  const sent = await queueText(runtime, {
    dedupeKey: `console:${caller.keyId}:${message.ref ?? new Types.ObjectId().toString()}`,
    organisation,
    to: {
      person: { _id: person._id, language: isLanguage(person.language) ? person.language : 'en' },
    },
    key: 'person_message',
    vars: { text: message.text },
    sentBy: { keyId: caller.keyId, name: key?.name ?? '' },
  });
  const addresses = [person.phone, person.whatsapp && `whatsapp:${person.whatsapp}`];
  const openKeys = addresses.flatMap((a) => (a ? [`${organisation._id.toString()}:${a}`] : []));
  await HandOff.updateMany(
    { openKey: { $in: openKeys } },
    { $set: { resolvedAt: runtime.clock.now(), resolvedBy: caller.keyId }, $unset: { openKey: 1 } },
  );
  return sent;
}
