import { Types } from 'mongoose';
import type { z } from 'zod';
import { addDays } from '../../../../domain/zoned-time';
import type { Person } from '../../../../models/person';
import type { Pilot } from '../../../../models/pilot';
import type { Runtime } from '../../../../runtime';
import { HttpError } from '../../../errors';
import type { Caller } from '../auth/api-keys';
import { ApiError } from '../errors/api-error';
import { findPage, NEWEST_FIRST } from '../paging';
import { route, type ApiResource } from '../route';
import { idParams, iso, listOf, pageQuery } from '../schemas/common';
import {
  pilotCreate,
  pilotDaily as pilotDailyView,
  pilotDailyQuery,
  pilotPatch,
  pilotView,
} from '../schemas/pilot';
import { asSeenBy, findOwn, personVisibility, tenancyOf } from '../tenancy';
import { pilotDaily, pilotDailyCsv } from '../views/pilot-daily';
import {
  formatLocalDate,
  localDateOf,
  MAX_REPORT_DAYS,
  parseLocalDate,
  reportRange,
} from '../views/report-range';

function view(pilot: Pilot): z.input<typeof pilotView> {
  return {
    id: pilot._id.toString(),
    name: pilot.name,
    badge: pilot.badge,
    from: pilot.from,
    to: pilot.to,
    cohort: pilot.cohort.map(String),
    createdBy: { keyId: pilot.createdBy.key.toString(), name: pilot.createdBy.name },
    createdAt: iso(pilot.createdAt),
  };
}

/**
 * The people named, once each, when every one is the caller's own or a worker of a provider in
 * force (whom it may see and book); anyone else, unknown or another organisation's, is refused
 * alike, by position.
 */
async function cohortOf(
  runtime: Runtime,
  organisationId: string,
  ids: readonly string[],
  path: string,
): Promise<Types.ObjectId[]> {
  const tenancy = await tenancyOf(runtime, organisationId);
  const found = await runtime.models.Person.find(
    { _id: { $in: ids } },
    { organisation: 1, roles: 1 },
  ).lean();
  const seen = new Set(
    found.filter((p) => personVisibility(p, tenancy) !== null).map((p) => p._id.toString()),
  );
  const refused = ids.flatMap((id, i) =>
    seen.has(id)
      ? []
      : [{ path: `${path}.${i}`, message: "not one of your people or your providers' workers" }],
  );
  if (refused.length > 0)
    throw new ApiError(422, 'invalid_request', 'the cohort names people you cannot trial', refused);
  return ids.map((id) => new Types.ObjectId(id));
}

/**
 * The organisation's own people who hold the badge now, as it sees them: granted here
 * (POST /people/:id/badges writes the person's badges) or set on the person some other way.
 */
async function holdersOf(runtime: Runtime, organisationId: string, badge: string) {
  const tenancy = await tenancyOf(runtime, organisationId);
  const us = tenancy.organisation;
  const people = await runtime.models.Person.find(
    { $or: [{ organisation: us }, { 'roles.organisation': us }] },
    { organisation: 1, records: 1, badges: 1 },
  ).lean<Pick<Person, '_id' | 'organisation' | 'records' | 'badges'>[]>();
  return people.filter((p) => asSeenBy(p, tenancy).badges.includes(badge)).map((p) => p._id);
}

async function audit(
  runtime: Runtime,
  caller: Caller,
  action: string,
  pilot: Pilot,
  data: Record<string, unknown>,
) {
  await runtime.models.AuditEvent.create({
    organisation: pilot.organisation,
    action,
    outcome: 'done',
    data: { pilot: pilot._id.toString(), key: caller.keyId, ...data },
    at: runtime.clock.now(),
  });
}

const earlier = (a: string, b: string) => (a < b ? a : b);

/** The pilot's figures for the days asked, or its own days up to the most a report covers. */
async function dailyOf(
  runtime: Runtime,
  caller: Caller,
  id: string,
  query: z.output<typeof pilotDailyQuery>,
) {
  const pilot = await findOwn(runtime.models.Pilot, 'pilot', caller.organisationId, id);
  const { timeZone: zone } = await runtime.models.Organisation.findById(pilot.organisation, {
    timeZone: 1,
  })
    .orFail()
    .lean();
  const from = query.from ?? pilot.from;
  const longest = formatLocalDate(addDays(parseLocalDate(from), MAX_REPORT_DAYS - 1));
  const range = reportRange(
    { from, to: query.to ?? earlier(pilot.to, longest) },
    localDateOf(runtime.clock.now(), zone),
  );
  if (!range.ok)
    throw new HttpError(400, 'invalid query', [{ path: range.path, message: range.message }]);
  return pilotDaily(runtime, pilot, range, zone);
}

const DAILY_DESCRIPTION =
  "Per day in the organisation's zone (at most 92; absent dates: the pilot's own days, its " +
  'first 92 at most): the places the cohort holds on shifts of the organisation starting that ' +
  'day, the hours confirmed for it on them, both by the area of the shift; and, for each skill ' +
  "or badge the organisation's shifts those days need other than the pilot's badge, the places " +
  'posted, filled and unfilled. The cohort is the one the pilot has now.';

const CSV_COLUMNS =
  ' Columns: date (or "total" for the whole range), figure (cohort, area or other_skill), ' +
  'name (the area or skill), bookings, hours_confirmed, places, filled, unfilled.';

const UNSEEN_422 =
  'The cohort names someone who is neither one of your people nor a worker of a provider you partner with (code invalid_request, each by position in `details`).';

export const pilots: ApiResource = {
  tag: 'pilots',
  description:
    'Pilots: a named cohort with a badge trialling a new service between two days, and its ' +
    "figures day by day beside the organisation's unmet demand for other skills.",
  routes: [
    route({
      method: 'get',
      path: '/pilots',
      operationId: 'listPilots',
      summary: "The organisation's pilots, newest first",
      role: 'read_only',
      query: pageQuery,
      response: listOf(pilotView),
      handle: async ({ runtime, caller, query }) => {
        const page = await findPage<Pilot>(
          runtime.models.Pilot,
          { organisation: caller.organisationId },
          query,
          NEWEST_FIRST,
        );
        return { ...page, items: page.items.map(view) };
      },
    }),
    route({
      method: 'post',
      path: '/pilots',
      operationId: 'createPilot',
      summary: 'Starts a pilot: a name, a badge, its days and its cohort',
      description:
        'Without a cohort, the cohort is everyone who holds the badge in your organisation now ' +
        '(their latest change of it a grant).',
      errors: { 422: UNSEEN_422 },
      example: {
        name: 'Social prescribing, winter',
        badge: 'social_prescriber',
        from: '2026-12-01',
        to: '2027-02-28',
      },
      role: 'coordinator',
      status: 201,
      body: pilotCreate,
      response: pilotView,
      handle: async ({ runtime, caller, body }) => {
        const organisation = caller.organisationId;
        const cohort = body.cohort
          ? await cohortOf(runtime, organisation, body.cohort, 'cohort')
          : await holdersOf(runtime, organisation, body.badge);
        const key = await runtime.models.ApiKey.findById(caller.keyId, { name: 1 }).lean();
        const created = await runtime.models.Pilot.create({
          organisation,
          name: body.name,
          badge: body.badge,
          from: body.from,
          to: body.to,
          cohort,
          createdBy: { key: caller.keyId, name: key?.name ?? '' },
          createdAt: runtime.clock.now(),
        });
        const pilot = created.toObject<Pilot>();
        await audit(runtime, caller, 'pilot.created', pilot, { cohort: cohort.map(String) });
        return view(pilot);
      },
    }),
    route({
      method: 'get',
      path: '/pilots/:id',
      operationId: 'getPilot',
      summary: 'One pilot',
      role: 'read_only',
      params: idParams,
      response: pilotView,
      handle: async ({ runtime, caller, params }) =>
        view(await findOwn(runtime.models.Pilot, 'pilot', caller.organisationId, params.id)),
    }),
    route({
      method: 'patch',
      path: '/pilots/:id',
      operationId: 'updatePilot',
      summary: 'Renames a pilot, moves its last day, adds or takes out cohort members',
      description:
        'Each change is kept in the audit events with the key that made it. Adding a member ' +
        'already in, or taking out someone who is not, changes nothing.',
      errors: { 422: UNSEEN_422 },
      example: { to: '2027-03-31', addCohort: ['665f1c2ab3e4d5f6a7b8c9d2'] },
      role: 'coordinator',
      params: idParams,
      body: pilotPatch,
      response: pilotView,
      handle: async ({ runtime, caller, params, body }) => {
        const pilot = await findOwn(
          runtime.models.Pilot,
          'pilot',
          caller.organisationId,
          params.id,
        );
        if (body.to !== undefined && body.to < pilot.from)
          throw new HttpError(400, 'invalid body', [
            { path: 'to', message: 'must not be before the first day' },
          ]);
        const adding = body.addCohort
          ? await cohortOf(runtime, caller.organisationId, body.addCohort, 'addCohort')
          : [];
        const had = new Set(pilot.cohort.map(String));
        const removing = new Set(body.removeCohort);
        const added = adding.filter((id) => !had.has(id.toString()));
        const removed = pilot.cohort.filter((id) => removing.has(id.toString()));
        const changes = {
          ...(body.name !== undefined && body.name !== pilot.name && { name: body.name }),
          ...(body.to !== undefined && body.to !== pilot.to && { to: body.to }),
          ...((added.length > 0 || removed.length > 0) && {
            cohort: [...pilot.cohort.filter((id) => !removing.has(id.toString())), ...added],
          }),
        };
        if (Object.keys(changes).length === 0) return view(pilot);
        await runtime.models.Pilot.updateOne({ _id: pilot._id }, { $set: changes });
        const { cohort: _cohort, ...fields } = changes;
        await audit(runtime, caller, 'pilot.changed', pilot, {
          ...fields,
          added: added.map(String),
          removed: removed.map(String),
        });
        return view(await findOwn(runtime.models.Pilot, 'pilot', caller.organisationId, params.id));
      },
    }),
    route({
      method: 'get',
      path: '/pilots/:id/daily',
      operationId: 'getPilotDaily',
      summary: "A pilot's cohort day by day, beside the demand for other skills",
      description: DAILY_DESCRIPTION,
      role: 'read_only',
      params: idParams,
      query: pilotDailyQuery,
      response: pilotDailyView,
      handle: async ({ runtime, caller, params, query }) =>
        dailyOf(runtime, caller, params.id, query),
    }),
    route({
      method: 'get',
      path: '/pilots/:id/daily.csv',
      operationId: 'exportPilotDaily',
      summary: "A pilot's day-by-day figures as CSV",
      description: DAILY_DESCRIPTION + CSV_COLUMNS,
      role: 'read_only',
      params: idParams,
      query: pilotDailyQuery,
      response: pilotDailyView,
      csv: pilotDailyCsv,
      handle: async ({ runtime, caller, params, query }) =>
        dailyOf(runtime, caller, params.id, query),
    }),
  ],
};
