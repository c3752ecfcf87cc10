import { z } from 'zod';
import type { Organisation } from '../../../../models/organisation';
import type { Runtime } from '../../../../runtime';
import { visitSettingsOf } from '../../../../visits/settings';
import { HttpError } from '../../../errors';
import { route, type ApiResource } from '../route';
import { byNameThenId, pageInMemory } from '../paging';
import { listOf, pageQuery } from '../schemas/common';
import {
  organisationPatch,
  organisationView,
  partnerOrganisationView,
  visitSettings,
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
    supportContact: organisation.supportContact ?? null,
    smsNumbers: organisation.smsNumbers,
    whatsappNumbers: organisation.whatsappNumbers,
    offerStrategy: organisation.offerStrategy as z.input<typeof organisationView>['offerStrategy'],
    reminderMinutesBefore: organisation.reminderMinutesBefore,
    quietHours: organisation.quietHours
      ? { start: organisation.quietHours.start, end: organisation.quietHours.end }
      : null,
    urgentOffersInQuietHours: organisation.urgentOffersInQuietHours,
    // Stored before the setting existed: the default.
    placeOnWorkerOptOut: organisation.placeOnWorkerOptOut ?? 'keep',
    graceMinutes: organisation.graceMinutes,
    noShowAfterMinutes: organisation.noShowAfterMinutes,
    checkInOpensMinutes: organisation.checkInOpensMinutes,
    supervisorReminderMinutes: organisation.supervisorReminderMinutes,
    escalateAfterMinutes: organisation.escalateAfterMinutes,
    hoursIncrementMinutes: organisation.hoursIncrementMinutes,
    doneGraceMinutes: organisation.doneGraceMinutes,
    doneAskWaitMinutes: organisation.doneAskWaitMinutes,
    chargeCentsPerHour: organisation.chargeCentsPerHour,
    terminology: (organisation.terminology ?? {}) as Record<string, Record<string, string>>,
    visitSettings: visitSettingsView(organisation),
    visitSupervisorId: organisation.visitSupervisor?.toString() ?? null,
    clientAddress: organisation.clientAddress,
  };
}

function visitSettingsView(organisation: OrganisationDoc) {
  const { dayWindows, ...rest } = visitSettingsOf(organisation);
  const copy = ([from, to]: readonly [string, string]): [string, string] => [from, to];
  return {
    ...rest,
    dayWindows: {
      morning: copy(dayWindows.morning),
      afternoon: copy(dayWindows.afternoon),
      evening: copy(dayWindows.evening),
    },
  };
}

type Patch = z.output<typeof organisationPatch>;

/** The stored visit settings with the patch's fields over them, refused whole if they disagree. */
function patchedVisitSettings(stored: OrganisationDoc, patch: NonNullable<Patch['visitSettings']>) {
  const current = visitSettingsOf(stored);
  const merged = {
    ...current,
    ...patch,
    dayWindows: { ...current.dayWindows, ...patch.dayWindows },
  };
  const checked = z.object({ visitSettings }).safeParse({ visitSettings: merged });
  if (!checked.success) throw HttpError.fromZod(checked.error, 'body');
  return checked.data.visitSettings;
}

/** The visits' supervisor must be one of ours who supervises or coordinates. */
async function checkVisitSupervisor(runtime: Runtime, organisationId: string, personId: string) {
  const person = await runtime.models.Person.findById(personId, { roles: 1 }).lean();
  const staff = person?.roles.some(
    (r) =>
      r.organisation.toString() === organisationId &&
      (r.role === 'supervisor' || r.role === 'coordinator'),
  );
  if (!staff) {
    throw new HttpError(400, 'invalid body', [
      { path: 'visitSupervisorId', message: 'not a supervisor or coordinator of the organisation' },
    ]);
  }
}

/** The PATCH body as a $set and an $unset (visitSupervisorId: null clears it). */
async function updateOf(runtime: Runtime, organisationId: string, body: Patch) {
  const {
    visitSettings: visitPatch,
    visitSupervisorId,
    terminology,
    supportContact,
    ...rest
  } = body;
  const $set: Record<string, unknown> = { ...rest };
  if (supportContact) $set.supportContact = supportContact;
  // Each language given replaces its own words; the other languages keep theirs.
  for (const [language, words] of Object.entries(terminology ?? {}))
    $set[`terminology.${language}`] = words;
  const $unset: Record<string, ''> = {};
  if (visitPatch) {
    $set.visitSettings = patchedVisitSettings(await loadOwn(runtime, organisationId), visitPatch);
  }
  if (visitSupervisorId) {
    await checkVisitSupervisor(runtime, organisationId, visitSupervisorId);
    $set.visitSupervisor = visitSupervisorId;
  } else if (visitSupervisorId === null) {
    $unset.visitSupervisor = '';
  }
  if (supportContact === null) $unset.supportContact = '';
  return {
    ...(Object.keys($set).length > 0 && { $set }),
    ...(Object.keys($unset).length > 0 && { $unset }),
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
      operationId: 'getOrganisation',
      summary: "The caller's organisation with all its settings",
      role: 'read_only',
      response: organisationView,
      handle: async ({ runtime, caller }) => view(await loadOwn(runtime, caller.organisationId)),
    }),
    route({
      method: 'patch',
      path: '/organisation',
      operationId: 'updateOrganisation',
      description:
        'Names only what changes; the numbers people text (smsNumbers, whatsappNumbers) are the ' +
        "operator's and cannot be set here. `terminology` and `visitSettings` merge with what is " +
        'stored (per language, per field); visitSupervisorId must be a supervisor or coordinator of ' +
        'the organisation (null: the first coordinator); supportContact null removes the line.',
      example: {
        offerStrategy: { kind: 'waves', expiryMinutes: 20, size: 3 },
        quietHours: { start: '21:00', end: '08:00' },
        terminology: { en: { shift: 'visit' } },
      },
      summary:
        'Changes settings (time zone, offer strategy, reminders, quiet hours, words, visit rules…)',
      role: 'admin',
      body: organisationPatch,
      response: organisationView,
      handle: async ({ runtime, caller, body }) => {
        await runtime.models.Organisation.updateOne(
          { _id: caller.organisationId },
          await updateOf(runtime, caller.organisationId, body),
          { runValidators: true },
        );
        return view(await loadOwn(runtime, caller.organisationId));
      },
    }),
    route({
      method: 'get',
      path: '/organisations',
      operationId: 'listOrganisations',
      summary: 'The caller and the organisations it has a partnership with',
      role: 'read_only',
      query: pageQuery,
      response: listOf(partnerOrganisationView),
      handle: async ({ runtime, caller, query }) => {
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
        return pageInMemory(items, query, (o) => [o.name, o.id], byNameThenId, ['text', 'text']);
      },
    }),
  ],
};
