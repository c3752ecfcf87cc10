import { parsePhoneNumberFromString } from 'libphonenumber-js';

export type Channel = 'sms' | 'whatsapp';

/** A number on a channel, as Twilio writes it: "+15551230001" or "whatsapp:+15551230001". */
export interface Address {
  channel: Channel;
  e164: string;
}

/** Reads a Twilio address; undefined when the number is not a plausible phone number. */
export function parseAddress(
  raw: string,
  defaultCountry: 'US' | undefined = undefined,
): Address | undefined {
  const trimmed = raw.trim();
  const channel: Channel = trimmed.toLowerCase().startsWith('whatsapp:') ? 'whatsapp' : 'sms';
  const number = channel === 'whatsapp' ? trimmed.slice('whatsapp:'.length) : trimmed;
  const parsed = parsePhoneNumberFromString(number, defaultCountry);
  if (!parsed || !parsed.isPossible()) return undefined;
  return { channel, e164: parsed.number };
}

export function formatAddress(address: Address): string {
  return address.channel === 'whatsapp' ? `whatsapp:${address.e164}` : address.e164;
}

/** "whatsapp:+15551230001" → "+15551230001"; an SMS address as it is. */
export function bareAddress(address: string): string {
  return address.startsWith('whatsapp:') ? address.slice('whatsapp:'.length) : address;
}
