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
import { pageOfMessages } from '../views/message-page';
import { maskedNumberOf, messageViewOf, outbound, type AnyMessage } from '../views/message-view';
import { deliveriesOf } from '../../../../messaging/delivery';
import { loadNames } from '../views/names';
import { tenancyOf } from '../tenancy';

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
      operationId: 'listPersonMessages',
      summary: "A person's thread with the caller's organisation, oldest first within a page",
      role: 'read_only',
      params: idParams,
      query: threadQuery,
      response: listOf(messageView),
      handle: async ({ runtime, caller, params, query }) => {
        const person = await findThreadPerson(runtime, caller, params.id);
        const thread = { person: person._id, organisation: caller.organisationId };
        const page = await pageOfMessages(runtime, { in: thread, out: thread }, query);
        const deliveries = await deliveriesOfPage(runtime, page.items);
        // Newest page first, each page read top to bottom.
        return { ...page, items: page.items.reverse().map((m) => messageViewOf(m, deliveries)) };
      },
    }),
    route({
      method: 'post',
      path: '/people/:id/messages',
      operationId: 'sendPersonMessage',
      summary:
        "Texts one of the organisation's people in your own words (e.g. to answer a hand-off), " +
        'through the normal outbound queue; the text records which key sent it',
      role: 'coordinator',
      params: idParams,
      body: personMessageBody,
      example: { text: 'Yes, you can leave at 3. See you Saturday.', ref: 'handoff-4711' },
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
      operationId: 'listMessages',
      summary: "The organisation's recent texts both ways, newest first, e.g. ?status=failed",
      role: 'read_only',
      query: messageListQuery,
      response: listOf(organisationMessageView),
      handle: async ({ runtime, caller, query }) => {
        const { direction, status, since } = query;
        const organisation = caller.organisationId;
        const from = since ? { $gte: new Date(since) } : undefined;
        // Inbound texts have no delivery status: a status filter leaves them out.
        const filters = {
          in:
            direction !== 'out' && !status
              ? { organisation, ...(from ? { receivedAt: from } : {}) }
              : null,
          out: direction !== 'in' ? { organisation, ...(from ? { createdAt: from } : {}) } : null,
        };
        const { items: page, ...more } = await pageOfMessages(runtime, filters, query, status);
        const [deliveries, names] = await Promise.all([
          deliveriesOfPage(runtime, page),
          tenancyOf(runtime, organisation).then((reader) =>
            loadNames(
              runtime,
              { people: page.map((m) => m.doc.person), organisations: [] },
              reader,
            ),
          ),
        ]);
        const items = page.map((m) => ({
          ...messageViewOf(m, deliveries),
          person: m.doc.person ? names.person(m.doc.person) : null,
          maskedNumber: maskedNumberOf(m),
        }));
        return { ...more, items };
      },
    }),
  ],
};
