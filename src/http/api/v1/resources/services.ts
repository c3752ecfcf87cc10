import type { z } from 'zod';
import type { Service } from '../../../../models/service';
import { HttpError } from '../../../errors';
import { conflictOnDuplicate } from '../conflict';
import { findPage } from '../paging';
import { route, type ApiResource } from '../route';
import { idParams, listOf } from '../schemas/common';
import { serviceCreate, servicePatch, serviceQuery, serviceView } from '../schemas/service';
import { findOwn } from '../tenancy';

function view(service: Service): z.input<typeof serviceView> {
  return {
    id: service._id.toString(),
    key: service.key,
    names: {
      en: [...(service.names?.en ?? [])],
      es: [...(service.names?.es ?? [])],
      fr: [...(service.names?.fr ?? [])],
    },
    defaultMinutes: service.defaultMinutes,
    hours: service.hours.map((h) => ({
      weekdays: [...h.weekdays],
      opens: h.opens,
      closes: h.closes,
    })),
    requiredSkills: [...service.requiredSkills],
    active: service.active,
    createdAt: service.createdAt.toISOString(),
  };
}

/** The stored names with the patch's languages over them; a service left without any name is refused. */
function patchedNames(
  service: Service,
  patch: NonNullable<z.output<typeof servicePatch>['names']>,
) {
  const names = {
    en: patch.en ?? service.names?.en ?? [],
    es: patch.es ?? service.names?.es ?? [],
    fr: patch.fr ?? service.names?.fr ?? [],
  };
  if (names.en.length + names.es.length + names.fr.length === 0) {
    throw new HttpError(400, 'invalid body', [
      { path: 'names', message: 'a service needs a name in at least one language' },
    ]);
  }
  return names;
}

export const services: ApiResource = {
  tag: 'services',
  description:
    'What clients may book by text: names and synonyms per language, default length, business hours.',
  routes: [
    route({
      method: 'get',
      path: '/services',
      operationId: 'listServices',
      summary: "The organisation's services, by key",
      role: 'read_only',
      query: serviceQuery,
      response: listOf(serviceView),
      handle: async ({ runtime, caller, query }) => {
        const filter = {
          organisation: caller.organisationId,
          ...(query.active !== undefined && { active: query.active }),
        };
        // A key is unique within the organisation.
        const page = await findPage<Service>(runtime.models.Service, filter, query, [
          ['key', 1, 'text'],
        ]);
        return { ...page, items: page.items.map(view) };
      },
    }),
    route({
      method: 'post',
      path: '/services',
      operationId: 'createService',
      errors: { 409: 'A service with this key exists (code already_exists).' },
      example: {
        key: 'groceries',
        names: { en: ['groceries', 'shopping'], es: ['compras'], fr: ['courses'] },
        defaultMinutes: 90,
        hours: [{ weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }],
      },
      summary: 'Adds a service (409 when its key is taken)',
      role: 'coordinator',
      body: serviceCreate,
      response: serviceView,
      status: 201,
      handle: async ({ runtime, caller, body }) => {
        const created = await conflictOnDuplicate(
          runtime.models.Service.create({
            ...body,
            organisation: caller.organisationId,
            active: true,
            createdAt: runtime.clock.now(),
          }),
          'a service with this key already exists',
        );
        return view(created.toObject());
      },
    }),
    route({
      method: 'get',
      path: '/services/:id',
      operationId: 'getService',
      summary: 'One service',
      role: 'read_only',
      params: idParams,
      response: serviceView,
      handle: async ({ runtime, caller, params }) =>
        view(await findOwn(runtime.models.Service, 'service', caller.organisationId, params.id)),
    }),
    route({
      method: 'patch',
      path: '/services/:id',
      operationId: 'updateService',
      description:
        'names merges by language: the languages given replace theirs; the key never changes.',
      example: { defaultMinutes: 60, names: { es: ['compras', 'mandados'] } },
      summary: 'Changes names, length, hours or skills; active: true brings a service back',
      role: 'coordinator',
      params: idParams,
      body: servicePatch,
      response: serviceView,
      handle: async ({ runtime, caller, params, body }) => {
        const service = await findOwn(
          runtime.models.Service,
          'service',
          caller.organisationId,
          params.id,
        );
        const { names, ...rest } = body;
        await runtime.models.Service.updateOne(
          { _id: params.id, organisation: caller.organisationId },
          { $set: { ...rest, ...(names && { names: patchedNames(service, names) }) } },
          { runValidators: true },
        );
        return view(
          await findOwn(runtime.models.Service, 'service', caller.organisationId, params.id),
        );
      },
    }),
    route({
      method: 'delete',
      path: '/services/:id',
      operationId: 'withdrawService',
      description: 'Withdrawing a withdrawn service answers it as it is.',
      summary: 'Withdraws a service (kept, inactive: shifts may refer to it)',
      role: 'coordinator',
      params: idParams,
      response: serviceView,
      handle: async ({ runtime, caller, params }) => {
        await findOwn(runtime.models.Service, 'service', caller.organisationId, params.id);
        await runtime.models.Service.updateOne(
          { _id: params.id, organisation: caller.organisationId },
          { $set: { active: false } },
        );
        return view(
          await findOwn(runtime.models.Service, 'service', caller.organisationId, params.id),
        );
      },
    }),
  ],
};
