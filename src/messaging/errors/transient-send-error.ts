/** Twilio or the network failed in a way that may pass (429, 5xx, timeouts); BullMQ retries with backoff. */
export class TransientSendError extends Error {
  constructor(
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'TransientSendError';
  }
}
