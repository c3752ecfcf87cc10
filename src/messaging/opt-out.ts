/** A person's opt-out state as Shiftline keeps it (see Person.optedOut and optedOutOf). */
export interface OptOutState {
  optedOut?: boolean | null;
  optedOutOf?: string[] | null;
}

/** Whether a text from `from` (as Twilio writes From) may not go to this person. */
export function isOptedOutOf(person: OptOutState, from: string): boolean {
  return Boolean(person.optedOut) || (person.optedOutOf ?? []).includes(from);
}

/**
 * The number an organisation's texts go out from on the person's channel, as Twilio writes From:
 * the one a STOP of theirs was sent to, if they sent one.
 */
export function ownSender(
  organisation: { smsNumbers?: string[] | null; whatsappNumbers?: string[] | null } | undefined,
  channel: string | null | undefined,
): string | undefined {
  if (channel === 'whatsapp') {
    const number = organisation?.whatsappNumbers?.[0];
    return number && `whatsapp:${number}`;
  }
  return organisation?.smsNumbers?.[0];
}
