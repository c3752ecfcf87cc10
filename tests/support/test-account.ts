/** `count` numbers from `prefix` + `first`, each suffix `width` digits. */
function block(prefix: string, first: number, count: number, width: number): string[] {
  return Array.from({ length: count }, (_, i) => prefix + String(first + i).padStart(width, '0'));
}

/**
 * The numbers the tests' Twilio account owns (the local endpoint's IncomingPhoneNumbers): as on
 * Twilio, it refuses any other sender with 21606. A test that gives an organisation a number
 * outside these blocks buys it first with `h.twilio.account.addNumber`.
 */
export const TEST_ACCOUNT_NUMBERS = [
  // Twilio's test-number block: the default sender and most tests' organisations.
  ...block('+1500555', 0, 100, 4),
  // Scenarios' organisations (quiet hours, reminders across DST).
  ...block('+1202555', 100, 200, 4),
  // The shift-invariants property's organisations, one per run.
  ...block('+1202555', 3000, 1000, 4),
  // The Paris organisation of the DST scenario.
  ...block('+339000001', 0, 100, 2),
];

/** The tests' approved WhatsApp template: its one variable is the whole text. */
export const TEST_TEMPLATE_SID = 'HX' + 'a'.repeat(32);
