import { request as httpRequest } from 'node:http';

export interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
}

export interface RawRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/**
 * Sends bytes exactly as given (no JSON or form encoding), with node:http rather than fetch so
 * a GET may carry a body too, and reads the answer as text.
 */
export function sendRaw(request: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      request.url,
      {
        method: request.method,
        // Without a length, node sends a GET's or DELETE's body as if it were the next request.
        headers: {
          ...request.headers,
          ...(request.body === undefined
            ? {}
            : { 'content-length': Buffer.byteLength(request.body) }),
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            contentType: incoming.headers['content-type'] ?? '',
            text: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** The admin API's error `{ code, message, details, requestId }`, or undefined when the body is not one. */
export function apiErrorOf(
  answer: RawAnswer,
): { code: string; message: string; details: unknown[]; requestId: string } | undefined {
  if (!answer.contentType.startsWith('application/json')) return undefined;
  try {
    const body = JSON.parse(answer.text) as Record<string, unknown>;
    const strings = ['code', 'message', 'requestId'].every((k) => typeof body[k] === 'string');
    return strings && Array.isArray(body.details) ? (body as never) : undefined;
  } catch {
    return undefined;
  }
}

/** The answer's JSON `error` string, or undefined when the body is not JSON with one. */
export function errorStringOf(answer: RawAnswer): string | undefined {
  if (!answer.contentType.startsWith('application/json')) return undefined;
  try {
    const body = JSON.parse(answer.text) as { error?: unknown };
    return typeof body.error === 'string' ? body.error : undefined;
  } catch {
    return undefined;
  }
}

const shown = (answer: RawAnswer) => `${answer.status} ${answer.text.slice(0, 300)}`;

/** Fails with the answer's status and text unless it is not a server error. */
export function expectNo5xx(answer: RawAnswer): void {
  expect(answer.status < 500 ? 'not a 5xx' : shown(answer)).toBe('not a 5xx');
}

/** Fails with the answer's status and text unless it is a client error. */
export function expect4xx(answer: RawAnswer): void {
  expect(answer.status >= 400 && answer.status < 500 ? 'a 4xx' : shown(answer)).toBe('a 4xx');
}
