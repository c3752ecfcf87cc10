import type { z } from 'zod';
import type { Runtime } from '../../../../runtime';
import type { Caller } from '../auth/api-keys';
import type { activityItem, activityQuery } from '../schemas/shift';
import { findPage, type Page, type Sort } from '../paging';
import { alertOf, changeEntry } from './change-entry';
import { loadNames } from './names';
import { tenancyOf } from '../tenancy';
import { STEP_FIELDS, type FlowKind, type Step } from './shift-flows';

type ActivityItem = z.input<typeof activityItem>;

interface ActivityStep extends Step {
  flow: FlowKind;
  snapshot: Step['snapshot'] & { context: { shiftId: string; personId?: string } };
}

const FLOW_KINDS: FlowKind[] = ['offer', 'attendance', 'completion'];
/** A change record's id is its entity and version: unique, and in order within an entity. */
const NEWEST_FIRST: Sort = [
  ['at', -1, 'date'],
  ['_id', -1, 'text'],
];
const DAY_MS = 86_400_000;
/**
 * The engine takes no answers about places more than 30 days old (engine/runtime/queries.ts),
 * so shifts that ended longer before `since` have nothing new to show.
 */
const QUIET_AFTER_END_MS = 31 * DAY_MS;

/** The newest changes on the caller's own shifts after `since`, newest first. */
export async function loadActivity(
  runtime: Runtime,
  caller: Caller,
  query: z.output<typeof activityQuery>,
): Promise<Page<ActivityItem>> {
  const { Shift, ChangeRecord } = runtime.models;
  const since = query.since
    ? new Date(query.since)
    : new Date(runtime.clock.now().getTime() - DAY_MS);
  const shifts = await Shift.find(
    {
      organisation: caller.organisationId,
      end: { $gte: new Date(since.getTime() - QUIET_AFTER_END_MS) },
    },
    { place: 1 },
  ).lean();
  if (shifts.length === 0) return { items: [], hasMore: false, nextCursor: null };
  const places = new Map(shifts.map((s) => [s._id.toString(), s.place]));
  const filter = {
    at: { $gt: since },
    flow: { $in: FLOW_KINDS },
    'snapshot.context.shiftId': { $in: [...places.keys()] },
  };
  const fields = {
    ...STEP_FIELDS,
    flow: 1,
    'snapshot.context.shiftId': 1,
    'snapshot.context.personId': 1,
  };
  const page = await findPage<ActivityStep>(ChangeRecord, filter, query, NEWEST_FIRST, fields);
  const names = await loadNames(
    runtime,
    {
      people: page.items.map((s) => s.snapshot.context.personId),
      organisations: [],
    },
    await tenancyOf(runtime, caller.organisationId),
  );
  const items = page.items.map((step) => {
    const { shiftId, personId } = step.snapshot.context;
    return {
      ...changeEntry(step, step.flow, personId ? names.person(personId) : null),
      shiftId,
      place: places.get(shiftId) ?? '',
      alert: alertOf(step.flow, step),
    };
  });
  return { ...page, items };
}
