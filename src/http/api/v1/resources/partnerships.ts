import type { Partnership } from '../../../../models/partnership';
import type { Runtime } from '../../../../runtime';
import { HttpError } from '../../../errors';
import { auditPartnership, partnerAnew } from '../partnering';
import { findPage } from '../paging';
import { route, type ApiResource } from '../route';
import { idParams, listOf } from '../schemas/common';
import {
  partnershipCreate,
  partnershipPatch,
  partnershipQuery,
  partnershipView,
} from '../schemas/partnership';
import { notFound } from '../tenancy';
import { awaitingSide, viewOfPartnership, viewsOfPartnerships } from '../views/partnership-view';

const invalidBody = (path: string, message: string) =>
  new HttpError(400, 'invalid body', [{ path, message }]);

/** Where the caller is the provider or the client; anyone else's partnerships do not exist. */
const ofCaller = (organisationId: string) => ({
  $or: [{ provider: organisationId }, { client: organisationId }],
});

async function loadVisible(runtime: Runtime, id: string, organisationId: string) {
  const partnership = await runtime.models.Partnership.findOne({
    _id: id,
    ...ofCaller(organisationId),
  }).lean<Partnership>();
  if (!partnership) throw notFound('partnership');
  return partnership;
}

/**
 * Every id must be a client of the client organisation (a 400 names the others). Checked only
 * for the client itself, when it accepts: checked for the provider, the answer would tell it
 * whether another organisation has such a client.
 */
async function checkClientPeople(runtime: Runtime, client: string, ids: string[]) {
  if (ids.length === 0) return;
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
    throw new HttpError(400, 'invalid request', [
      {
        path: `clientPeople.${index}`,
        message: 'not one of your clients: ask the provider to change it',
      },
    ]);
}

const ended = () => new HttpError(409, 'the partnership has ended: propose a new one');

export const partnerships: ApiResource = {
  tag: 'partnerships',
  description:
    "Partnerships the caller is part of: a provider's workers serve a client's shifts, at a " +
    'charge per hour. The provider proposes one; it is in force once the client accepts it. ' +
    'The charge can change only before that; either side may end one. A client may also accept ' +
    "a provider's published terms (/terms). Every step is audited for both organisations.",
  routes: [
    route({
      method: 'get',
      path: '/partnerships',
      operationId: 'listPartnerships',
      summary: 'Partnerships where the caller is the provider or the client',
      role: 'read_only',
      query: partnershipQuery,
      response: listOf(partnershipView),
      handle: async ({ runtime, caller, query }) => {
        const page = await findPage<Partnership>(
          runtime.models.Partnership,
          ofCaller(caller.organisationId),
          query,
          [['_id', 1, 'id']],
        );
        return {
          ...page,
          items: await viewsOfPartnerships(runtime, page.items, caller.organisationId),
        };
      },
    }),
    route({
      method: 'get',
      path: '/partnerships/:id',
      operationId: 'getPartnership',
      summary: 'One partnership of the caller',
      role: 'read_only',
      params: idParams,
      response: partnershipView,
      handle: async ({ runtime, caller, params }) => {
        const partnership = await loadVisible(runtime, params.id, caller.organisationId);
        return viewOfPartnership(runtime, partnership, caller.organisationId);
      },
    }),
    route({
      method: 'post',
      path: '/partnerships',
      operationId: 'proposePartnership',
      description:
        'The client organisation’s admin accepts it (POST …/accept); clientPeople are checked ' +
        'against the client’s records then, by the client. Proposing again to an organisation ' +
        'whose partnership with you ended proposes that one anew.',
      errors: { 409: 'A partnership with this organisation exists (code already_exists).' },
      example: { clientOrganisationId: '665f1c2ab3e4d5f6a7b8c9d0', chargeCentsPerHour: 2500 },
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
        const proposal = { chargeCentsPerHour, clientPeople: clientPeople ?? [], pending: true };
        const proposed = await partnerAnew(runtime, caller.organisationId, client, proposal);
        await auditPartnership(runtime, caller, 'partnership.proposed', 'pending', proposed);
        return viewOfPartnership(runtime, proposed, caller.organisationId);
      },
    }),
    route({
      method: 'patch',
      path: '/partnerships/:id',
      operationId: 'updatePartnership',
      errors: {
        409:
          'The client accepted the charge, the charge is that of your published terms, or the ' +
          'partnership has ended (code state_conflict).',
      },
      example: { chargeCentsPerHour: 2700 },
      summary: 'Changes the charge or the client people (provider side only)',
      role: 'admin',
      params: idParams,
      body: partnershipPatch,
      response: partnershipView,
      handle: async ({ runtime, caller, params, body }) => {
        const partnership = await loadVisible(runtime, params.id, caller.organisationId);
        if (!partnership.provider.equals(caller.organisationId))
          throw new HttpError(403, 'only the provider organisation can change a partnership');
        if (partnership.endedAt) throw ended();
        if (!partnership.pending && body.chargeCentsPerHour !== undefined)
          throw new HttpError(
            409,
            'the client accepted this charge: end the partnership and propose a new one to change it',
          );
        if (partnership.terms && body.chargeCentsPerHour !== undefined)
          throw new HttpError(
            409,
            'the client accepted the charge of your published terms: accept or end the partnership',
          );
        const { Partnership: Partnerships } = runtime.models;
        await Partnerships.updateOne({ _id: partnership._id }, { $set: body });
        const changed = await Partnerships.findById(partnership._id).orFail().lean<Partnership>();
        return viewOfPartnership(runtime, changed, caller.organisationId);
      },
    }),
    route({
      method: 'post',
      path: '/partnerships/:id/accept',
      operationId: 'acceptPartnership',
      description:
        'The side it awaits accepts: the client a proposal (every id in clientPeople must be one ' +
        'of its clients: a 400 names the others), the provider an acceptance of its terms. ' +
        'Accepting an accepted partnership answers it as it is.',
      errors: { 409: 'The partnership has ended (code state_conflict).' },
      summary: "Accepts a pending partnership: the provider's workers may then serve",
      role: 'admin',
      params: idParams,
      response: partnershipView,
      handle: async ({ runtime, caller, params }) => {
        const partnership = await loadVisible(runtime, params.id, caller.organisationId);
        const awaiting = awaitingSide(partnership);
        if (!partnership[awaiting].equals(caller.organisationId))
          throw new HttpError(403, `only the ${awaiting} organisation can accept this partnership`);
        if (partnership.endedAt) throw ended();
        if (!partnership.pending)
          return viewOfPartnership(runtime, partnership, caller.organisationId);
        if (awaiting === 'client')
          await checkClientPeople(
            runtime,
            caller.organisationId,
            partnership.clientPeople.map(String),
          );
        await runtime.models.Partnership.updateOne(
          { _id: partnership._id },
          { $set: { pending: false } },
        );
        const accepted = { ...partnership, pending: false };
        await auditPartnership(runtime, caller, 'partnership.accepted', 'in_force', accepted);
        return viewOfPartnership(runtime, accepted, caller.organisationId);
      },
    }),
    route({
      method: 'delete',
      path: '/partnerships/:id',
      operationId: 'endPartnership',
      description: 'Ending an ended partnership answers it as it is.',
      summary: 'Ends a partnership (either side); answers what was ended',
      role: 'admin',
      params: idParams,
      response: partnershipView,
      handle: async ({ runtime, caller, params }) => {
        const partnership = await loadVisible(runtime, params.id, caller.organisationId);
        if (partnership.endedAt)
          return viewOfPartnership(runtime, partnership, caller.organisationId);
        const ended = { ...partnership, endedAt: runtime.clock.now() };
        await runtime.models.Partnership.updateOne(
          { _id: partnership._id },
          { $set: { endedAt: ended.endedAt } },
        );
        await auditPartnership(runtime, caller, 'partnership.ended', 'ended', ended);
        return viewOfPartnership(runtime, ended, caller.organisationId);
      },
    }),
  ],
};
