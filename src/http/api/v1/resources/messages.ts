import type { Runtime } from '../../../../runtime';
import { route, type ApiResource } from '../route';
import { idParams, listOf } from '../schemas/common';
import {
  messageListQuery,
  messageView,
  organisationMessageView,
  personMessageBody,
  threadQuery,
} from '../schemas/message';
import { sendToPerson } from '../views/send-to-person';
import { findThreadPerson } from '../views/message-person-access';
import { newestFirst, pageOfThread } from '../views/message-order';
import {
  inbound,
  maskedNumberOf,
  messageViewOf,
  outbound,
  type AnyMessage,
} from '../views/message-view';
import { deliveriesOf } from '../../../../messaging/delivery';
import { loadNames } from '../views/names';

/** What became of the page's outbound messages, by id. */
function deliveriesOfPage(runtime: Runtime, messages: AnyMessage[]) {
  const ids = messages.flatMap((m) => (m.direction === 'out' ? [m.doc._id] : []));
  return deliveriesOf(runtime.models, ids);
}

export const messages: ApiResource = {
  tag: 'messages',
  description:
    "Texts between Shiftline and people, as sent on the caller's behalf, with delivery status.",
  routes: [
    route({
      method: 'get',
      path: '/people/:id/messages',
      summary: "A person's thread with the caller's organisation, oldest first within a page",
      role: 'read_only',
      params: idParams,
      query: threadQuery,
      response: listOf(messageView),
      handle: async ({ runtime, caller, params, query }) => {
        const person = await findThreadPerson(runtime, caller, params.id);
        const { InboundMessage, OutboundMessage } = runtime.models;
        const thread = { person: person._id, organisation: caller.organisationId };
        const before = query.before ? { $lt: new Date(query.before) } : undefined;
        const [ins, outs, inTotal, outTotal] = await Promise.all([
          InboundMessage.find({ ...thread, ...(before ? { receivedAt: before } : {}) })
            .sort({ receivedAt: -1 })
            .limit(query.limit + 1)
            .lean(),
          OutboundMessage.find({ ...thread, ...(before ? { createdAt: before } : {}) })
            .sort({ createdAt: -1 })
            .limit(query.limit + 1)
            .lean(),
          InboundMessage.countDocuments(thread),
          OutboundMessage.countDocuments(thread),
        ]);
        const page = pageOfThread([...ins.map(inbound), ...outs.map(outbound)], query.limit);
        const deliveries = await deliveriesOfPage(runtime, page);
        return {
          items: page.reverse().map((m) => messageViewOf(m, deliveries)),
          total: inTotal + outTotal,
        };
      },
    }),
    route({
      method: 'post',
      path: '/people/:id/messages',
      summary:
        "Texts one of the organisation's people in your own words (e.g. to answer a hand-off), " +
        'through the normal outbound queue; the text records which key sent it',
      role: 'coordinator',
      params: idParams,
      body: personMessageBody,
      response: messageView,
      status: 201,
      handle: async ({ runtime, caller, params, body }) => {
        const sent = await sendToPerson(runtime, caller, params.id, body);
        return messageViewOf(outbound(sent), await deliveriesOf(runtime.models, [sent._id]));
      },
    }),
    route({
      method: 'get',
      path: '/messages',
      summary: "The organisation's recent texts both ways, newest first, e.g. ?status=failed",
      role: 'read_only',
      query: messageListQuery,
      response: listOf(organisationMessageView),
      handle: async ({ runtime, caller, query }) => {
        const { InboundMessage, OutboundMessage } = runtime.models;
        const { direction, status, since, limit, offset } = query;
        const organisation = caller.organisationId;
        const from = since ? { $gte: new Date(since) } : undefined;
        const inFilter = { organisation, ...(from ? { receivedAt: from } : {}) };
        const outFilter = { organisation, ...(from ? { createdAt: from } : {}) };
        // Inbound texts have no delivery status: a status filter leaves them out.
        const wantIn = direction !== 'out' && !status;
        const wantOut = direction !== 'in';
        const window = offset + limit;
        const [ins, outs, inTotal, outTotal] = await Promise.all([
          wantIn ? InboundMessage.find(inFilter).sort({ receivedAt: -1 }).limit(window).lean() : [],
          wantOut && !status
            ? OutboundMessage.find(outFilter).sort({ createdAt: -1 }).limit(window).lean()
            : [],
          wantIn ? InboundMessage.countDocuments(inFilter) : 0,
          wantOut && !status ? OutboundMessage.countDocuments(outFilter) : 0,
        ]);
        // A delivery status is read from facts, not stored on the message: filter in code.
        const withStatus =
          wantOut && status ? await outboundWithStatus(runtime, outFilter, status) : [];
        const page = newestFirst(
          [...ins.map(inbound), ...outs.map(outbound), ...withStatus.map(outbound)],
          window,
        ).slice(offset);
        const [deliveries, names] = await Promise.all([
          deliveriesOfPage(runtime, page),
          loadNames(runtime, { people: page.map((m) => m.doc.person), organisations: [] }),
        ]);
        const items = page.map((m) => ({
          ...messageViewOf(m, deliveries),
          person: m.doc.person ? names.person(m.doc.person) : null,
          maskedNumber: maskedNumberOf(m),
        }));
        return { items, total: inTotal + outTotal + withStatus.length };
      },
    }),
  ],
};

/** The organisation's outbound texts whose delivery status is one of `statuses`, newest first. */
async function outboundWithStatus(
  runtime: Runtime,
  filter: Record<string, unknown>,
  statuses: string[],
) {
  const candidates = await runtime.models.OutboundMessage.find(filter)
    .sort({ createdAt: -1 })
    .lean();
  const deliveries = await deliveriesOf(
    runtime.models,
    candidates.map((m) => m._id),
  );
  return candidates.filter((m) => statuses.includes(deliveries.get(m._id.toString())!.status));
}
