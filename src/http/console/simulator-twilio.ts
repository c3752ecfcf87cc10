import { z } from 'zod';
import type { Config } from '../../config';
import { HttpError } from '../errors';

/** The local endpoint listens on the loopback interface only; anything else is a real Twilio. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

const sent = z.object({ status: z.number(), messageSid: z.string() });
const inbox = z.array(z.object({ from: z.string(), body: z.string(), receivedAt: z.number() }));

export interface LocalPhones {
  /** The phone at `from` texts Shiftline (through the signed webhook); `to` defaults to its last sender. */
  send(from: string, body: string, to?: string): Promise<z.infer<typeof sent>>;
  /** What the phone at `address` received, in order. */
  received(address: string): Promise<{ from: string; body: string; at: Date }[]>;
}

/**
 * The local Twilio endpoint's simulated phones, over its /_local HTTP API (it may run in
 * another process). 409 when Shiftline is not pointed at a local endpoint.
 */
export function localPhones(config: Pick<Config, 'TWILIO_API_URL'>): LocalPhones {
  const base = config.TWILIO_API_URL;
  if (!base || !LOOPBACK_HOSTS.includes(new URL(base).hostname))
    throw new HttpError(409, 'the simulator needs the local Twilio endpoint');

  const call = async (path: string, init?: RequestInit): Promise<unknown> => {
    let res: Response;
    try {
      res = await fetch(new URL(`/_local${path}`, base), init);
    } catch (error) {
      throw new HttpError(502, 'the local Twilio endpoint did not answer', undefined, {
        cause: error,
      });
    }
    const answer: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const reason = (answer as { error?: string } | null)?.error ?? 'no reason given';
      throw new HttpError(502, `the local Twilio endpoint answered ${res.status}: ${reason}`);
    }
    return answer;
  };
  const messagesOf = (address: string) => `/phones/${encodeURIComponent(address)}/messages`;

  return {
    async send(from, body, to) {
      const answer = await call(messagesOf(from), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(to ? { body, to } : { body }),
      });
      return sent.parse(answer);
    },
    async received(address) {
      const messages = inbox.parse(await call(messagesOf(address)));
      return messages.map((m) => ({ from: m.from, body: m.body, at: new Date(m.receivedAt) }));
    },
  };
}
