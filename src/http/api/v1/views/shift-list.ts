import { Types, type QueryFilter } from 'mongoose';
import type { z } from 'zod';
import type { Shift } from '../../../../models/shift';
import type { Runtime } from '../../../../runtime';
import { HttpError } from '../../../errors';
import type { Caller } from '../auth/api-keys';
import type { shiftListQuery } from '../schemas/shift';
import { ascending, findPage, pageInMemory, type KeyValue, type Page, type Sort } from '../paging';
import { shiftAccessOf, viewerOf, visibleShifts } from './shift-access';
import { loadSummaries, type ShiftSummaryView } from './shift-summary';

type ListQuery = z.output<typeof shiftListQuery>;

const DAY_MS = 86_400_000;
/** Progress is worked out per shift, not stored: a filter on it reads at most this many. */
const MAX_PROGRESS_SCAN = 1_000;

/** Soonest first, then by id. */
const SOONEST_FIRST: Sort = [
  ['start', 1, 'date'],
  ['_id', 1, 'id'],
];

const keyOf = (shift: ShiftSummaryView): KeyValue[] => [
  new Date(shift.start),
  new Types.ObjectId(shift.id),
];

/** The shifts the caller may see, soonest first, filtered and paged. */
export async function listShifts(
  runtime: Runtime,
  caller: Caller,
  query: ListQuery,
): Promise<Page<ShiftSummaryView>> {
  const access = await shiftAccessOf(runtime, caller);
  const filter = await visibleShifts(runtime, access, stored(runtime, query));
  const { Shift: Shifts } = runtime.models;
  const summarise = (shifts: Shift[]) =>
    loadSummaries(runtime, shifts, (shift) => viewerOf(access, shift), access.tenancy);
  if (!query.progress) {
    const page = await findPage<Shift>(Shifts, filter, query, SOONEST_FIRST);
    return { ...page, items: await summarise(page.items) };
  }
  const shifts = await Shifts.find(filter)
    .sort({ start: 1, _id: 1 })
    .limit(MAX_PROGRESS_SCAN + 1)
    .lean();
  if (shifts.length > MAX_PROGRESS_SCAN) {
    throw new HttpError(400, 'invalid query', [
      { path: 'progress', message: `more than ${MAX_PROGRESS_SCAN} shifts: narrow from and to` },
    ]);
  }
  const matching = (await summarise(shifts)).filter((s) => s.progress === query.progress);
  return pageInMemory(matching, query, keyOf, ascending, ['date', 'id']);
}

/** The query's filters on stored fields (progress is worked out afterwards). */
function stored(runtime: Runtime, query: ListQuery): QueryFilter<Shift> {
  const from = query.from ? new Date(query.from) : new Date(runtime.clock.now().getTime() - DAY_MS);
  const state = stateFilter(query);
  return {
    start: { $gte: from, ...(query.to ? { $lt: new Date(query.to) } : {}) },
    ...(state ? { state } : {}),
    ...(query.supervisorId ? { supervisor: query.supervisorId } : {}),
    ...(query.clientId ? { client: query.clientId } : {}),
  };
}

/** Progress 'cancelled' is exactly the cancelled state; every other progress excludes it. */
function stateFilter(query: ListQuery): QueryFilter<Shift>['state'] {
  if (query.state) return query.state;
  if (!query.progress) return undefined;
  return query.progress === 'cancelled' ? 'cancelled' : { $ne: 'cancelled' };
}
