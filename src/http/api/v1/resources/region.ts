import { Types } from 'mongoose';
import type { z } from 'zod';
import { REGION_DASHBOARD_ID } from '../../../../models/region-dashboard';
import type { Runtime } from '../../../../runtime';
import { dashboardSettings } from '../../../public/region-figures';
import { HttpError } from '../../../errors';
import { route, type ApiResource } from '../route';
import { dashboardSettingsBody, dashboardSettingsView, regionChoicesView } from '../schemas/region';

async function view(runtime: Runtime): Promise<z.input<typeof dashboardSettingsView>> {
  const settings = await dashboardSettings(runtime);
  return {
    figures: settings.figures,
    organisationIds: settings.organisations.map(String),
    programmeIds: settings.programmes.map(String),
    timeZone: settings.timeZone ?? null,
    weeks: settings.weeks,
    updatedAt: settings.updatedAt?.toISOString() ?? null,
  };
}

/**
 * Every organisation named must exist, and every programme be one of theirs, its weeks counted
 * in the dashboard's zone: a programme's own public page counts its weeks in its organisation's
 * zone, and weeks a few hours apart could be subtracted to show a few hours' spending.
 */
async function checkNamed(runtime: Runtime, body: z.output<typeof dashboardSettingsBody>) {
  const [organisations, programmes] = await Promise.all([
    runtime.models.Organisation.find(
      { _id: { $in: body.organisationIds } },
      { timeZone: 1 },
    ).lean(),
    runtime.models.Programme.find({ _id: { $in: body.programmeIds } }, { organisation: 1 }).lean(),
  ]);
  const zoneOf = new Map(organisations.map((o) => [o._id.toString(), o.timeZone]));
  const zone = body.timeZone ?? zoneOf.get(body.organisationIds[0] ?? '');
  const details = [
    ...body.organisationIds.flatMap((id, i) =>
      zoneOf.has(id) ? [] : [{ path: `organisationIds.${i}`, message: 'unknown organisation' }],
    ),
    ...body.programmeIds.flatMap((id, i) => {
      const path = `programmeIds.${i}`;
      const programme = programmes.find((p) => p._id.equals(id));
      if (!programme) return [{ path, message: 'unknown programme' }];
      const programmeZone = zoneOf.get(programme.organisation.toString());
      if (programmeZone === undefined)
        return [{ path, message: 'not a programme of an organisation included' }];
      return programmeZone === zone
        ? []
        : [
            {
              path,
              message: `its public page counts weeks in ${programmeZone}, the dashboard in ${zone}: the two could be subtracted`,
            },
          ];
    }),
  ];
  if (details.length) throw new HttpError(400, 'invalid body', details);
}

/** Every organisation, by name, with its programmes (a region has a few dozen of each). */
async function choices(runtime: Runtime): Promise<z.input<typeof regionChoicesView>> {
  const organisations = await runtime.models.Organisation.find({}, { name: 1 })
    .sort({ name: 1 })
    .lean();
  const programmes = await runtime.models.Programme.find(
    { organisation: { $in: organisations.map((o) => o._id) } },
    { organisation: 1, name: 1 },
  )
    .sort({ organisation: 1, createdAt: -1, _id: -1 })
    .lean();
  return {
    organisations: organisations.map((o) => ({
      id: o._id.toString(),
      name: o.name,
      programmes: programmes
        .filter((p) => p.organisation.equals(o._id))
        .map((p) => ({ id: p._id.toString(), name: p.name })),
    })),
  };
}

export const region: ApiResource = {
  tag: 'region',
  description:
    "The region's public dashboard (/public/region, .json, .csv): what it shows, set by the platform's operator.",
  routes: [
    route({
      method: 'get',
      path: '/region/dashboard',
      operationId: 'getRegionDashboard',
      summary: 'What the public dashboard shows',
      role: 'operator',
      response: dashboardSettingsView,
      handle: ({ runtime }) => view(runtime),
    }),
    route({
      method: 'get',
      path: '/region/organisations',
      operationId: 'listRegionChoices',
      summary: 'Every organisation and its programmes, to choose what the public dashboard shows',
      role: 'operator',
      response: regionChoicesView,
      handle: ({ runtime }) => choices(runtime),
    }),
    route({
      method: 'put',
      path: '/region/dashboard',
      operationId: 'setRegionDashboard',
      summary:
        'Sets what the public dashboard shows (all of it: figures, organisations, programmes, weeks, zone)',
      description:
        'Organisations must exist; programmes must be of an organisation included and in the ' +
        "dashboard's zone (their own pages count weeks in theirs). The page " +
        'shows aggregates only: a figure from fewer than 5 people is withheld as "fewer than 5", ' +
        'and a week’s total of money spent, with one more source, when a source is.',
      example: {
        figures: ['hoursWorked', 'peopleWorked', 'moneySpent'],
        organisationIds: ['665f1c2ab3e4d5f6a7b8c9d1'],
        programmeIds: ['665f1c2ab3e4d5f6a7b8c9d2'],
        timeZone: 'America/New_York',
        weeks: 12,
      },
      role: 'operator',
      body: dashboardSettingsBody,
      response: dashboardSettingsView,
      handle: async ({ runtime, caller, body }) => {
        await checkNamed(runtime, body);
        await runtime.models.RegionDashboard.updateOne(
          { _id: REGION_DASHBOARD_ID },
          {
            $set: {
              figures: body.figures,
              organisations: body.organisationIds.map((id) => new Types.ObjectId(id)),
              programmes: body.programmeIds.map((id) => new Types.ObjectId(id)),
              timeZone: body.timeZone,
              weeks: body.weeks,
              updatedAt: runtime.clock.now(),
              updatedBy: caller.keyId,
            },
          },
          { upsert: true },
        );
        return view(runtime);
      },
    }),
  ],
};
