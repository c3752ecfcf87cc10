import { bareNumber, isWhatsApp } from './twilio-format';

export type OptOutType = 'STOP' | 'START' | 'HELP';

/**
 * Advanced Opt-Out on a Messaging Service that holds every number of the account. Each list
 * replaces Twilio's defaults for its type; STOP, START and HELP cannot be removed.
 */
export interface AdvancedOptOut {
  stop?: string[];
  start?: string[];
  help?: string[];
}

/**
 * Twilio's default keywords (whole message, any case, surrounding spaces ignored). Sources:
 * help.twilio.com/articles/223134027 ("Twilio support for opt-out keywords"): START, YES and
 * UNSTOP opt back in; twilio.com/docs/messaging/tutorials/advanced-opt-out lists REVOKE and
 * OPTOUT with the other opt-out words.
 */
const DEFAULT_KEYWORDS: Record<OptOutType, string[]> = {
  STOP: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'],
  START: ['START', 'YES', 'UNSTOP'],
  HELP: ['HELP', 'INFO'],
};

const TYPES: OptOutType[] = ['STOP', 'START', 'HELP'];

/**
 * Who blocked whom, as Twilio keeps it. By default a keyword counts on SMS only, blocks or
 * unblocks the one number it was sent to, and the webhook carries no OptOutType. With Advanced
 * Opt-Out it counts on WhatsApp too, applies to the whole Messaging Service, and the webhook
 * carries OptOutType (help.twilio.com/articles/31560110671259).
 */
export class OptOuts {
  private readonly blocked = new Set<string>();
  private readonly keywords: Record<OptOutType, string[]>;

  constructor(
    private readonly advanced: AdvancedOptOut | undefined,
    private readonly messagingServiceSid: string,
  ) {
    const custom = (type: OptOutType, words: string[] | undefined) =>
      words ? [type, ...words.map((word) => word.toUpperCase())] : DEFAULT_KEYWORDS[type];
    this.keywords = {
      STOP: custom('STOP', advanced?.stop),
      START: custom('START', advanced?.start),
      HELP: custom('HELP', advanced?.help),
    };
  }

  get isAdvanced(): boolean {
    return this.advanced !== undefined;
  }

  /** The keyword a text is, if it is one that applies on its channel. */
  typeOf(from: string, body: string): OptOutType | undefined {
    if (isWhatsApp(from) && !this.advanced) return undefined;
    const word = body.trim().toUpperCase();
    return TYPES.find((type) => this.keywords[type].includes(word));
  }

  /** Applies a person's text to `to`; returns the OptOutType the webhook carries, if any. */
  onInbound(from: string, to: string, body: string): OptOutType | undefined {
    const type = this.typeOf(from, body);
    if (type === 'STOP') this.blocked.add(this.scope(from, to));
    if (type === 'START') this.blocked.delete(this.scope(from, to));
    return this.advanced ? type : undefined;
  }

  /** Whether a text from `from` to `to` is refused with 21610. */
  blocks(to: string, from: string): boolean {
    return this.blocked.has(this.scope(to, from));
  }

  /** Whether `person` has blocked any sender. */
  isOptedOut(person: string): boolean {
    return [...this.blocked].some((key) => key.startsWith(`${person}|`));
  }

  clear(): void {
    this.blocked.clear();
  }

  private scope(person: string, sender: string): string {
    return `${person}|${this.advanced ? this.messagingServiceSid : bareNumber(sender)}`;
  }
}
