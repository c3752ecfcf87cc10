import type { z } from 'zod';
import type { BadgeGrant } from '../../../../models/badge-grant';
import type { Person } from '../../../../models/person';
import type { Runtime } from '../../../../runtime';
import { HttpError } from '../../../errors';
import type { Caller } from '../auth/api-keys';
import { findPage } from '../paging';
import { route, type ApiResource } from '../route';
import {
  badgeChangeView,
  badgeGrant,
  badgeHistoryQuery,
  badgeParams,
  badgeWithdrawal,
} from '../schemas/badge';
import { idParams, iso, listOf } from '../schemas/common';
import { asSeenBy, notFound, tenancyOf, type Tenancy } from '../tenancy';
import { changePerson } from './person-change';
import { loadVisible } from './people';

const NEWEST_FIRST_BY_AT: Parameters<typeof findPage>[3] = [
  ['at', -1, 'date'],
  ['_id', -1, 'id'],
];

function view(change: BadgeGrant): z.input<typeof badgeChangeView> {
  return {
    id: change._id.toString(),
    personId: change.person.toString(),
    badge: change.badge,
    change: change.change,
    reason: change.reason,
    by: { keyId: change.by.key.toString(), name: change.by.name },
    at: iso(change.at),
  };
}

/** One of the caller's own people (badges are given by the organisation the person works for). */
async function ownPerson(runtime: Runtime, id: string, tenancy: Tenancy): Promise<Person> {
  const { person, visibility } = await loadVisible(runtime, id, tenancy);
  if (visibility !== 'own') throw notFound('person');
  return person;
}

/** Sets the person's badges as the organisation sees them and records who changed them, and why. */
async function recordChange(
  runtime: Runtime,
  caller: Caller,
  tenancy: Tenancy,
  person: Person,
  change: { badge: string; change: 'granted' | 'withdrawn'; reason: string; badges: string[] },
): Promise<BadgeGrant> {
  const key = await runtime.models.ApiKey.findById(caller.keyId, { name: 1 }).lean();
  await changePerson(runtime, tenancy, person, { badges: change.badges });
  const { badges: _badges, ...fact } = change;
  const recorded = await runtime.models.BadgeGrant.create({
    ...fact,
    organisation: tenancy.organisation,
    person: person._id,
    by: { key: caller.keyId, name: key?.name ?? '' },
    at: runtime.clock.now(),
  });
  return recorded.toObject<BadgeGrant>();
}

export const badges: ApiResource = {
  tag: 'badges',
  description:
    "Badges the caller's organisation gives its people (what shifts' requiredBadges ask for), " +
    'each grant and withdrawal kept with who made it, when and why.',
  routes: [
    route({
      method: 'get',
      path: '/people/:id/badges',
      operationId: 'listBadgeChanges',
      summary: "A person's badges granted and withdrawn, newest first",
      role: 'read_only',
      params: idParams,
      query: badgeHistoryQuery,
      response: listOf(badgeChangeView),
      handle: async ({ runtime, caller, params, query }) => {
        const tenancy = await tenancyOf(runtime, caller.organisationId);
        const person = await ownPerson(runtime, params.id, tenancy);
        const page = await findPage<BadgeGrant>(
          runtime.models.BadgeGrant,
          { organisation: tenancy.organisation, person: person._id },
          query,
          NEWEST_FIRST_BY_AT,
        );
        return { ...page, items: page.items.map(view) };
      },
    }),
    route({
      method: 'post',
      path: '/people/:id/badges',
      operationId: 'grantBadge',
      description: 'Shifts requiring the badge may be offered to the person from now on.',
      errors: { 409: 'The person holds the badge already (code state_conflict).' },
      example: { badge: 'social_prescriber', reason: 'Passed the social prescribing course' },
      summary: 'Grants one of your people a badge, saying why',
      role: 'coordinator',
      status: 201,
      params: idParams,
      body: badgeGrant,
      response: badgeChangeView,
      handle: async ({ runtime, caller, params, body }) => {
        const tenancy = await tenancyOf(runtime, caller.organisationId);
        const person = await ownPerson(runtime, params.id, tenancy);
        const held = asSeenBy(person, tenancy).badges;
        if (held.includes(body.badge))
          throw new HttpError(409, 'the person holds this badge already');
        const granted = await recordChange(runtime, caller, tenancy, person, {
          ...body,
          change: 'granted',
          badges: [...held, body.badge],
        });
        return view(granted);
      },
    }),
    route({
      method: 'delete',
      path: '/people/:id/badges/:badge',
      operationId: 'withdrawBadge',
      description: 'Shifts requiring the badge are no longer offered to the person.',
      example: { reason: 'Did not renew the certificate' },
      summary: 'Withdraws a badge from one of your people, saying why',
      role: 'coordinator',
      params: badgeParams,
      body: badgeWithdrawal,
      response: badgeChangeView,
      handle: async ({ runtime, caller, params, body }) => {
        const tenancy = await tenancyOf(runtime, caller.organisationId);
        const person = await ownPerson(runtime, params.id, tenancy);
        const held = asSeenBy(person, tenancy).badges;
        if (!held.includes(params.badge)) throw notFound('badge');
        const withdrawn = await recordChange(runtime, caller, tenancy, person, {
          badge: params.badge,
          change: 'withdrawn',
          reason: body.reason,
          badges: held.filter((b) => b !== params.badge),
        });
        return view(withdrawn);
      },
    }),
  ],
};
