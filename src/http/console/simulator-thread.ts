import type { Runtime } from '../../runtime';
import type { Person } from '../../models/person';
import type { LocalPhones } from './simulator-twilio';

export interface PhoneMessage {
  direction: 'to_phone' | 'from_phone';
  body: string;
  at: string;
}

const whatsappAddress = (number: string) => `whatsapp:${number}`;

/**
 * The person texts Shiftline from their phone: on WhatsApp when that is their channel, to the
 * number that last texted them (as a phone's reply does), or else to their organisation's.
 */
export async function textFromPhone(
  runtime: Runtime,
  phones: LocalPhones,
  person: Person,
  number: string,
  body: string,
): Promise<{ status: number; messageSid: string }> {
  const onWhatsapp = person.channel === 'whatsapp' && person.whatsapp === number;
  const from = onWhatsapp ? whatsappAddress(number) : number;
  const lastSender = (await phones.received(from)).at(-1)?.from;
  const organisation = await runtime.models.Organisation.findById(person.organisation, {
    smsNumbers: 1,
    whatsappNumbers: 1,
  }).lean();
  const own = onWhatsapp ? organisation?.whatsappNumbers[0] : organisation?.smsNumbers[0];
  const to = lastSender ?? (own && onWhatsapp ? whatsappAddress(own) : own);
  return phones.send(from, body, to);
}

/**
 * What the phone sent (as Shiftline recorded it) and received (SMS and WhatsApp, as the local
 * endpoint delivered it), oldest first.
 */
export async function phoneThread(
  runtime: Runtime,
  phones: LocalPhones,
  number: string,
): Promise<PhoneMessage[]> {
  const [sent, sms, whatsapp] = await Promise.all([
    runtime.models.InboundMessage.find({ from: number }, { body: 1, receivedAt: 1 })
      .sort({ receivedAt: 1 })
      .lean(),
    phones.received(number),
    phones.received(whatsappAddress(number)),
  ]);
  const messages = [
    ...sent.map((m) => ({ direction: 'from_phone' as const, body: m.body, at: m.receivedAt })),
    ...[...sms, ...whatsapp].map((m) => ({
      direction: 'to_phone' as const,
      body: m.body,
      at: m.at,
    })),
  ];
  // A stable sort: at the same instant, what the phone sent comes before the answer.
  return messages
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((m) => ({ ...m, at: m.at.toISOString() }));
}
