import type { z } from 'zod';
import type { PartnershipTerms } from '../../../../models/partnership-terms';
import type { Runtime } from '../../../../runtime';
import { isDuplicateKeyError } from '../../../../db/duplicate-key';
import { HttpError } from '../../../errors';
import type { Caller } from '../auth/api-keys';
import { ApiError } from '../errors/api-error';
import { auditPartnership, partnerAnew } from '../partnering';
import { findPage } from '../paging';
import { route, type ApiResource } from '../route';
import { idParams, iso, listOf } from '../schemas/common';
import { partnershipView } from '../schemas/partnership';
import { termsPublish, termsQuery, termsView } from '../schemas/terms';
import { notFound } from '../tenancy';
import { viewOfPartnership } from '../views/partnership-view';

async function termsViews(
  runtime: Runtime,
  terms: PartnershipTerms[],
): Promise<z.input<typeof termsView>[]> {
  const ids = terms.map((t) => t.organisation);
  const found = await runtime.models.Organisation.find({ _id: { $in: ids } }, { name: 1 }).lean();
  const names = new Map(found.map((o) => [o._id.toString(), o.name]));
  return terms.map((t) => ({
    id: t._id.toString(),
    organisation: {
      id: t.organisation.toString(),
      name: names.get(t.organisation.toString()) ?? '',
    },
    version: t.version,
    chargeCentsPerHour: t.chargeCentsPerHour,
    skills: t.skills,
    areas: t.areas,
    noticeHours: t.noticeHours,
    autoPartner: t.autoPartner,
    published: t.published,
    publishedAt: iso(t.publishedAt),
    closedAt: t.closedAt ? iso(t.closedAt) : null,
  }));
}

async function termsViewOf(runtime: Runtime, terms: PartnershipTerms) {
  const [one] = await termsViews(runtime, [terms]);
  return one!;
}

/** The organisation's latest version of its terms, published or since withdrawn. */
const latestOf = (runtime: Runtime, organisation: string) =>
  runtime.models.PartnershipTerms.findOne({ organisation }, { version: 1, published: 1 })
    .sort({ version: -1 })
    .lean();

async function auditTerms(runtime: Runtime, caller: Caller, action: string, t: PartnershipTerms) {
  await runtime.models.AuditEvent.create({
    organisation: t.organisation,
    action,
    outcome: t.published ? 'published' : 'withdrawn',
    data: {
      terms: t._id.toString(),
      version: t.version,
      key: caller.keyId,
      chargeCentsPerHour: t.chargeCentsPerHour,
      skills: t.skills,
      areas: t.areas,
      noticeHours: t.noticeHours,
      autoPartner: t.autoPartner,
    },
    at: runtime.clock.now(),
  });
}

export const terms: ApiResource = {
  tag: 'terms',
  description:
    'Standing terms a provider publishes (charge per hour, the work, areas, notice) and any ' +
    'other organisation may accept to partner with it: at once when the provider partners ' +
    'automatically, else once it accepts. Each publication is a new version; a partnership ' +
    'keeps the version it was made under.',
  routes: [
    route({
      method: 'get',
      path: '/organisation/terms',
      operationId: 'listOwnTerms',
      summary: "Every version of the caller's terms, the latest first",
      role: 'read_only',
      query: termsQuery,
      response: listOf(termsView),
      handle: async ({ runtime, caller, query }) => {
        const page = await findPage<PartnershipTerms>(
          runtime.models.PartnershipTerms,
          { organisation: caller.organisationId },
          query,
          [['version', -1, 'number']],
        );
        return { ...page, items: await termsViews(runtime, page.items) };
      },
    }),
    route({
      method: 'post',
      path: '/organisation/terms',
      operationId: 'publishTerms',
      description:
        'Replaces the terms published before (they can no longer be accepted); partnerships ' +
        'made under them keep them, charge and limits alike.',
      errors: { 409: 'Another version was published at the same moment (code state_conflict).' },
      example: {
        chargeCentsPerHour: 2500,
        skills: ['home_care'],
        areas: ['Brooklyn'],
        noticeHours: 24,
        autoPartner: true,
      },
      summary: "Publishes the caller's terms as a provider, as their next version",
      role: 'admin',
      status: 201,
      body: termsPublish,
      response: termsView,
      handle: async ({ runtime, caller, body }) => {
        const { PartnershipTerms: Terms } = runtime.models;
        const organisation = caller.organisationId;
        const latest = await latestOf(runtime, organisation);
        const now = runtime.clock.now();
        const version = (latest?.version ?? 0) + 1;
        let published: PartnershipTerms;
        try {
          const fields = { organisation, version, ...body, published: true, publishedAt: now };
          published = (await Terms.create(fields)).toObject<PartnershipTerms>();
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
          throw new HttpError(409, 'other terms were published at the same moment: try again');
        }
        if (latest?.published)
          await Terms.updateOne(
            { organisation, version: latest.version },
            { $set: { published: false, closedAt: now } },
          );
        await auditTerms(runtime, caller, 'terms.published', published);
        return termsViewOf(runtime, published);
      },
    }),
    route({
      method: 'get',
      path: '/terms',
      operationId: 'listTerms',
      summary: "Every organisation's published terms (the caller's own included)",
      role: 'read_only',
      query: termsQuery,
      response: listOf(termsView),
      handle: async ({ runtime, query }) => {
        const page = await findPage<PartnershipTerms>(
          runtime.models.PartnershipTerms,
          { published: true },
          query,
          [['_id', 1, 'id']],
        );
        return { ...page, items: await termsViews(runtime, page.items) };
      },
    }),
    route({
      method: 'delete',
      path: '/terms/:id',
      operationId: 'withdrawTerms',
      description:
        'Nobody can accept them any more; partnerships made under them stay as they are. ' +
        'Withdrawing terms already replaced or withdrawn answers them as they are.',
      summary: "Withdraws the caller's published terms",
      role: 'admin',
      params: idParams,
      response: termsView,
      handle: async ({ runtime, caller, params }) => {
        const own = await runtime.models.PartnershipTerms.findOne({
          _id: params.id,
          organisation: caller.organisationId,
        }).lean<PartnershipTerms>();
        if (!own) throw notFound('terms');
        if (!own.published) return termsViewOf(runtime, own);
        const withdrawn = { ...own, published: false, closedAt: runtime.clock.now() };
        await runtime.models.PartnershipTerms.updateOne(
          { _id: own._id },
          { $set: { published: false, closedAt: withdrawn.closedAt } },
        );
        await auditTerms(runtime, caller, 'terms.withdrawn', withdrawn);
        return termsViewOf(runtime, withdrawn);
      },
    }),
    route({
      method: 'post',
      path: '/terms/:id/accept',
      operationId: 'acceptTerms',
      description:
        "Makes a partnership in which the publisher's workers serve the caller's shifts that fit " +
        'the terms, at their charge: in force at once when the publisher partners automatically, ' +
        'else pending until it accepts (POST /partnerships/:id/accept). Terms replaced or ' +
        'withdrawn are not found. A partnership with the publisher that has ended is made anew.',
      errors: { 409: 'A partnership with the publisher exists (code already_exists).' },
      summary: "Accepts another organisation's published terms (caller = client)",
      role: 'admin',
      status: 201,
      params: idParams,
      response: partnershipView,
      handle: async ({ runtime, caller, params }) => {
        const accepted = await runtime.models.PartnershipTerms.findOne({
          _id: params.id,
          published: true,
        }).lean<PartnershipTerms>();
        if (!accepted) throw notFound('terms');
        const provider = accepted.organisation.toString();
        if (provider === caller.organisationId)
          throw new ApiError(400, 'invalid_request', 'an organisation cannot accept its own terms');
        const partnership = await partnerAnew(runtime, provider, caller.organisationId, {
          chargeCentsPerHour: accepted.chargeCentsPerHour,
          clientPeople: [],
          pending: !accepted.autoPartner,
          terms: {
            id: accepted._id,
            version: accepted.version,
            skills: accepted.skills,
            areas: accepted.areas,
            noticeHours: accepted.noticeHours,
          },
        });
        const outcome = partnership.pending ? 'pending' : 'in_force';
        await auditPartnership(runtime, caller, 'partnership.terms_accepted', outcome, partnership);
        return viewOfPartnership(runtime, partnership, caller.organisationId);
      },
    }),
  ],
};
