/** A person's opt-out state as Shiftline keeps it (see Person.optedOut and optedOutOf). */
export interface OptOutState {
  optedOut?: boolean | null;
  optedOutOf?: string[] | null;
}

/** Whether a text from `from` (as Twilio writes From) may not go to this person. */
export function isOptedOutOf(person: OptOutState, from: string): boolean {
  return Boolean(person.optedOut) || (person.optedOutOf ?? []).includes(from);
}
