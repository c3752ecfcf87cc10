import type { ApiRole, OrganisationRole } from '../../src/models/api-key';
import { createApiKey } from '../../src/http/api/v1/auth/api-keys';
import { KEY_COOKIE } from '../../src/http/api/v1/auth/authenticate';
import { CONSOLE_HEADER } from '../../src/http/api/v1/auth/console-requests';
import { startHarness, type Harness } from './harness';
import { seedOrganisation } from './seed';

type Organisation = Awaited<ReturnType<typeof seedOrganisation>>;

// Tests read answers as loose JSON; each assertion says what it expects.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface ApiAnswer<T = any> {
  status: number;
  body: T;
}

export type Call = <T = any>(method: string, path: string, body?: unknown) => Promise<ApiAnswer<T>>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Three organisations for API tests: Riverside (the caller in most tests), Parks (Riverside's
 * partner: Riverside's workers serve Parks' shifts) and Harbour (no relation to either, whose
 * records Riverside must never see). Each has a key of each organisation role, and the platform's
 * operator has one (in Riverside, as every key belongs to an organisation); `as(key)` calls the
 * API with it.
 */
export interface ApiWorld {
  h: Harness;
  base: string;
  riverside: Organisation;
  parks: Organisation;
  harbour: Organisation;
  keys: {
    riverside: Record<OrganisationRole, string>;
    parks: Record<OrganisationRole, string>;
    harbour: Record<OrganisationRole, string>;
    operator: string;
  };
  as(key: string | null): Call;
  /** Calls the API as the console's pages do: the key in its cookie, with its header and origin. */
  asConsole(key: string): Call;
  stop(): Promise<void>;
}

const makeKey = async (h: Harness, organisation: Organisation, role: ApiRole) =>
  (await createApiKey(h.models, { organisation: organisation._id, role, name: role }, new Date()))
    .key;

async function keysFor(
  h: Harness,
  organisation: Organisation,
): Promise<Record<OrganisationRole, string>> {
  const make = (role: OrganisationRole) => makeKey(h, organisation, role);
  return {
    admin: await make('admin'),
    coordinator: await make('coordinator'),
    read_only: await make('read_only'),
  };
}

/** What the console's pages send with every call: the key's cookie, the console's header, its origin. */
export const consoleCredentials = (h: Harness, key: string): Record<string, string> => ({
  cookie: `${KEY_COOKIE}=${key}`,
  [CONSOLE_HEADER.toLowerCase()]: '1',
  origin: new URL(h.config.PUBLIC_BASE_URL).origin,
});

export async function startApiWorld(
  options: Parameters<typeof startHarness>[0] = {},
): Promise<ApiWorld> {
  const h = await startHarness(options);
  const base = `http://127.0.0.1:${h.shiftline.web!.port}`;
  const riverside = await seedOrganisation(h.models, { name: 'Riverside Outreach' });
  const parks = await seedOrganisation(h.models, {
    name: 'City Parks',
    smsNumbers: ['+15005550016'],
  });
  const harbour = await seedOrganisation(h.models, {
    name: 'Harbour Care',
    smsNumbers: ['+15005550026'],
  });
  await h.models.Partnership.create({
    provider: riverside._id,
    client: parks._id,
    chargeCentsPerHour: 2500,
  });
  const keys = {
    riverside: await keysFor(h, riverside),
    parks: await keysFor(h, parks),
    harbour: await keysFor(h, harbour),
    operator: await makeKey(h, riverside, 'operator'),
  };
  const call =
    (credentials: Record<string, string>): Call =>
    async (method, path, body) => {
      const headers = { ...credentials };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${base}/api/v1${path}`, {
        method: method.toUpperCase(),
        headers,
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: kept as text for the assertion to show
      }
      return { status: res.status, body: parsed as never };
    };
  const as = (key: string | null) => call(key ? { authorization: `Bearer ${key}` } : {});
  const asConsole = (key: string) => call(consoleCredentials(h, key));
  return { h, base, riverside, parks, harbour, keys, as, asConsole, stop: () => h.stop() };
}

const HOUR_MS = 3_600_000;

/** An open shift of Riverside's, 100 hours ahead with one place, posted by its coordinator; its id. */
export async function postRiversideShift(w: ApiWorld, supervisorId: string): Promise<string> {
  const at = (hours: number) => new Date(Date.now() + hours * HOUR_MS).toISOString();
  const posted = await w.as(w.keys.riverside.coordinator)('post', '/shifts', {
    place: 'Riverside Park, north gate',
    start: at(100),
    end: at(104),
    places: 1,
    supervisorId,
  });
  if (posted.status !== 201) throw new Error(`POST /shifts answered ${posted.status}`);
  return posted.body.id as string;
}

/** A Riverside shift's state, as its read-only key sees it. */
export const riversideShiftState = async (w: ApiWorld, id: string): Promise<string> =>
  (await w.as(w.keys.riverside.read_only)('get', `/shifts/${id}`)).body.state as string;
