import type { QueryFilter } from 'mongoose';
import type { z } from 'zod';
import type { Shift } from '../../../../models/shift';
import type { Runtime } from '../../../../runtime';
import { HttpError } from '../../../errors';
import type { Caller } from '../auth/api-keys';
import type { shiftListQuery } from '../schemas/shift';
import { shiftAccessOf, viewerOf, visibleShifts } from './shift-access';
import { loadSummaries, type ShiftSummaryView } from './shift-summary';

type ListQuery = z.output<typeof shiftListQuery>;

const DAY_MS = 86_400_000;
/** Progress is worked out per shift, not stored: a filter on it reads at most this many. */
const MAX_PROGRESS_SCAN = 1_000;

/** The shifts the caller may see, soonest first, filtered and paged. */
export async function listShifts(
  runtime: Runtime,
  caller: Caller,
  query: ListQuery,
): Promise<{ items: ShiftSummaryView[]; total: number }> {
  const access = await shiftAccessOf(runtime, caller);
  const filter = await visibleShifts(runtime, access, stored(runtime, query));
  const { Shift: Shifts } = runtime.models;
  const find = () => Shifts.find(filter).sort({ start: 1, _id: 1 });
  const summarise = (shifts: Shift[]) =>
    loadSummaries(runtime, shifts, (shift) => viewerOf(access, shift));
  if (!query.progress) {
    const [shifts, total] = await Promise.all([
      find().skip(query.offset).limit(query.limit).lean(),
      Shifts.countDocuments(filter),
    ]);
    return { items: await summarise(shifts), total };
  }
  const shifts = await find()
    .limit(MAX_PROGRESS_SCAN + 1)
    .lean();
  if (shifts.length > MAX_PROGRESS_SCAN) {
    throw new HttpError(400, 'invalid query', [
      { path: 'progress', message: `more than ${MAX_PROGRESS_SCAN} shifts: narrow from and to` },
    ]);
  }
  const matching = (await summarise(shifts)).filter((s) => s.progress === query.progress);
  return {
    items: matching.slice(query.offset, query.offset + query.limit),
    total: matching.length,
  };
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
