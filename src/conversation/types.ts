/** What a reply parser can make of one inbound text. Pure data; no I/O anywhere in this folder's parser. */

/** Same union as `src/i18n/languages.ts`; kept here so the parser depends on nothing. */
export type Language = 'en' | 'es' | 'fr';

/**
 * A YES or NO to several prompts at once: by their codes ("YES UR4 9E6"), or to both or all of
 * those open ("yes to both", "sí a los dos", "oui pour les deux").
 */
export interface Several {
  codes?: readonly string[];
  each?: 'both' | 'all';
}

export type Intent =
  /** Accept an offer, or a supervisor confirms ("OK K7P"). */
  | ({ type: 'yes'; code?: string } & Several)
  /** Decline, or a supervisor disputes ("NO K7P"). On a held shift the conversation layer asks to confirm a drop. */
  | ({ type: 'no'; code?: string } & Several)
  /** Checked in on arrival. */
  | { type: 'here'; code?: string }
  | { type: 'late'; minutes?: number; code?: string }
  | { type: 'done'; hours?: number; note?: string; code?: string }
  /**
   * Gives up a held shift. Only the DROP family, never CANCEL (a Twilio opt-out word).
   * `reason: 'unwell'`: the person says they are not well ("I'm sick", "bad day", "me siento
   * mal", "je suis malade"), alone or with a decline or DROP; it releases them at once and
   * does not count against them as a plain drop does.
   */
  | { type: 'drop'; code?: string; reason?: 'unwell' }
  /** INTRO: "pass my name and number to my next step" (never YES, which takes shifts). */
  | { type: 'intro' }
  | { type: 'status' }
  | { type: 'hours' }
  /** A private link to the worker's own track record. */
  | { type: 'record' }
  /** SHARE / UNSHARE <organisation>: the worker's record shared with it, or withdrawn. */
  | { type: 'share' | 'unshare'; organisation: string }
  /** AIMS / GOALS / METAS / OBJECTIFS: asks what they would like next; the next reply is the aim. */
  | { type: 'aims' }
  /** An aim stated in a sentence ("I want more hours", "busco un trabajo fijo"): never a YES. */
  | { type: 'aim'; kind: 'more_hours' | 'work_type' | 'steady_job' | 'training'; words?: string }
  | { type: 'help' }
  /** Twilio's opt-out words, as the whole message. */
  | { type: 'opt_out' }
  /** Twilio's opt-in words START and UNSTOP (YES is one too, but for us it is 'yes'). */
  | { type: 'opt_in' }
  /** The message is just a language's name. */
  | { type: 'language'; language: Language }
  /** A coordinator's announcement: the text after BROADCAST / DIFUSIÓN / DIFFUSION. */
  | { type: 'broadcast'; text: string }
  /** A bare menu number; the caller maps it using the prompt it sent. */
  | { type: 'choice'; number: number };

export type IntentType = Intent['type'];

export type UnclearReason = 'empty' | 'ambiguous' | 'question' | 'unknown' | 'conflicting';

export type ParseResult =
  | { kind: 'intent'; intent: Intent; language?: Language }
  | { kind: 'unclear'; reason: UnclearReason; language?: Language };
