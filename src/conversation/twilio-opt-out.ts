import { OPT_OUT_WORDS, TWILIO_OPT_IN_WORDS } from './keywords';

export type TwilioOptOutEffect = 'opt_out' | 'opt_in' | undefined;

/**
 * What Twilio did to a person's opt-out state with this text. By default Twilio reads the whole
 * message against its keywords (START, YES and UNSTOP opt back in) and says nothing to the
 * webhook; with Advanced Opt-Out the service's own keywords decide (YES may have been taken
 * off them) and OptOutType says what they made of it. Sources: help.twilio.com/articles/223134027
 * and help.twilio.com/articles/31560110671259.
 */
export function twilioOptOutEffect(
  advancedOptOut: boolean,
  text: { body: string; optOutType?: string | null },
): TwilioOptOutEffect {
  if (advancedOptOut) {
    if (text.optOutType === 'STOP') return 'opt_out';
    return text.optOutType === 'START' ? 'opt_in' : undefined;
  }
  const word = text.body.trim().toLowerCase();
  if ((OPT_OUT_WORDS as readonly string[]).includes(word)) return 'opt_out';
  return (TWILIO_OPT_IN_WORDS as readonly string[]).includes(word) ? 'opt_in' : undefined;
}
