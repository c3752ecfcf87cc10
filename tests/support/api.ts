import type { ApiRole, OrganisationRole } from '../../src/models/api-key';
import { createApiKey } from '../../src/http/api/v1/auth/api-keys';
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
  const as =
    (key: string | null): Call =>
    async (method, path, body) => {
      const headers: Record<string, string> = {};
      if (key) headers.authorization = `Bearer ${key}`;
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
  return { h, base, riverside, parks, harbour, keys, as, stop: () => h.stop() };
}
