import { createApiKey } from '../../src/http/api/v1/auth/api-keys';
import type { Scenario } from './scenario';

export type ApiRole = 'read_only' | 'coordinator' | 'admin';

/** One Admin API call's answer, read as the test expects it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads its own shape
export type ApiAnswer = { status: number; body: any };

/**
 * The Admin API (`/api/v1`) as a key of this organisation and role (named `name`) calls it, on the scenario's
 * own server, at the scenario's clock.
 */
export async function apiAs(
  s: Scenario,
  organisation: { _id: unknown },
  role: ApiRole = 'admin',
  name: string = role,
): Promise<(method: string, path: string, body?: unknown) => Promise<ApiAnswer>> {
  const { key } = await createApiKey(
    s.models,
    { organisation: organisation._id as never, role, name },
    s.clock.now(),
  );
  return async (method, path, body) => {
    const res = await fetch(`http://127.0.0.1:${s.h.shiftline.web!.port}/api/v1${path}`, {
      method: method.toUpperCase(),
      headers: {
        authorization: `Bearer ${key}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
    };
  };
}
