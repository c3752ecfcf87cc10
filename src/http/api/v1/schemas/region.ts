import { z } from 'zod';
import { DASHBOARD_FIGURES } from '../../../../models/region-dashboard';
import { objectId } from './common';
import { timeZone } from './organisation';

const unique = <T>(items: T[]) => new Set(items).size === items.length;
const figure = z.enum(DASHBOARD_FIGURES).meta({ id: 'DashboardFigure' });

const fields = {
  figures: z
    .array(figure)
    .min(1)
    .refine(unique, { error: 'each figure once' })
    .meta({ description: 'What the public page shows, in this order' }),
  organisationIds: z
    .array(objectId)
    .max(500)
    .refine(unique, { error: 'each organisation once' })
    .meta({ description: "The organisations whose shifts' work is counted" }),
  programmeIds: z.array(objectId).max(100).refine(unique, { error: 'each programme once' }).meta({
    description:
      'The funding sources: programmes of those organisations, each its own column of money spent',
  }),
  timeZone: timeZone.nullable().meta({
    description: "The zone whose Mondays begin the weeks; null: the first organisation's",
  }),
  weeks: z
    .number()
    .int()
    .min(1)
    .max(52)
    .meta({ description: 'How many whole weeks, the last one ending before this one began' }),
};

export const dashboardSettingsBody = z
  .strictObject({
    ...fields,
    timeZone: fields.timeZone.default(null),
    weeks: fields.weeks.default(12),
  })
  .meta({ id: 'RegionDashboardSettings' });

export const dashboardSettingsView = z
  .object({
    ...fields,
    figures: z.array(figure),
    updatedAt: z.string().nullable().meta({ description: 'null until the operator sets it' }),
  })
  .meta({ id: 'RegionDashboard' });

const named = { id: objectId, name: z.string() };

/** What the operator chooses the dashboard's organisations and programmes from. */
export const regionChoicesView = z
  .object({
    organisations: z
      .array(z.object({ ...named, programmes: z.array(z.object(named)) }))
      .meta({ description: 'Every organisation by name, each with its programmes' }),
  })
  .meta({ id: 'RegionChoices' });
