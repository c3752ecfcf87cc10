import { createHash } from 'node:crypto';
import { bareNumber, isWhatsApp, newSid } from './twilio-format';

/** A number the account owns: an IncomingPhoneNumber resource. */
export interface IncomingNumber {
  sid: string;
  phoneNumber: string;
  friendlyName: string;
  createdAt: number;
}

/** A Content template of the account; `body` may hold {{1}}-style placeholders. */
export interface LocalTemplate {
  sid: string;
  body: string;
  /** Approved by WhatsApp: only an approved template may open a conversation outside 24 h. */
  approved: boolean;
}

const E164 = /^\+[1-9]\d{6,14}$/;

/** "(500) 555-0006" for +15005550006, as Twilio names a US number it sells; else the number. */
function friendlyName(phoneNumber: string): string {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(phoneNumber);
  return us ? `(${us[1]}) ${us[2]}-${us[3]}` : phoneNumber;
}

/** What the account owns: its phone numbers and its Content templates. */
export class Account {
  private readonly numbers = new Map<string, IncomingNumber>();
  private readonly templates = new Map<string, LocalTemplate>();
  /** The Messaging Service every number is in, when Advanced Opt-Out is modelled. */
  readonly messagingServiceSid: string;

  constructor(
    accountSid: string,
    private readonly now: () => number,
  ) {
    this.messagingServiceSid =
      'MG' + createHash('sha256').update(accountSid).digest('hex').slice(0, 32);
  }

  /** Adds a number (as buying one does); a number already owned is returned as it is. */
  addNumber(phoneNumber: string): IncomingNumber {
    if (!E164.test(phoneNumber)) throw new Error(`addNumber: expected +E164, got ${phoneNumber}`);
    const known = this.numbers.get(phoneNumber);
    if (known) return known;
    const number = {
      sid: newSid('PN'),
      phoneNumber,
      friendlyName: friendlyName(phoneNumber),
      createdAt: this.now(),
    };
    this.numbers.set(phoneNumber, number);
    return number;
  }

  removeNumber(sidOrNumber: string): boolean {
    const number = this.numbers.get(sidOrNumber) ?? this.bySid(sidOrNumber);
    return number ? this.numbers.delete(number.phoneNumber) : false;
  }

  bySid(sid: string): IncomingNumber | undefined {
    return [...this.numbers.values()].find((number) => number.sid === sid);
  }

  /** Oldest first, as Twilio lists them. */
  listNumbers(): IncomingNumber[] {
    return [...this.numbers.values()];
  }

  /**
   * Whether `from` may send for this account: one of its numbers (a WhatsApp sender is modelled
   * as an owned number), or an alphanumeric sender ID, which no account owns.
   */
  ownsSender(from: string): boolean {
    const number = bareNumber(from);
    if (!isWhatsApp(from) && !/^\+?\d+$/.test(number)) return true;
    return this.numbers.has(number);
  }

  addTemplate(template: { sid: string; body?: string; approved?: boolean }): void {
    if (!/^HX[0-9a-fA-F]{32}$/.test(template.sid))
      throw new Error(`addTemplate: expected HX + 32 hex digits, got ${template.sid}`);
    this.templates.set(template.sid, {
      sid: template.sid,
      body: template.body ?? '{{1}}',
      approved: template.approved ?? true,
    });
  }

  template(sid: string): LocalTemplate | undefined {
    return this.templates.get(sid);
  }
}
