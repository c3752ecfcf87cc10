import type { z } from 'zod';
import type { HandOff } from '../../../../models/hand-off';
import type { TranscriptLine } from '../../../../models/transcript';
import type { VisitRequest } from '../../../../models/visit-request';
import type { Runtime } from '../../../../runtime';
import { findPage, NEWEST_FIRST } from '../paging';
import { route, type ApiResource } from '../route';
import { idParams, iso, listOf } from '../schemas/common';
import { handOffQuery, handOffView, visitRequestQuery, visitRequestView } from '../schemas/visit';
import { notFound } from '../tenancy';

const lines = (transcript: TranscriptLine[]) =>
  transcript.map((l) => ({ from: l.from, text: l.text, at: iso(l.at) }));

function handOffOf(h: HandOff): z.input<typeof handOffView> {
  return {
    id: h._id.toString(),
    reason: h.reason,
    personId: h.person?.toString() ?? null,
    from: h.from,
    visitRequestId: h.visitRequest?.toString() ?? null,
    transcript: lines(h.transcript),
    coordinatorId: h.coordinator?.toString() ?? null,
    createdAt: iso(h.createdAt),
    resolvedAt: h.resolvedAt ? iso(h.resolvedAt) : null,
  };
}

function visitRequestOf(r: VisitRequest): z.input<typeof visitRequestView> {
  return {
    id: r._id.toString(),
    clientId: r.client.toString(),
    purpose: r.purpose,
    state: r.state,
    shiftId: r.shift?.toString() ?? null,
    shiftIds: r.shifts.map(String),
    transcript: lines(r.transcript),
    createdAt: iso(r.createdAt),
    closedAt: r.closedAt ? iso(r.closedAt) : null,
  };
}

async function ownHandOff(runtime: Runtime, organisationId: string, id: string) {
  const found = await runtime.models.HandOff.findOne({ _id: id, organisation: organisationId })
    .lean<HandOff>()
    .exec();
  if (!found) throw notFound('hand-off');
  return found;
}

export const visitRequests: ApiResource = {
  tag: 'visit requests',
  description:
    "Clients' visit dialogs by text, and the texts handed to a coordinator: from unknown numbers, " +
    'and requests not understood after two tries.',
  routes: [
    route({
      method: 'get',
      path: '/visit-requests',
      operationId: 'listVisitRequests',
      summary: "The organisation's visit dialogs, newest first",
      role: 'read_only',
      query: visitRequestQuery,
      response: listOf(visitRequestView),
      handle: async ({ runtime, caller, query }) => {
        const filter = {
          organisation: caller.organisationId,
          ...(query.state ? { state: query.state } : {}),
        };
        const page = await findPage<VisitRequest>(
          runtime.models.VisitRequest,
          filter,
          query,
          NEWEST_FIRST,
        );
        return { ...page, items: page.items.map(visitRequestOf) };
      },
    }),
    route({
      method: 'get',
      path: '/hand-offs',
      operationId: 'listHandOffs',
      summary: 'Texts passed to a coordinator, newest first',
      role: 'read_only',
      query: handOffQuery,
      response: listOf(handOffView),
      handle: async ({ runtime, caller, query }) => {
        const open =
          query.open === undefined ? {} : { resolvedAt: { $exists: query.open === 'false' } };
        const filter = { organisation: caller.organisationId, ...open };
        const page = await findPage<HandOff>(runtime.models.HandOff, filter, query, NEWEST_FIRST);
        return { ...page, items: page.items.map(handOffOf) };
      },
    }),
    route({
      method: 'get',
      path: '/hand-offs/:id',
      operationId: 'getHandOff',
      summary: 'One hand-off, with the conversation so far',
      role: 'read_only',
      params: idParams,
      response: handOffView,
      handle: async ({ runtime, caller, params }) =>
        handOffOf(await ownHandOff(runtime, caller.organisationId, params.id)),
    }),
    route({
      method: 'post',
      path: '/hand-offs/:id/resolve',
      operationId: 'resolveHandOff',
      description: 'Resolving a resolved hand-off answers it as it is.',
      summary:
        "Marks a hand-off dealt with: the sender's next text that cannot be acted on opens a new one",
      role: 'coordinator',
      params: idParams,
      response: handOffView,
      handle: async ({ runtime, caller, params }) => {
        const found = await ownHandOff(runtime, caller.organisationId, params.id);
        if (!found.resolvedAt) {
          await runtime.models.HandOff.updateOne(
            { _id: found._id },
            {
              $set: { resolvedAt: runtime.clock.now(), resolvedBy: caller.keyId },
              $unset: { openKey: 1 },
            },
          );
        }
        return handOffOf(await ownHandOff(runtime, caller.organisationId, params.id));
      },
    }),
  ],
};
