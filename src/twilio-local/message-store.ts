import { EventEmitter } from 'node:events';
import type { ApiMessage, MessageStatus, ReceivedMessage } from './types';

const DEFAULT_WAIT_MS = 5_000;

const copy = (message: ApiMessage): ApiMessage => ({
  ...message,
  mediaUrls: [...message.mediaUrls],
});

/** Every message the API accepted, and what each phone received. */
export class MessageStore {
  private readonly messages = new Map<string, ApiMessage>();
  private readonly inboxes = new Map<string, ReceivedMessage[]>();
  private readonly deliveries = new EventEmitter().setMaxListeners(0);

  add(message: ApiMessage): void {
    this.messages.set(message.sid, message);
  }

  get(sid: string): ApiMessage | undefined {
    const message = this.messages.get(sid);
    return message && copy(message);
  }

  all(): ApiMessage[] {
    return [...this.messages.values()].map(copy);
  }

  setStatus(
    sid: string,
    status: MessageStatus,
    at: number,
    error?: { code: number; message: string },
  ): void {
    const message = this.messages.get(sid);
    if (!message) return;
    message.status = status;
    message.updatedAt = at;
    if (status === 'sent') message.sentAt = at;
    if (error) {
      message.errorCode = error.code;
      message.errorMessage = error.message;
    }
    if (status === 'delivered') this.deliver(message, at);
  }

  received(number: string): ReceivedMessage[] {
    return (this.inboxes.get(number) ?? []).map((message) => ({
      ...message,
      mediaUrls: [...message.mediaUrls],
    }));
  }

  waitFor(number: string, count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<ReceivedMessage[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const inbox = this.received(number);
        if (inbox.length < count) return false;
        this.deliveries.off(number, check);
        clearTimeout(timer);
        resolve(inbox);
        return true;
      };
      const timer = setTimeout(() => {
        this.deliveries.off(number, check);
        const got = this.received(number).length;
        reject(new Error(`${number} received ${got} of ${count} messages within ${timeoutMs} ms`));
      }, timeoutMs);
      if (!check()) this.deliveries.on(number, check);
    });
  }

  clear(): void {
    this.messages.clear();
    this.inboxes.clear();
  }

  private deliver(message: ApiMessage, at: number): void {
    const inbox = this.inboxes.get(message.to) ?? [];
    inbox.push({
      sid: message.sid,
      from: message.from,
      to: message.to,
      body: message.body,
      mediaUrls: [...message.mediaUrls],
      ...(message.contentSid === undefined ? {} : { contentSid: message.contentSid }),
      ...(message.contentVariables === undefined
        ? {}
        : { contentVariables: message.contentVariables }),
      receivedAt: at,
    });
    this.inboxes.set(message.to, inbox);
    this.deliveries.emit(message.to);
  }
}
