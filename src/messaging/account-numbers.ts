import type { Twilio } from 'twilio';

/**
 * Whether `number` (E.164) is one of the Twilio account's own numbers, by its
 * IncomingPhoneNumbers list (the PhoneNumber filter matches partial numbers, so the answer is
 * checked for the exact one).
 */
export async function accountOwns(twilio: Twilio, number: string): Promise<boolean> {
  const found = await twilio.incomingPhoneNumbers.list({ phoneNumber: number, limit: 20 });
  return found.some((incoming) => incoming.phoneNumber === number);
}

/** Every number of the Twilio account, from its IncomingPhoneNumbers list (all pages). */
export async function accountNumbers(twilio: Twilio): Promise<Set<string>> {
  const numbers = await twilio.incomingPhoneNumbers.list({ pageSize: 1000 });
  return new Set(numbers.map((incoming) => incoming.phoneNumber));
}
