import type { z } from 'zod';
import type { Share } from '../../../../models/share';
import { buildRecord, type WorkerRecord } from '../../../../record/build-record';
import type { Runtime } from '../../../../runtime';
import { findPage } from '../paging';
import { route, type ApiResource } from '../route';
import { iso, listOf, pageQuery } from '../schemas/common';
import {
  personIdParams,
  recordAimViews,
  sharedRecordSummary,
  sharedRecordView,
  workerRecordView,
} from '../schemas/shared-record';
import { notFound } from '../tenancy';

function recordView(record: WorkerRecord): z.input<typeof workerRecordView> {
  const { firstShift, lastShift, ...counts } = record.reliability;
  return {
    ...record,
    reliability: {
      ...counts,
      ...(firstShift && { firstShift: iso(firstShift) }),
      ...(lastShift && { lastShift: iso(lastShift) }),
    },
    badgesEarned: record.badgesEarned.map(({ badge, earnedAt }) => ({
      badge,
      earnedAt: iso(earnedAt),
    })),
    aims: recordAimViews(record.aims),
  };
}

/** The person as they shared themselves: their own name, not any organisation's note (and no number: an organisation asks for it by inviting them to talk). */
async function summaryOf(runtime: Runtime, share: Share) {
  const person = await runtime.directory.person(share.person);
  if (!person) return undefined;
  return {
    person,
    summary: {
      personId: person._id.toString(),
      name: person.name,
      sharedAt: iso(share.sharedAt),
    } satisfies z.input<typeof sharedRecordSummary>,
  };
}

export const sharedRecords: ApiResource = {
  tag: 'shared-records',
  description:
    "Workers' records shared with the organisation by their own consent (SHARE by text, or on their record page); a withdrawn share is gone.",
  routes: [
    route({
      method: 'get',
      path: '/shared-records',
      operationId: 'listSharedRecords',
      summary: 'The people who share their record with the organisation, newest first',
      role: 'read_only',
      query: pageQuery,
      response: listOf(sharedRecordSummary),
      handle: async ({ runtime, caller, query }) => {
        const page = await findPage<Share>(
          runtime.models.Share,
          { organisation: caller.organisationId, active: true },
          query,
          [
            ['sharedAt', -1, 'date'],
            ['_id', -1, 'id'],
          ],
        );
        const items = await Promise.all(page.items.map((share) => summaryOf(runtime, share)));
        return { ...page, items: items.flatMap((item) => (item ? [item.summary] : [])) };
      },
    }),
    route({
      method: 'get',
      path: '/shared-records/:personId',
      operationId: 'getSharedRecord',
      summary:
        "One person's shared record: hours, programmes, reliability, skills, badges and aims",
      role: 'read_only',
      params: personIdParams,
      response: sharedRecordView,
      handle: async ({ runtime, caller, params }) => {
        const share = await runtime.models.Share.findOne({
          person: params.personId,
          organisation: caller.organisationId,
        }).lean<Share>();
        const shared = share?.active ? await summaryOf(runtime, share) : undefined;
        if (!shared) throw notFound('shared record');
        const record = await buildRecord(runtime.models, shared.person);
        return { ...shared.summary, record: recordView(record) };
      },
    }),
  ],
};
