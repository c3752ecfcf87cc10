import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { cancelShift, postShift, type PostShiftInput } from '../../../../engine/runtime/events';
import { previewOffers } from '../../../../engine/runtime/preview-offers';
import { weeklyOccurrences } from '../../../../domain/weekly-series';
import type { Cause } from '../../../../models/change-record';
import { HttpError } from '../../../errors';
import type { Runtime } from '../../../../runtime';
import type { Caller } from '../auth/api-keys';
import { route, type ApiResource } from '../route';
import { idParams, listOf } from '../schemas/common';
import {
  shiftCreate,
  shiftDetail,
  shiftListQuery,
  shiftPreviewRequest,
  shiftSeries,
  shiftSeriesCreate,
  shiftSummary,
} from '../schemas/shift';
import { shiftPreview, shiftSeriesPreview } from '../schemas/shift-preview';
import { checkNewShift, type NewShiftDetails } from '../views/new-shift-checks';
import { findOwnShift, findVisibleShift, OWN_SHIFT } from '../views/shift-access';
import { loadShiftDetail } from '../views/shift-detail';
import { presentPreview } from '../views/shift-preview';
import { listShifts } from '../views/shift-list';
import { tenancyOf } from '../tenancy';

/** Each API call is its own cause: the engine refuses the same cause twice on one entity. */
const apiCause = (caller: Caller): Cause => ({
  kind: 'api',
  ref: `api:${caller.keyId}:${randomUUID()}`,
});

const toPostShiftInput = (
  caller: Caller,
  body: z.output<typeof shiftCreate>,
  details: NewShiftDetails,
): PostShiftInput => ({
  organisationId: caller.organisationId,
  supervisorId: body.supervisorId,
  clientId: body.clientId,
  coordinatorId: body.coordinatorId,
  place: details.place,
  ...(details.area && { area: details.area }),
  ...(details.accessNotes && { accessNotes: details.accessNotes }),
  start: new Date(body.start),
  end: details.end,
  places: body.places,
  requiredSkills: details.requiredSkills,
  requiredBadges: body.requiredBadges,
  urgent: body.urgent,
  service: details.service,
});

/**
 * What posting the body means: one shift, or with `weeks` each occurrence of the weekly series
 * (the same weekday and local times in the organisation's zone), checked once.
 */
async function shiftsToPost(
  runtime: Runtime,
  caller: Caller,
  body: z.output<typeof shiftPreviewRequest>,
): Promise<PostShiftInput[]> {
  const first = toPostShiftInput(caller, body, await checkNewShift(runtime, caller, body));
  if (body.weeks === undefined) return [first];
  const { timeZone } = await runtime.directory.organisationOrFail(caller.organisationId);
  return weeklyOccurrences(first, body.weeks, timeZone).map((when) => ({ ...first, ...when }));
}

const SHIFT_EXAMPLE = {
  place: 'Riverside Park, north gate',
  start: '2026-12-05T09:00:00-05:00',
  end: '2026-12-05T13:00:00-05:00',
  places: 2,
  supervisorId: '665f1c2ab3e4d5f6a7b8c9d1',
  requiredSkills: ['litter_pick'],
};

export const shifts: ApiResource = {
  tag: 'shifts',
  description:
    'Shifts: posting one (the engine offers it at once), the board, who was offered it and why, ' +
    "who holds its places, its history, and cancelling. A partner's shift that the caller's " +
    'workers were offered is shown read-only, with only those workers in it.',
  routes: [
    route({
      method: 'get',
      path: '/shifts',
      operationId: 'listShifts',
      summary: 'Shifts by start, soonest first (from a day ago unless `from` says otherwise)',
      role: 'read_only',
      query: shiftListQuery,
      response: listOf(shiftSummary),
      handle: ({ runtime, caller, query }) => listShifts(runtime, caller, query),
    }),
    route({
      method: 'get',
      path: '/shifts/:id',
      operationId: 'getShift',
      summary: 'A shift with its offers (rank and reasons), places and change history',
      role: 'read_only',
      params: idParams,
      response: shiftDetail,
      handle: async ({ runtime, caller, params }) => {
        const { shift, viewer } = await findVisibleShift(runtime, caller, params.id);
        return loadShiftDetail(
          runtime,
          shift,
          viewer,
          await tenancyOf(runtime, caller.organisationId),
        );
      },
    }),
    route({
      method: 'post',
      path: '/shifts',
      operationId: 'createShift',
      description:
        'The start may be at most an hour in the past; supervisorId, clientId and coordinatorId ' +
        'must hold that role in your organisation, and service be one of its active services. ' +
        "Without a place the shift is at the client's home; without an end it lasts the " +
        "service's usual length.",
      example: SHIFT_EXAMPLE,
      summary: "Posts a shift; it is offered with the organisation's strategy before this answers",
      role: 'coordinator',
      body: shiftCreate,
      response: shiftDetail,
      status: 201,
      handle: async ({ runtime, caller, body }) => {
        const details = await checkNewShift(runtime, caller, body);
        const input = toPostShiftInput(caller, body, details);
        const shift = await postShift(runtime, input, apiCause(caller));
        return loadShiftDetail(
          runtime,
          shift,
          OWN_SHIFT,
          await tenancyOf(runtime, caller.organisationId),
        );
      },
    }),
    route({
      method: 'post',
      path: '/shifts/series',
      operationId: 'createShiftSeries',
      description:
        'Takes the body of createShift and `weeks`: that many occurrences, one a week, on the ' +
        "same weekday at the same local times in the organisation's time zone (a change of " +
        'daylight saving time keeps 09:00 at 09:00). Each occurrence is posted and offered as ' +
        'createShift would, in date order; one Idempotency-Key covers the series.',
      example: { ...SHIFT_EXAMPLE, weeks: 5 },
      summary: 'Posts a weekly series of shifts ("5 Monday mornings"), each offered at once',
      role: 'coordinator',
      body: shiftSeriesCreate,
      response: shiftSeries,
      status: 201,
      handle: async ({ runtime, caller, body }) => {
        const reader = await tenancyOf(runtime, caller.organisationId);
        const posted = [];
        // One after another: each occurrence is ranked and offered as a shift posted alone.
        for (const input of await shiftsToPost(runtime, caller, body))
          posted.push(await postShift(runtime, input, apiCause(caller)));
        return {
          shifts: await Promise.all(
            posted.map((shift) => loadShiftDetail(runtime, shift, OWN_SHIFT, reader)),
          ),
        };
      },
    }),
    route({
      method: 'post',
      path: '/shifts/preview',
      operationId: 'previewShift',
      description:
        'Takes the body of createShift and answers what posting it would do, with nothing ' +
        'written, offered or texted: the eligible workers in the order they would be offered ' +
        '(the same ranking), with the reasons for each rank, who is excluded and why, when the ' +
        'first offers would be texted (quiet hours), and the charge under each partnership. ' +
        'Posting the same body next makes the offers in this order, unless something changed ' +
        'in between (an answer, a booking, a new worker). With `weeks` (as createShiftSeries) ' +
        "it answers each occurrence's preview, in date order: who is free differs by date.",
      example: SHIFT_EXAMPLE,
      summary: 'Previews a shift: ranked candidates with reasons, the excluded, the cost',
      role: 'coordinator',
      body: shiftPreviewRequest,
      response: z.union([shiftPreview, shiftSeriesPreview]),
      handle: async ({ runtime, caller, body }) => {
        const reader = await tenancyOf(runtime, caller.organisationId);
        const preview = async (input: PostShiftInput) =>
          presentPreview(runtime, await previewOffers(runtime, input), reader);
        const inputs = await shiftsToPost(runtime, caller, body);
        if (body.weeks === undefined) return preview(inputs[0]!);
        const occurrences = [];
        for (const input of inputs)
          occurrences.push({
            start: input.start.toISOString(),
            end: input.end.toISOString(),
            ...(await preview(input)),
          });
        return { occurrences };
      },
    }),
    route({
      method: 'post',
      path: '/shifts/:id/cancel',
      operationId: 'cancelShift',
      description: 'Cancelling a cancelled shift answers it as it is.',
      errors: { 409: 'The shift is completed (code state_conflict).' },
      summary: 'Cancels a shift: open offers are withdrawn and booked workers told',
      role: 'coordinator',
      params: idParams,
      response: shiftDetail,
      handle: async ({ runtime, caller, params }) => {
        const shift = await findOwnShift(runtime, caller, params.id);
        if (shift.state === 'cancelled')
          return loadShiftDetail(
            runtime,
            shift,
            OWN_SHIFT,
            await tenancyOf(runtime, caller.organisationId),
          );
        if (shift.state === 'completed')
          throw new HttpError(409, 'the shift is completed: it can no longer be cancelled');
        await cancelShift(runtime, shift._id.toString(), apiCause(caller));
        const cancelled = await runtime.models.Shift.findById(shift._id).orFail().lean();
        return loadShiftDetail(
          runtime,
          cancelled,
          OWN_SHIFT,
          await tenancyOf(runtime, caller.organisationId),
        );
      },
    }),
  ],
};
