import { route, type ApiResource } from '../route';
import { listOf } from '../schemas/common';
import { activityItem, activityQuery } from '../schemas/shift';
import { loadActivity } from '../views/activity-feed';

export const activity: ApiResource = {
  tag: 'activity',
  description:
    "The board's live feed: offers, arrivals, no-shows, reported hours and escalations on the " +
    "caller's shifts, as they happen.",
  routes: [
    route({
      method: 'get',
      path: '/activity',
      operationId: 'listActivity',
      summary: "The newest changes on the caller's shifts after `since`, newest first",
      role: 'read_only',
      query: activityQuery,
      response: listOf(activityItem),
      handle: ({ runtime, caller, query }) => loadActivity(runtime, caller, query),
    }),
  ],
};
