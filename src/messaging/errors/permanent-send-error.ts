import { UnrecoverableError } from 'bullmq';

/** Twilio refused the message for a reason a retry cannot fix; BullMQ will not retry it. */
export class PermanentSendError extends UnrecoverableError {
  constructor(
    readonly code: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'PermanentSendError';
  }
}
