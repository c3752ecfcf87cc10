import { ORGANISATION_ROLES, type ApiKey, type OrganisationRole } from '../../../../models/api-key';
import { createApiKey } from '../auth/api-keys';
import { route, type ApiResource } from '../route';
import { findPage, NEWEST_FIRST } from '../paging';
import { idParams, iso, listOf, pageQuery } from '../schemas/common';
import { apiKeyCreate, apiKeyCreated, apiKeyView } from '../schemas/api-key';
import { notFound } from '../tenancy';

/** The organisation's own keys: the operator's key never shows, and is never revoked, here. */
const ownKeys = (organisationId: string) => ({
  organisation: organisationId,
  role: { $in: [...ORGANISATION_ROLES] },
});

type OwnKey = ApiKey & { role: OrganisationRole };

const view = (key: OwnKey) => ({
  id: key._id.toString(),
  name: key.name,
  role: key.role,
  prefix: `sl_${key.prefix}_…`,
  createdAt: iso(key.createdAt),
  revokedAt: key.revokedAt ? iso(key.revokedAt) : null,
});

export const apiKeys: ApiResource = {
  tag: 'api-keys',
  description: "The organisation's API keys (stored hashed; a key is shown once, at creation).",
  routes: [
    route({
      method: 'get',
      path: '/api-keys',
      operationId: 'listApiKeys',
      summary: "The organisation's keys, newest first",
      role: 'admin',
      query: pageQuery,
      response: listOf(apiKeyView),
      handle: async ({ runtime, caller, query }) => {
        const page = await findPage<OwnKey>(
          runtime.models.ApiKey,
          ownKeys(caller.organisationId),
          query,
          NEWEST_FIRST,
        );
        return { ...page, items: page.items.map(view) };
      },
    }),
    route({
      method: 'post',
      path: '/api-keys',
      operationId: 'createApiKey',
      example: { name: 'Payroll export', role: 'read_only' },
      summary: 'Makes a key; the answer is the only time the whole key is shown',
      role: 'admin',
      status: 201,
      body: apiKeyCreate,
      response: apiKeyCreated,
      handle: async ({ runtime, caller, body }) => {
        const { key, record } = await createApiKey(
          runtime.models,
          { organisation: caller.organisationId, ...body },
          runtime.clock.now(),
        );
        return { ...view({ ...record, role: body.role }), key };
      },
    }),
    route({
      method: 'delete',
      path: '/api-keys/:id',
      operationId: 'revokeApiKey',
      description: 'Revoking a revoked key answers it as it is.',
      summary: 'Revokes a key at once',
      role: 'admin',
      params: idParams,
      response: apiKeyView,
      handle: async ({ runtime, caller, params }) => {
        const filter = { _id: params.id, ...ownKeys(caller.organisationId) };
        const key = await runtime.models.ApiKey.findOne(filter).lean<OwnKey>();
        if (!key) throw notFound('API key');
        const revokedAt = key.revokedAt ?? runtime.clock.now();
        await runtime.models.ApiKey.updateOne(filter, { $set: { revokedAt } });
        return view({ ...key, revokedAt });
      },
    }),
  ],
};
