import type { TwilioLocalFaults } from './types';

/** Codes the API answers with 400 at create, and the message Twilio gives with each. */
export const CREATE_FAILURES: Record<number, string> = {
  21211: "The 'To' number is not a valid phone number.",
  21408:
    'Permission to send an SMS has not been enabled for the region indicated by the To number.',
  21610: 'Attempt to send to unsubscribed recipient',
  21612: "The 'To' phone number is not currently reachable via SMS.",
  21614: "'To' number is not a valid mobile number",
};

/** Codes of messages that are accepted (201) and then reported 'undelivered' by callback. */
export const DELIVERY_FAILURES: Record<number, string> = {
  30003: 'Unreachable destination handset',
  30004: 'Message blocked',
  30005: 'Unknown destination handset',
  30006: 'Landline or unreachable carrier',
  30007: 'Message filtered',
  30008: 'Unknown error',
};

export type CreateFault = { status: 429 | 500; code: number; message: string };

/** The switchable faults, and what the API and the phones ask of them. */
export class Faults implements TwilioLocalFaults {
  private rateLimited = 0;
  private serverErrors = 0;
  private readonly failures = new Map<string, number>();
  delayMs = 0;
  webhookCopies = 1;
  reverseCallbacks = false;

  rateLimit(count: number): void {
    this.rateLimited = count;
  }

  serverError(count: number): void {
    this.serverErrors = count;
  }

  failFor(to: string, code: number): void {
    if (!(code in CREATE_FAILURES) && !(code in DELIVERY_FAILURES)) {
      const known = [...Object.keys(CREATE_FAILURES), ...Object.keys(DELIVERY_FAILURES)];
      throw new Error(`failFor: unsupported code ${code}; use one of ${known.join(', ')}`);
    }
    this.failures.set(to, code);
  }

  delay(ms: number): void {
    this.delayMs = ms;
  }

  undeliveredFor(to: string): void {
    this.failFor(to, 30003);
  }

  duplicateWebhooks(times: number): void {
    this.webhookCopies = Math.max(1, times);
  }

  outOfOrderCallbacks(on: boolean): void {
    this.reverseCallbacks = on;
  }

  reset(): void {
    this.rateLimited = 0;
    this.serverErrors = 0;
    this.failures.clear();
    this.delayMs = 0;
    this.webhookCopies = 1;
    this.reverseCallbacks = false;
  }

  /** Consumes one pending 429 or 500, if any is left. */
  takeCreateFault(): CreateFault | undefined {
    if (this.rateLimited > 0) {
      this.rateLimited -= 1;
      return { status: 429, code: 20429, message: 'Too Many Requests' };
    }
    if (this.serverErrors > 0) {
      this.serverErrors -= 1;
      return { status: 500, code: 20500, message: 'Internal Server Error' };
    }
    return undefined;
  }

  createFailureFor(to: string): number | undefined {
    const code = this.failures.get(to);
    return code !== undefined && code in CREATE_FAILURES ? code : undefined;
  }

  deliveryFailureFor(to: string): number | undefined {
    const code = this.failures.get(to);
    return code !== undefined && code in DELIVERY_FAILURES ? code : undefined;
  }
}
