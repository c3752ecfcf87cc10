import { z } from 'zod';
import type { Organisation } from '../../../../models/organisation';
import type { Runtime } from '../../../../runtime';
import { route, type ApiResource } from '../route';
import { listOf } from '../schemas/common';
import {
  organisationPatch,
  organisationView,
  partnerOrganisationView,
} from '../schemas/organisation';
import { tenancyOf } from '../tenancy';

type OrganisationDoc = Organisation & { _id: { toString(): string } };

function view(organisation: OrganisationDoc): z.input<typeof organisationView> {
  return {
    id: organisation._id.toString(),
    name: organisation.name,
    timeZone: organisation.timeZone,
    language: organisation.language as 'en' | 'es' | 'fr',
    contact: organisation.contact,
    smsNumbers: organisation.smsNumbers,
    offerStrategy: organisation.offerStrategy as z.input<typeof organisationView>['offerStrategy'],
    reminderMinutesBefore: organisation.reminderMinutesBefore,
    quietHours: organisation.quietHours
      ? { start: organisation.quietHours.start, end: organisation.quietHours.end }
      : null,
    graceMinutes: organisation.graceMinutes,
    noShowAfterMinutes: organisation.noShowAfterMinutes,
    checkInOpensMinutes: organisation.checkInOpensMinutes,
    supervisorReminderMinutes: organisation.supervisorReminderMinutes,
    escalateAfterMinutes: organisation.escalateAfterMinutes,
    chargeCentsPerHour: organisation.chargeCentsPerHour,
    terminology: (organisation.terminology ?? {}) as Record<string, Record<string, string>>,
  };
}

const loadOwn = (runtime: Runtime, id: string) =>
  runtime.models.Organisation.findById(id).orFail().lean<OrganisationDoc>();

export const organisations: ApiResource = {
  tag: 'organisations',
  description: "The caller's organisation and its settings, and the partners it works with.",
  routes: [
    route({
      method: 'get',
      path: '/organisation',
      summary: "The caller's organisation with all its settings",
      role: 'read_only',
      response: organisationView,
      handle: async ({ runtime, caller }) => view(await loadOwn(runtime, caller.organisationId)),
    }),
    route({
      method: 'patch',
      path: '/organisation',
      summary: 'Changes settings (time zone, offer strategy, reminders, quiet hours, words…)',
      role: 'admin',
      body: organisationPatch,
      response: organisationView,
      handle: async ({ runtime, caller, body }) => {
        await runtime.models.Organisation.updateOne(
          { _id: caller.organisationId },
          { $set: body },
          { runValidators: true },
        );
        return view(await loadOwn(runtime, caller.organisationId));
      },
    }),
    route({
      method: 'get',
      path: '/organisations',
      summary: 'The caller and the organisations it has a partnership with',
      role: 'read_only',
      response: listOf(partnerOrganisationView),
      handle: async ({ runtime, caller }) => {
        const tenancy = await tenancyOf(runtime, caller.organisationId);
        const relations = new Map<string, 'self' | 'provider' | 'client'>([
          ...tenancy.providers.map((id) => [id.toString(), 'provider'] as const),
          ...tenancy.clients.map((id) => [id.toString(), 'client'] as const),
          [tenancy.organisation.toString(), 'self'],
        ]);
        const found = await runtime.models.Organisation.find(
          { _id: { $in: [...relations.keys()] } },
          { name: 1, timeZone: 1 },
        )
          .sort({ name: 1 })
          .lean();
        const items = found.map((o) => ({
          id: o._id.toString(),
          name: o.name,
          timeZone: o.timeZone,
          relation: relations.get(o._id.toString())!,
        }));
        return { items, total: items.length };
      },
    }),
  ],
};
