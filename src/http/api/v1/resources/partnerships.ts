import type { Types } from 'mongoose';
import type { Partnership } from '../../../../models/partnership';
import type { Runtime } from '../../../../runtime';
import { HttpError } from '../../../errors';
import { conflictOnDuplicate } from '../conflict';
import { route, type ApiResource } from '../route';
import { idParams, listOf } from '../schemas/common';
import {
  partnershipCreate,
  partnershipPatch,
  partnershipQuery,
  partnershipView,
} from '../schemas/partnership';
import { notFound } from '../tenancy';

const invalidBody = (path: string, message: string) =>
  new HttpError(400, 'invalid body', [{ path, message }]);

/** Where the caller is the provider or the client; anyone else's partnerships do not exist. */
const ofCaller = (organisationId: string) => ({
  $or: [{ provider: organisationId }, { client: organisationId }],
});

async function views(runtime: Runtime, partnerships: Partnership[], organisationId: string) {
  const ids = partnerships.flatMap((p) => [p.provider, p.client]);
  const found = await runtime.models.Organisation.find({ _id: { $in: ids } }, { name: 1 }).lean();
  const names = new Map(found.map((o) => [o._id.toString(), o.name]));
  const ref = (id: Types.ObjectId) => ({ id: id.toString(), name: names.get(id.toString()) ?? '' });
  return partnerships.map((p) => ({
    id: p._id.toString(),
    provider: ref(p.provider),
    client: ref(p.client),
    chargeCentsPerHour: p.chargeCentsPerHour,
    clientPeople: p.clientPeople.map(String),
    side: p.provider.equals(organisationId) ? ('provider' as const) : ('client' as const),
    pending: p.pending,
  }));
}

async function viewOf(runtime: Runtime, partnership: Partnership, organisationId: string) {
  const [one] = await views(runtime, [partnership], organisationId);
  return one!;
}

async function loadVisible(runtime: Runtime, id: string, organisationId: string) {
  const partnership = await runtime.models.Partnership.findOne({
    _id: id,
    ...ofCaller(organisationId),
  }).lean<Partnership>();
  if (!partnership) throw notFound('partnership');
  return partnership;
}

/** Every id must be a client of the client organisation (a 400 names the others). */
async function checkClientPeople(runtime: Runtime, client: string, ids: string[] | undefined) {
  if (!ids?.length) return;
  // FerretDB has no $elemMatch on fields: match loosely, then exactly.
  const found = await runtime.models.Person.find(
    { _id: { $in: ids }, 'roles.organisation': client, 'roles.role': 'client' },
    { roles: 1 },
  ).lean();
  const clients = new Set(
    found
      .filter((p) => p.roles.some((r) => r.role === 'client' && r.organisation.equals(client)))
      .map((p) => p._id.toString()),
  );
  const index = ids.findIndex((id) => !clients.has(id));
  if (index >= 0)
    throw invalidBody(`clientPeople.${index}`, 'not a client of the client organisation');
}

export const partnerships: ApiResource = {
  tag: 'partnerships',
  description:
    "Partnerships the caller is part of: a provider's workers serve a client's shifts, at a " +
    'charge per hour. The provider proposes one; it is in force once the client accepts it. ' +
    'The charge can change only before that; either side may end one.',
  routes: [
    route({
      method: 'get',
      path: '/partnerships',
      summary: 'Partnerships where the caller is the provider or the client',
      role: 'read_only',
      query: partnershipQuery,
      response: listOf(partnershipView),
      handle: async ({ runtime, caller, query }) => {
        // An organisation has a few partnerships: all of them, ordered and paged here.
        const all = await runtime.models.Partnership.find(ofCaller(caller.organisationId)).lean<
          Partnership[]
        >();
        all.sort((a, b) => a._id.toString().localeCompare(b._id.toString()));
        const page = all.slice(query.offset, query.offset + query.limit);
        return { items: await views(runtime, page, caller.organisationId), total: all.length };
      },
    }),
    route({
      method: 'get',
      path: '/partnerships/:id',
      summary: 'One partnership of the caller',
      role: 'read_only',
      params: idParams,
      response: partnershipView,
      handle: async ({ runtime, caller, params }) => {
        const partnership = await loadVisible(runtime, params.id, caller.organisationId);
        return viewOf(runtime, partnership, caller.organisationId);
      },
    }),
    route({
      method: 'post',
      path: '/partnerships',
      summary:
        "Proposes that the caller's workers serve another organisation's shifts (caller = provider); in force once the client accepts",
      role: 'admin',
      status: 201,
      body: partnershipCreate,
      response: partnershipView,
      handle: async ({ runtime, caller, body }) => {
        const { clientOrganisationId: client, chargeCentsPerHour, clientPeople } = body;
        if (client === caller.organisationId)
          throw invalidBody('clientOrganisationId', 'an organisation cannot partner with itself');
        if (!(await runtime.models.Organisation.exists({ _id: client })))
          throw notFound('organisation');
        await checkClientPeople(runtime, client, clientPeople);
        const created = await conflictOnDuplicate(
          runtime.models.Partnership.create({
            provider: caller.organisationId,
            client,
            chargeCentsPerHour,
            clientPeople,
            pending: true,
          }),
          'a partnership with this organisation already exists',
        );
        return viewOf(runtime, created.toObject<Partnership>(), caller.organisationId);
      },
    }),
    route({
      method: 'patch',
      path: '/partnerships/:id',
      summary: 'Changes the charge or the client people (provider side only)',
      role: 'admin',
      params: idParams,
      body: partnershipPatch,
      response: partnershipView,
      handle: async ({ runtime, caller, params, body }) => {
        const partnership = await loadVisible(runtime, params.id, caller.organisationId);
        if (!partnership.provider.equals(caller.organisationId))
          throw new HttpError(403, 'only the provider organisation can change a partnership');
        if (!partnership.pending && body.chargeCentsPerHour !== undefined)
          throw new HttpError(
            409,
            'the client accepted this charge: end the partnership and propose a new one to change it',
          );
        await checkClientPeople(runtime, partnership.client.toString(), body.clientPeople);
        const { Partnership: Partnerships } = runtime.models;
        await Partnerships.updateOne({ _id: partnership._id }, { $set: body });
        const changed = await Partnerships.findById(partnership._id).orFail().lean<Partnership>();
        return viewOf(runtime, changed, caller.organisationId);
      },
    }),
    route({
      method: 'post',
      path: '/partnerships/:id/accept',
      summary:
        "Accepts a proposed partnership (client side): the provider's workers may then serve",
      role: 'admin',
      params: idParams,
      response: partnershipView,
      handle: async ({ runtime, caller, params }) => {
        const partnership = await loadVisible(runtime, params.id, caller.organisationId);
        if (!partnership.client.equals(caller.organisationId))
          throw new HttpError(403, 'only the client organisation can accept a partnership');
        if (!partnership.pending) throw new HttpError(409, 'already accepted');
        await runtime.models.Partnership.updateOne(
          { _id: partnership._id },
          { $set: { pending: false } },
        );
        return viewOf(runtime, { ...partnership, pending: false }, caller.organisationId);
      },
    }),
    route({
      method: 'delete',
      path: '/partnerships/:id',
      summary: 'Ends a partnership (either side); answers what was ended',
      role: 'admin',
      params: idParams,
      response: partnershipView,
      handle: async ({ runtime, caller, params }) => {
        const partnership = await loadVisible(runtime, params.id, caller.organisationId);
        const ended = await viewOf(runtime, partnership, caller.organisationId);
        await runtime.models.Partnership.deleteOne({ _id: partnership._id });
        return ended;
      },
    }),
  ],
};
